/*
 * Loads Cairo, Pango and GObject on first use, or on a thread of their own once a drawing program asks
 * (reckon_graphics_prepare, which also has Fontconfig read its configuration), and fills reckon's table
 * of their functions (see reckon_graphics.h).
 */
#define RECKON_GRAPHICS_NO_WRAPPERS
#include "reckon_graphics.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static struct ReckonGraphics table;
static pthread_once_t once = PTHREAD_ONCE_INIT;
static char failure[512];
/* The thread reckon_graphics_prepare() started: started at most once, and joined at most once. */
static pthread_once_t prepare_once = PTHREAD_ONCE_INIT, finish_once = PTHREAD_ONCE_INIT;
static pthread_t preparer;
static int preparing;

/* Uses up prepare_once without starting a thread: once the libraries are first used, a later
 * reckon_graphics_prepare() starts none. */
static void no_preparing(void) {}

/* The libraries, by the names their stable versions are installed under; the first that opens is kept. */
static const char *const libraries[][2] = {
    {"libcairo.so.2", "libcairo.2.dylib"},
    {"libgobject-2.0.so.0", "libgobject-2.0.0.dylib"},
    {"libpango-1.0.so.0", "libpango-1.0.0.dylib"},
    {"libpangocairo-1.0.so.0", "libpangocairo-1.0.0.dylib"},
};
enum { library_count = sizeof libraries / sizeof libraries[0], pango_cairo = 3 };
static void *handles[library_count];

/* `name` from whichever library defines it. */
static void *find(const char *name) {
    for (int i = 0; i < library_count; i++) {
        void *symbol = dlsym(handles[i], name);
        if (symbol) return symbol;
    }
    snprintf(failure, sizeof failure, "%s is in none of Cairo, Pango and GObject", name);
    return NULL;
}

static void load(void) {
    for (int i = 0; i < library_count; i++) {
        for (int j = 0; j < 2 && !handles[i]; j++) handles[i] = dlopen(libraries[i][j], RTLD_NOW | RTLD_LOCAL);
        if (!handles[i]) {
            const char *why = dlerror();
            snprintf(failure, sizeof failure, "%s", why ? why : libraries[i][0]);
            return;
        }
    }
    struct ReckonGraphics found;
#define RECKON_GRAPHICS_FIND_R(type, name, parameters, arguments) \
    if (!(found.name = (type(*) parameters)find(#name))) return;
#define RECKON_GRAPHICS_FIND_V(name, parameters, arguments) \
    if (!(found.name = (void(*) parameters)find(#name))) return;
    RECKON_GRAPHICS_FUNCTIONS(RECKON_GRAPHICS_FIND_R, RECKON_GRAPHICS_FIND_V)
    table = found;
}

/* The loading, then Fontconfig's: FcInit reads its configuration files and its caches of the installed
 * fonts, which Pango otherwise does on a thread of its own when it first lays out text, and waits for.
 * Fontconfig is found through Pango's libraries, which depend on it; where Pango does not use it
 * (macOS's Core Text, unless Pango was built with it), there is none, and nothing more is done. */
static void *prepare(void *unused) {
    (void)unused;
    pthread_once(&once, load);
    if (failure[0]) return NULL;
    int (*initialize)(void) = (int (*)(void))dlsym(handles[pango_cairo], "FcInit");
    if (initialize) initialize();
    return NULL;
}

/* Waits for the thread reckon_graphics_prepare() started, if any, so that Pango finds Fontconfig
 * ready rather than starting to read it again. */
static void finish_preparing(void) {
    pthread_once(&prepare_once, no_preparing);
    if (preparing) pthread_join(preparer, NULL);
}

/* At exit, a process that never drew waits for the loading to end, before the libraries' finalisers
 * run under it. */
static void finish_at_exit(void) { pthread_once(&finish_once, finish_preparing); }

static void start_preparing(void) {
    preparing = pthread_create(&preparer, NULL, prepare, NULL) == 0;
    if (preparing) atexit(finish_at_exit);
}

void reckon_graphics_prepare(void) { pthread_once(&prepare_once, start_preparing); }

int reckon_graphics_load(void) {
    pthread_once(&finish_once, finish_preparing);
    pthread_once(&once, load);
    return failure[0] == 0;
}

const char *reckon_graphics_error(void) {
    pthread_once(&finish_once, finish_preparing);
    pthread_once(&once, load);
    return failure[0] ? failure : NULL;
}

const struct ReckonGraphics *reckon_graphics(void) {
    if (!reckon_graphics_load()) {
        /* Unreachable: ReckonCairo calls Cairo and Pango only after GraphicsLibrary.load() succeeded. */
        fprintf(stderr, "reckon: Cairo or Pango called although they could not be loaded: %s\n", failure);
        abort();
    }
    return &table;
}
