/*
 * The C reference of `make bench`: the least work a tool must do for the benchmark's cases, written
 * as a tight loop, to measure reckon against the machine rather than against other tools.
 *
 *   reckon-ref png CSV OUT.png    a 1200x675 line chart of the CSV's date,value rows: the minimum and
 *                                 maximum of each pixel column joined, a title, five value labels and
 *                                 an axis, drawn with Cairo and written as PNG
 *   reckon-ref svg CSV OUT.svg    the same chart on Cairo's SVG surface
 *   reckon-ref monthly CSV        the monthly sums of the daily differences of a cumulative series, as CSV
 *   reckon-ref diff CSV           the daily differences, as CSV
 *   reckon-ref rolling CSV        the trailing 7-day mean of the daily differences, as CSV
 *   reckon-ref -c CASE ...        any case above, its rows read as reckon must read them: every field
 *                                 of `date,value,qualifier,source` checked (digits, calendar, one of
 *                                 the three qualifiers, an unquoted source, four fields a row) and the
 *                                 qualifier and the source's number kept beside the date and value.
 *                                 The tight loop reads two fields and checks nothing; this one does
 *                                 the least reckon's work needs, still as a tight loop.
 *
 * Rows are `YYYY-MM-DD,value[,...]` after a header line, one a day; the file is mapped whole. Dates and
 * numbers are parsed with hand-written digit loops (no strtod, no per-row allocation), and the CSV
 * cases build their output in one buffer with hand-written number writers and write it with one
 * fwrite. The CSV output is byte for byte what `reckon query bench --diff --every month --format csv`,
 * `--diff --format csv` and `--diff --rolling 7 --format csv` print for the benchmark's workspace
 * (`make bench` checks it): whole numbers as integers, others in the shortest form that reads back to
 * the same double, as Swift prints a Double.
 */
#include <cairo-svg.h>
#include <cairo.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

/* Days since 1970-01-01 of a civil date (Howard Hinnant's days_from_civil). */
static long days(int y, int m, int d) {
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

/* 10^0 to 10^22, each exact as a double. */
static const double powers[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

/* The rows: each one's day number, civil date and value, in arrays allocated once for the file. */
typedef struct {
    int32_t *day;
    int16_t *year;
    uint8_t *month, *mday;
    double *value;
    size_t n;
    /* With -c only: each row's qualifier (0 none, 1 about, 2 at least, 3 at most) and source number. */
    uint8_t *qualifier;
    int32_t *source;
} Rows;

/* The two digits at p as a number. */
static inline int two(const char *p) { return (p[0] - '0') * 10 + (p[1] - '0'); }

/*
 * Parses a decimal number at *pp (an optional sign, digits, an optional fraction) and moves *pp past
 * it. With at most 15 digits, the digits and the power of ten are exact doubles, so one division gives
 * the double nearest the text, as strtod (and reckon) do. Longer numbers and exponents, which the
 * benchmark's data do not have, go to strtod.
 */
static double parseNumber(const char **pp) {
    const char *p = *pp, *start = p;
    int negative = *p == '-';
    if (*p == '-' || *p == '+') p++;
    uint64_t mantissa = 0;
    int digits = 0, fraction = 0;
    while ((unsigned)(*p - '0') < 10) { mantissa = mantissa * 10 + (uint64_t)(*p++ - '0'); digits++; }
    if (*p == '.') {
        p++;
        while ((unsigned)(*p - '0') < 10) { mantissa = mantissa * 10 + (uint64_t)(*p++ - '0'); digits++; fraction++; }
    }
    if (digits > 15 || *p == 'e' || *p == 'E') {
        char *end;
        double v = strtod(start, &end);
        *pp = end;
        return v;
    }
    *pp = p;
    double v = fraction ? (double)mantissa / powers[fraction] : (double)mantissa;
    return negative ? -v : v;
}

/*
 * The file's bytes: mapped (no copy), when it ends with a line break, which stops every digit loop
 * before the end; otherwise read into a buffer with a 0 after the last byte.
 */
static const char *readFile(const char *path, size_t *size) {
    int fd = open(path, O_RDONLY);
    struct stat info;
    if (fd < 0 || fstat(fd, &info) != 0) { perror(path); exit(66); }
    *size = (size_t)info.st_size;
    const char *text = NULL;
    if (*size > 0) {
        void *mapped = mmap(NULL, *size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
        if (mapped != MAP_FAILED && ((const char *)mapped)[*size - 1] == '\n') text = mapped;
        else if (mapped != MAP_FAILED) munmap(mapped, *size);
    }
    if (!text) {
        char *buffer = malloc(*size + 1);
        size_t done = 0;
        ssize_t got;
        while (done < *size && (got = read(fd, buffer + done, *size - done)) > 0) done += (size_t)got;
        if (done != *size) { perror(path); exit(74); }
        buffer[*size] = 0;
        text = buffer;
    }
    close(fd);
    return text;
}

/* Room for the rows of a file of `size` bytes: a row is at least `YYYY-MM-DD,0\n`, 13 bytes. */
static Rows allocateRows(size_t size, size_t *capacity) {
    Rows r = {0};
    *capacity = size / 13 + 1;
    r.day = malloc(*capacity * sizeof *r.day);
    r.year = malloc(*capacity * sizeof *r.year);
    r.month = malloc(*capacity);
    r.mday = malloc(*capacity);
    r.value = malloc(*capacity * sizeof *r.value);
    return r;
}

static Rows readRows(const char *path) {
    size_t size, capacity;
    const char *text = readFile(path, &size);
    Rows r = allocateRows(size, &capacity);
    const char *end = text + size;
    const char *p = memchr(text, '\n', size);
    while (p && ++p + 11 <= end && r.n < capacity) {
        int y = two(p) * 100 + two(p + 2), m = two(p + 5), d = two(p + 8);
        r.day[r.n] = (int32_t)days(y, m, d);
        r.year[r.n] = (int16_t)y;
        r.month[r.n] = (uint8_t)m;
        r.mday[r.n] = (uint8_t)d;
        p += 11; /* past `YYYY-MM-DD,` */
        r.value[r.n] = parseNumber(&p);
        r.n++;
        p = memchr(p, '\n', end - p);
    }
    return r; /* the text is left to the end of the process */
}

/* Stops the program: row `row` of `path` is not what the benchmark's rows are. */
static void badRow(const char *path, size_t row) {
    fprintf(stderr, "%s: row %zu is not a checked benchmark row\n", path, row + 2);
    exit(65);
}

/* Whether the n bytes at p are all digits. */
static int digits(const char *p, int n) {
    for (int i = 0; i < n; i++)
        if ((unsigned)(p[i] - '0') >= 10) return 0;
    return 1;
}

/* Days in month m of year y. */
static int daysIn(int y, int m) {
    static const int length[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : length[m - 1];
}

/*
 * The rows as reckon must read them (-c): the header `date,value,qualifier,source`, then every row's
 * four fields checked and kept. A source is numbered in a small table of the sources seen, compared
 * first with the row before's (as reckon's decoder does). Stops at the first row that fails a check.
 */
static Rows readRowsChecked(const char *path) {
    size_t size, capacity;
    const char *text = readFile(path, &size);
    Rows r = allocateRows(size, &capacity);
    r.qualifier = malloc(capacity);
    r.source = malloc(capacity * sizeof *r.source);
    static const char header[] = "date,value,qualifier,source\n";
    if (size < sizeof header - 1 || memcmp(text, header, sizeof header - 1)) badRow(path, (size_t)-1);
    enum { SOURCES = 256 };
    const char *sourceText[SOURCES];
    size_t sourceLength[SOURCES], sources = 0;
    int32_t last = -1;
    const char *end = text + size, *p = text + sizeof header - 1;
    while (p < end && r.n < capacity) {
        /* The date: YYYY-MM-DD, a day of the calendar. */
        if (end - p < 11 || p[4] != '-' || p[7] != '-' || p[10] != ',' || !digits(p, 4) || !digits(p + 5, 2) ||
            !digits(p + 8, 2))
            badRow(path, r.n);
        int y = two(p) * 100 + two(p + 2), m = two(p + 5), d = two(p + 8);
        if (y < 1 || m < 1 || m > 12 || d < 1 || d > daysIn(y, m)) badRow(path, r.n);
        p += 11;
        /* The value: a number (a digit first, after a minus sign if any), then a comma. */
        if ((unsigned)(p[*p == '-'] - '0') >= 10) badRow(path, r.n);
        double value = parseNumber(&p);
        if (p >= end || *p != ',') badRow(path, r.n);
        p++;
        /* The qualifier: nothing or one of three words. */
        const char *q = memchr(p, ',', (size_t)(end - p));
        if (!q) badRow(path, r.n);
        size_t length = (size_t)(q - p);
        uint8_t qualifier = 0;
        if (length == 5 && !memcmp(p, "about", 5)) qualifier = 1;
        else if (length == 8 && !memcmp(p, "at least", 8)) qualifier = 2;
        else if (length == 7 && !memcmp(p, "at most", 7)) qualifier = 3;
        else if (length != 0) badRow(path, r.n);
        p = q + 1;
        /* The source: unquoted text to the line's end, the row before's or numbered. */
        const char *lineEnd = memchr(p, '\n', (size_t)(end - p));
        if (!lineEnd || *p == '"') badRow(path, r.n);
        length = (size_t)(lineEnd - p);
        if (memchr(p, ',', length)) badRow(path, r.n);
        if (!(last >= 0 && sourceLength[last] == length && !memcmp(sourceText[last], p, length))) {
            size_t k = 0;
            while (k < sources && !(sourceLength[k] == length && !memcmp(sourceText[k], p, length))) k++;
            if (k == sources) {
                if (sources == SOURCES) badRow(path, r.n);
                sourceText[k] = p;
                sourceLength[k] = length;
                sources++;
            }
            last = (int32_t)k;
        }
        r.day[r.n] = (int32_t)days(y, m, d);
        r.year[r.n] = (int16_t)y;
        r.month[r.n] = (uint8_t)m;
        r.mday[r.n] = (uint8_t)d;
        r.value[r.n] = value;
        r.qualifier[r.n] = qualifier;
        r.source[r.n] = last;
        r.n++;
        p = lineEnd + 1;
    }
    return r;
}

/* ---- Output: one buffer, hand-written writers, one fwrite. ---- */

/* Writes the decimal digits of v (with `-` when negative) at out; returns the end. */
static char *putInteger(char *out, int64_t v) {
    char digits[20];
    int k = 0;
    uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    if (v < 0) *out++ = '-';
    do { digits[k++] = (char)('0' + u % 10); u /= 10; } while (u);
    while (k) *out++ = digits[--k];
    return out;
}

/* Writes `YYYY-MM-DD` (or `YYYY-MM` when d is 0). */
static char *putDate(char *out, int y, int m, int d) {
    out[0] = (char)('0' + y / 1000);
    out[1] = (char)('0' + y / 100 % 10);
    out[2] = (char)('0' + y / 10 % 10);
    out[3] = (char)('0' + y % 10);
    out[4] = '-';
    out[5] = (char)('0' + m / 10);
    out[6] = (char)('0' + m % 10);
    if (!d) return out + 7;
    out[7] = '-';
    out[8] = (char)('0' + d / 10);
    out[9] = (char)('0' + d % 10);
    return out + 10;
}

typedef unsigned __int128 u128;

/* 10^0 to 10^19, each exact in 64 bits. */
static const uint64_t tens[] = {1ULL, 10ULL, 100ULL, 1000ULL, 10000ULL, 100000ULL, 1000000ULL, 10000000ULL,
                                100000000ULL, 1000000000ULL, 10000000000ULL, 100000000000ULL, 1000000000000ULL,
                                10000000000000ULL, 100000000000000ULL, 1000000000000000ULL, 10000000000000000ULL,
                                100000000000000000ULL, 1000000000000000000ULL, 10000000000000000000ULL};

/*
 * Writes a value that is not whole, between 0.001 and 2^52 in size, in the shortest decimal that
 * reads back to the same double and, among those, the nearest (Swift's `Double.description`, which
 * reckon writes). The double is m / 2^s exactly; for n = 17, 16, ... significant digits the nearest
 * n-digit decimal c / 10^p is found with 128-bit integers, and the fewest digits whose decimal still
 * lies in the double's rounding interval win (an n-digit decimal in the interval means the nearest
 * (n+1)-digit one is too, so the search stops at the first miss). Outside that range, which the
 * benchmark's data never reach, it falls back to printf's `%.17g`, which can differ from reckon's text.
 */
static char *putFraction(char *out, double v) {
    double a = v < 0 ? -v : v;
    if (!(a >= 1e-3 && a < 4503599627370496.0)) return out + sprintf(out, "%.17g", v);
    uint64_t bits;
    memcpy(&bits, &a, sizeof bits);
    int exponent = (int)(bits >> 52);
    uint64_t m = (bits & ((1ULL << 52) - 1)) | (1ULL << 52);
    int s = 1075 - exponent; /* a = m / 2^s, s > 0 as a is not whole */
    /* The rounding interval is a ± half a unit in the last place (a quarter below a power of two). */
    int lowerQuarter = m == (1ULL << 52) && exponent > 1;
    int inclusive = (m & 1) == 0;
    /* The decimal exponent: 10^e <= a < 10^(e+1). */
    static const double bounds[] = {1e-2, 1e-1, 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
                                    1e11, 1e12, 1e13, 1e14, 1e15, 1e16};
    int e = -3;
    while (bounds[e + 3] <= a) e++;
    uint64_t bestC = 0;
    int bestP = 0;
    for (int n = 17; n >= 1 && n >= e + 1; n--) {
        int p = n - 1 - e; /* digits after the point; 0 to 19 */
        u128 scale = tens[p];
        u128 x = (u128)m * scale; /* a * 10^p * 2^s */
        u128 c = x >> s, rem = x & (((u128)1 << s) - 1), half = (u128)1 << (s - 1);
        if (rem > half || (rem == half && (c & 1))) c++;
        /* |c / 10^p - a| against the half-gap, all times 4 * 10^p * 2^s. */
        u128 cs = c << s, distance = cs > x ? cs - x : x - cs;
        u128 limit = (cs < x && lowerQuarter) ? scale : 2 * scale;
        distance *= 4;
        if (distance > limit || (distance == limit && !inclusive)) break;
        bestC = (uint64_t)c; /* below 10^18 */
        bestP = p;
    }
    /* The digits of bestC with the point bestP digits from the right, trailing zeros dropped. */
    char digits[40];
    int k = 0;
    do { digits[k++] = (char)('0' + (int)(bestC % 10)); bestC /= 10; } while (bestC);
    int skip = 0;
    while (skip < bestP && digits[skip] == '0') skip++;
    if (v < 0) *out++ = '-';
    if (k <= bestP) {
        *out++ = '0';
        *out++ = '.';
        for (int z = bestP - k; z > 0; z--) *out++ = '0';
        while (k > skip) *out++ = digits[--k];
    } else {
        while (k > bestP) *out++ = digits[--k];
        if (k > skip) {
            *out++ = '.';
            while (k > skip) *out++ = digits[--k];
        }
    }
    return out;
}

/* Writes v as reckon does: whole numbers below 10^15 as integers, others as putFraction. */
static char *putNumber(char *out, double v) {
    if (v == (double)(int64_t)v && v < 1e15 && v > -1e15) return putInteger(out, (int64_t)v);
    return putFraction(out, v);
}

/* Writes the buffer [start, end) to standard output. */
static void flush(const char *start, const char *end) {
    if (fwrite(start, 1, end - start, stdout) != (size_t)(end - start)) { perror("stdout"); exit(74); }
}

/* An output buffer for `rows` CSV lines of at most 64 bytes. */
static char *buffer(size_t rows) {
    char *b = malloc(rows * 64 + 64);
    if (!b) { perror("malloc"); exit(71); }
    return b;
}

/* The monthly sums of the daily differences: `YYYY-MM,sum`, from the month of the second row. */
static void monthly(const Rows *r) {
    char *start = buffer(r->n / 28 + 2), *out = start;
    memcpy(out, "date,value\n", 11);
    out += 11;
    int year = 0, month = 0;
    double sum = 0;
    for (size_t i = 1; i < r->n; i++) {
        if (r->year[i] != year || r->month[i] != month) {
            if (year) { out = putDate(out, year, month, 0); *out++ = ','; out = putNumber(out, sum); *out++ = '\n'; }
            year = r->year[i];
            month = r->month[i];
            sum = 0;
        }
        sum += r->value[i] - r->value[i - 1];
    }
    if (year) { out = putDate(out, year, month, 0); *out++ = ','; out = putNumber(out, sum); *out++ = '\n'; }
    flush(start, out);
    free(start);
}

/* The daily differences, each on the day of the later row. */
static void diff(const Rows *r) {
    char *start = buffer(r->n), *out = start;
    memcpy(out, "date,value\n", 11);
    out += 11;
    for (size_t i = 1; i < r->n; i++) {
        out = putDate(out, r->year[i], r->month[i], r->mday[i]);
        *out++ = ',';
        out = putNumber(out, r->value[i] - r->value[i - 1]);
        *out++ = '\n';
    }
    flush(start, out);
    free(start);
}

/*
 * The trailing 7-day mean of the daily differences (the rows are consecutive days), from the 7th
 * difference on. The window's sum is kept running; the differences are whole numbers, so it is exact
 * and equals reckon's, which also re-adds the window now and then.
 */
static void rolling(const Rows *r) {
    const size_t window = 7;
    char *start = buffer(r->n), *out = start;
    memcpy(out, "date,value\n", 11);
    out += 11;
    double total = 0;
    for (size_t i = 1; i < r->n; i++) {
        total += r->value[i] - r->value[i - 1];
        if (i > window) total -= r->value[i - window] - r->value[i - window - 1];
        if (i >= window) {
            out = putDate(out, r->year[i], r->month[i], r->mday[i]);
            *out++ = ',';
            out = putNumber(out, total / window);
            *out++ = '\n';
        }
    }
    flush(start, out);
    free(start);
}

/* ---- The chart. ---- */

/*
 * Draws the 1200x675 line chart: the minimum and maximum of each pixel column joined, a title, five
 * value labels with grid lines. The reduction to pixel columns is one pass over the rows.
 */
static void draw(cairo_t *cr, const Rows *r) {
    const int left = 80, right = 1182, top = 80, bottom = 620;
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
    free(cmin);
    free(cmax);
}

static void png(const Rows *r, const char *out) {
    cairo_surface_t *s = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 1200, 675);
    cairo_t *cr = cairo_create(s);
    draw(cr, r);
    if (cairo_surface_write_to_png(s, out) != CAIRO_STATUS_SUCCESS) { fprintf(stderr, "cannot write %s\n", out); exit(73); }
    cairo_destroy(cr);
    cairo_surface_destroy(s);
}

/* The same chart on Cairo's SVG surface, 1200x675 (in pixels, as reckon's SVG). */
static void svg(const Rows *r, const char *out) {
    cairo_surface_t *s = cairo_svg_surface_create(out, 1200, 675);
    cairo_svg_surface_set_document_unit(s, CAIRO_SVG_UNIT_PX);
    cairo_t *cr = cairo_create(s);
    draw(cr, r);
    cairo_destroy(cr);
    cairo_surface_finish(s);
    if (cairo_surface_status(s) != CAIRO_STATUS_SUCCESS) { fprintf(stderr, "cannot write %s\n", out); exit(73); }
    cairo_surface_destroy(s);
}

int main(int argc, char **argv) {
    int checked = argc > 1 && !strcmp(argv[1], "-c");
    if (checked) {
        argc--;
        argv++;
    }
    if (argc < 3) {
        fprintf(stderr, "usage: reckon-ref [-c] png CSV OUT.png | svg CSV OUT.svg | monthly CSV | diff CSV | rolling CSV\n");
        return 64;
    }
    Rows r = checked ? readRowsChecked(argv[2]) : readRows(argv[2]);
    if (r.n == 0) { fprintf(stderr, "no rows in %s\n", argv[2]); return 65; }
    if (!strcmp(argv[1], "png") && argc == 4) png(&r, argv[3]);
    else if (!strcmp(argv[1], "svg") && argc == 4) svg(&r, argv[3]);
    else if (!strcmp(argv[1], "monthly")) monthly(&r);
    else if (!strcmp(argv[1], "diff")) diff(&r);
    else if (!strcmp(argv[1], "rolling")) rolling(&r);
    else { fprintf(stderr, "unknown case %s\n", argv[1]); return 64; }
    return 0;
}
