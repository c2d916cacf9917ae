/*
 * The C reference of `make bench`: the least work a tool must do for the benchmark's cases, written
 * plainly, to measure reckon against the machine rather than against other tools.
 *
 *   reckon-ref png CSV OUT.png    a 1200x675 line chart of the CSV's date,value rows: the minimum and
 *                                 maximum of each pixel column joined, a title, five value labels and
 *                                 an axis, drawn with Cairo and written as PNG
 *   reckon-ref monthly CSV        the monthly sums of the daily differences of a cumulative series, as CSV
 *   reckon-ref diff CSV           the daily differences, as CSV
 *   reckon-ref rolling CSV        the trailing 7-day mean of the daily differences, as CSV
 *
 * Rows are `YYYY-MM-DD,value[,...]` after a header line; the file is read whole.
 */
#include <cairo.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Days since 1970-01-01 of a civil date (Howard Hinnant's days_from_civil). */
static long days(int y, int m, int d) {
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

typedef struct { long *day; double *value; int *year, *month; size_t n; } Rows;

static Rows readRows(const char *path) {
    Rows r = {0};
    FILE *f = fopen(path, "rb");
    if (!f) { perror(path); exit(66); }
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *text = malloc(size + 1);
    if (fread(text, 1, size, f) != (size_t)size) { perror(path); exit(74); }
    text[size] = 0;
    fclose(f);
    size_t capacity = size / 12 + 1;
    r.day = malloc(capacity * sizeof(long));
    r.value = malloc(capacity * sizeof(double));
    r.year = malloc(capacity * sizeof(int));
    r.month = malloc(capacity * sizeof(int));
    char *p = strchr(text, '\n');
    while (p && *++p) {
        if (r.n == capacity) break;
        int y = atoi(p), m = atoi(p + 5), d = atoi(p + 8);
        char *comma = strchr(p, ',');
        if (!comma) break;
        r.day[r.n] = days(y, m, d);
        r.year[r.n] = y;
        r.month[r.n] = m;
        r.value[r.n] = strtod(comma + 1, NULL);
        r.n++;
        p = strchr(comma, '\n');
    }
    free(text);
    return r;
}

static void png(const Rows *r, const char *out) {
    const int W = 1200, H = 675, left = 80, right = 1182, top = 80, bottom = 620;
    int columns = right - left;
    double lo = 1e300, hi = -1e300;
    for (size_t i = 0; i < r->n; i++) {
        if (r->value[i] < lo) lo = r->value[i];
        if (r->value[i] > hi) hi = r->value[i];
    }
    if (!(hi > lo)) hi = lo + 1;
    long first = r->day[0], last = r->day[r->n - 1] > first ? r->day[r->n - 1] : first + 1;
    double *cmin = malloc(columns * sizeof(double)), *cmax = malloc(columns * sizeof(double));
    for (int c = 0; c < columns; c++) { cmin[c] = 1e300; cmax[c] = -1e300; }
    for (size_t i = 0; i < r->n; i++) {
        int c = (int)((double)(r->day[i] - first) / (double)(last - first) * (columns - 1));
        if (r->value[i] < cmin[c]) cmin[c] = r->value[i];
        if (r->value[i] > cmax[c]) cmax[c] = r->value[i];
    }
    cairo_surface_t *s = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, W, H);
    cairo_t *cr = cairo_create(s);
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_paint(cr);
    cairo_select_font_face(cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_BOLD);
    cairo_set_font_size(cr, 24);
    cairo_set_source_rgb(cr, 0.1, 0.1, 0.1);
    cairo_move_to(cr, 18, 40);
    cairo_show_text(cr, "Benchmark");
    cairo_select_font_face(cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
    cairo_set_font_size(cr, 14);
    for (int k = 0; k <= 4; k++) {
        double v = lo + (hi - lo) * k / 4, y = bottom - (double)(bottom - top) * k / 4;
        char label[64];
        snprintf(label, sizeof label, "%.0f", v);
        cairo_move_to(cr, 10, y + 5);
        cairo_show_text(cr, label);
        cairo_move_to(cr, left, y);
        cairo_line_to(cr, right, y);
    }
    cairo_set_source_rgb(cr, 0.9, 0.9, 0.9);
    cairo_set_line_width(cr, 1);
    cairo_stroke(cr);
    cairo_set_source_rgb(cr, 0, 0.45, 0.7);
    cairo_set_line_width(cr, 2);
    int started = 0;
    for (int c = 0; c < columns; c++) {
        if (cmin[c] > cmax[c]) continue;
        double y0 = bottom - (cmin[c] - lo) / (hi - lo) * (bottom - top);
        double y1 = bottom - (cmax[c] - lo) / (hi - lo) * (bottom - top);
        if (!started) { cairo_move_to(cr, left + c, y0); started = 1; } else cairo_line_to(cr, left + c, y0);
        if (y1 != y0) cairo_line_to(cr, left + c, y1);
    }
    cairo_stroke(cr);
    if (cairo_surface_write_to_png(s, out) != CAIRO_STATUS_SUCCESS) { fprintf(stderr, "cannot write %s\n", out); exit(73); }
    cairo_destroy(cr);
    cairo_surface_destroy(s);
    free(cmin);
    free(cmax);
}

static void monthly(const Rows *r) {
    fputs("date,value\n", stdout);
    int year = 0, month = 0;
    double sum = 0;
    for (size_t i = 1; i < r->n; i++) {
        if (r->year[i] != year || r->month[i] != month) {
            if (year) printf("%04d-%02d,%.17g\n", year, month, sum);
            year = r->year[i];
            month = r->month[i];
            sum = 0;
        }
        sum += r->value[i] - r->value[i - 1];
    }
    if (year) printf("%04d-%02d,%.17g\n", year, month, sum);
}

static void diff(const Rows *r) {
    fputs("date,value\n", stdout);
    for (size_t i = 1; i < r->n; i++) {
        printf("%04d-%02d-%02ld,%.17g\n", r->year[i], r->month[i], r->day[i] - days(r->year[i], r->month[i], 1) + 1,
               r->value[i] - r->value[i - 1]);
    }
}

/* The trailing 7-day mean of the daily differences (the rows are consecutive days). */
static void rolling(const Rows *r) {
    const size_t window = 7;
    fputs("date,value\n", stdout);
    double total = 0;
    for (size_t i = 1; i < r->n; i++) {
        total += r->value[i] - r->value[i - 1];
        if (i > window) total -= r->value[i - window] - r->value[i - window - 1];
        if (i >= window)
            printf("%04d-%02d-%02ld,%.17g\n", r->year[i], r->month[i], r->day[i] - days(r->year[i], r->month[i], 1) + 1,
                   total / window);
    }
}

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: reckon-ref png CSV OUT.png | monthly CSV | diff CSV | rolling CSV\n");
        return 64;
    }
    Rows r = readRows(argv[2]);
    if (r.n == 0) { fprintf(stderr, "no rows in %s\n", argv[2]); return 65; }
    if (!strcmp(argv[1], "png") && argc == 4) png(&r, argv[3]);
    else if (!strcmp(argv[1], "monthly")) monthly(&r);
    else if (!strcmp(argv[1], "diff")) diff(&r);
    else if (!strcmp(argv[1], "rolling")) rolling(&r);
    else { fprintf(stderr, "unknown case %s\n", argv[1]); return 64; }
    return 0;
}
