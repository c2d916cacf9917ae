/*
 * Checks reckon_graphics.h against the real headers of Cairo, Pango and GObject (run by
 * Tests/ReckonCairoTests/GraphicsDeclarationTests.swift). Compiled with -Werror after the real headers,
 * so each of the table's function types must be the real function's type exactly; run, it prints the
 * real values of the constants and the layout of PangoRectangle, which the test compares with the values
 * Swift sees in reckon_graphics.h alone.
 */
#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <cairo.h>
#include <pango/pangocairo.h>
#include <stddef.h>
#include <stdio.h>

#define RECKON_GRAPHICS_NO_WRAPPERS
#include "reckon_graphics.h"

/* Each real function, assigned to the table's field for it: a different type does not compile. */
#define CHECK_R(type, name, parameters, arguments) .name = name,
#define CHECK_V(name, parameters, arguments) .name = name,
static const struct ReckonGraphics real = {RECKON_GRAPHICS_FUNCTIONS(CHECK_R, CHECK_V)};

#define PRINT(x) printf("%s %ld\n", #x, (long)(x))

int main(void) {
    (void)real;
    PRINT(CAIRO_STATUS_SUCCESS);
    PRINT(CAIRO_STATUS_NO_MEMORY);
    PRINT(CAIRO_STATUS_READ_ERROR);
    PRINT(CAIRO_STATUS_WRITE_ERROR);
    PRINT(CAIRO_FORMAT_INVALID);
    PRINT(CAIRO_FORMAT_ARGB32);
    PRINT(CAIRO_LINE_JOIN_MITER);
    PRINT(CAIRO_LINE_JOIN_ROUND);
    PRINT(CAIRO_LINE_JOIN_BEVEL);
    PRINT(CAIRO_ANTIALIAS_DEFAULT);
    PRINT(CAIRO_ANTIALIAS_NONE);
    PRINT(CAIRO_ANTIALIAS_GRAY);
    PRINT(CAIRO_ANTIALIAS_SUBPIXEL);
    PRINT(CAIRO_ANTIALIAS_FAST);
    PRINT(CAIRO_ANTIALIAS_GOOD);
    PRINT(CAIRO_ANTIALIAS_BEST);
    PRINT(CAIRO_HINT_STYLE_DEFAULT);
    PRINT(CAIRO_HINT_STYLE_NONE);
    PRINT(CAIRO_HINT_STYLE_SLIGHT);
    PRINT(CAIRO_HINT_STYLE_MEDIUM);
    PRINT(CAIRO_HINT_STYLE_FULL);
    PRINT(CAIRO_HINT_METRICS_DEFAULT);
    PRINT(CAIRO_HINT_METRICS_OFF);
    PRINT(CAIRO_HINT_METRICS_ON);
    PRINT(CAIRO_SVG_VERSION_1_1);
    PRINT(CAIRO_SVG_VERSION_1_2);
    PRINT(CAIRO_SVG_UNIT_USER);
    PRINT(CAIRO_SVG_UNIT_PX);
    PRINT(CAIRO_SVG_UNIT_PERCENT);
    PRINT(CAIRO_PDF_METADATA_TITLE);
    PRINT(CAIRO_PDF_METADATA_AUTHOR);
    PRINT(CAIRO_PDF_METADATA_SUBJECT);
    PRINT(CAIRO_PDF_METADATA_KEYWORDS);
    PRINT(CAIRO_PDF_METADATA_CREATOR);
    PRINT(CAIRO_PDF_METADATA_CREATE_DATE);
    PRINT(CAIRO_PDF_METADATA_MOD_DATE);
    PRINT(PANGO_SCALE);
    PRINT(sizeof(cairo_status_t));
    PRINT(sizeof(cairo_format_t));
    PRINT(sizeof(gboolean));
    PRINT(sizeof(PangoRectangle));
    PRINT(offsetof(PangoRectangle, x));
    PRINT(offsetof(PangoRectangle, y));
    PRINT(offsetof(PangoRectangle, width));
    PRINT(offsetof(PangoRectangle, height));
    return 0;
}
