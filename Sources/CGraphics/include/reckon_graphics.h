#ifndef RECKON_GRAPHICS_H
#define RECKON_GRAPHICS_H

/*
 * The part of Cairo, Pango and GObject that reckon draws with, loaded when it first draws or measures
 * text rather than when the process starts: commands that draw nothing (list, query, add, check) then
 * start without loading Cairo, Pango and the forty shared libraries they bring, and run where they are
 * not installed. It also means building reckon needs no Cairo or Pango headers.
 *
 * The declarations below are those of the libraries' own headers (cairo.h, cairo-svg.h, cairo-pdf.h,
 * pango/pangocairo.h, gobject/gobject.h), limited to what reckon calls; their values and types are
 * checked against the real headers by the test suite (GraphicsDeclarationTests). Each function is a
 * static inline wrapper that calls the library's function through a table filled once, on first use,
 * by dlopen and dlsym (graphics.c); the wrappers define no symbol, so nothing here stands in for the
 * libraries' own functions.
 */

#include <stdint.h>

/* A real header already included (the declaration check does so) provides the types instead. */
#ifndef CAIRO_H
typedef struct _cairo cairo_t;
typedef struct _cairo_surface cairo_surface_t;
typedef struct _cairo_font_options cairo_font_options_t;

typedef enum _cairo_status {
    CAIRO_STATUS_SUCCESS = 0,
    CAIRO_STATUS_NO_MEMORY = 1,
    CAIRO_STATUS_READ_ERROR = 10,
    CAIRO_STATUS_WRITE_ERROR = 11
} cairo_status_t;

typedef enum _cairo_format { CAIRO_FORMAT_INVALID = -1, CAIRO_FORMAT_ARGB32 = 0 } cairo_format_t;
typedef enum _cairo_line_join { CAIRO_LINE_JOIN_MITER, CAIRO_LINE_JOIN_ROUND, CAIRO_LINE_JOIN_BEVEL } cairo_line_join_t;
typedef enum _cairo_antialias {
    CAIRO_ANTIALIAS_DEFAULT,
    CAIRO_ANTIALIAS_NONE,
    CAIRO_ANTIALIAS_GRAY,
    CAIRO_ANTIALIAS_SUBPIXEL,
    CAIRO_ANTIALIAS_FAST,
    CAIRO_ANTIALIAS_GOOD,
    CAIRO_ANTIALIAS_BEST
} cairo_antialias_t;
typedef enum _cairo_hint_style {
    CAIRO_HINT_STYLE_DEFAULT,
    CAIRO_HINT_STYLE_NONE,
    CAIRO_HINT_STYLE_SLIGHT,
    CAIRO_HINT_STYLE_MEDIUM,
    CAIRO_HINT_STYLE_FULL
} cairo_hint_style_t;
typedef enum _cairo_hint_metrics { CAIRO_HINT_METRICS_DEFAULT, CAIRO_HINT_METRICS_OFF, CAIRO_HINT_METRICS_ON } cairo_hint_metrics_t;

typedef cairo_status_t (*cairo_write_func_t)(void *closure, const unsigned char *data, unsigned int length);
typedef cairo_status_t (*cairo_read_func_t)(void *closure, unsigned char *data, unsigned int length);
#endif

#ifndef CAIRO_SVG_H
typedef enum _cairo_svg_version { CAIRO_SVG_VERSION_1_1, CAIRO_SVG_VERSION_1_2 } cairo_svg_version_t;
typedef enum _cairo_svg_unit {
    CAIRO_SVG_UNIT_USER = 0,
    CAIRO_SVG_UNIT_EM,
    CAIRO_SVG_UNIT_EX,
    CAIRO_SVG_UNIT_PX,
    CAIRO_SVG_UNIT_IN,
    CAIRO_SVG_UNIT_CM,
    CAIRO_SVG_UNIT_MM,
    CAIRO_SVG_UNIT_PT,
    CAIRO_SVG_UNIT_PC,
    CAIRO_SVG_UNIT_PERCENT
} cairo_svg_unit_t;
#endif

#ifndef CAIRO_PDF_H
typedef enum _cairo_pdf_metadata {
    CAIRO_PDF_METADATA_TITLE,
    CAIRO_PDF_METADATA_AUTHOR,
    CAIRO_PDF_METADATA_SUBJECT,
    CAIRO_PDF_METADATA_KEYWORDS,
    CAIRO_PDF_METADATA_CREATOR,
    CAIRO_PDF_METADATA_CREATE_DATE,
    CAIRO_PDF_METADATA_MOD_DATE
} cairo_pdf_metadata_t;
#endif

#ifndef __PANGO_H__
typedef int gboolean;
typedef void *gpointer;
typedef struct _PangoContext PangoContext;
typedef struct _PangoLayout PangoLayout;
typedef struct _PangoFont PangoFont;
typedef struct _PangoFontDescription PangoFontDescription;
typedef struct _PangoRectangle {
    int x;
    int y;
    int width;
    int height;
} PangoRectangle;
#define PANGO_SCALE 1024
#endif

/*
 * Every function reckon calls: R(return type, name, parameters, arguments) for those that return a
 * value, V(name, parameters, arguments) for those that do not.
 */
#define RECKON_GRAPHICS_FUNCTIONS(R, V)                                                                            \
    V(cairo_arc, (cairo_t * cr, double xc, double yc, double radius, double angle1, double angle2),               \
      (cr, xc, yc, radius, angle1, angle2))                                                                        \
    V(cairo_clip, (cairo_t * cr), (cr))                                                                            \
    V(cairo_close_path, (cairo_t * cr), (cr))                                                                      \
    R(cairo_t *, cairo_create, (cairo_surface_t * target), (target))                                               \
    V(cairo_destroy, (cairo_t * cr), (cr))                                                                         \
    V(cairo_fill, (cairo_t * cr), (cr))                                                                            \
    V(cairo_fill_preserve, (cairo_t * cr), (cr))                                                                   \
    R(cairo_font_options_t *, cairo_font_options_create, (void), ())                                               \
    V(cairo_font_options_destroy, (cairo_font_options_t * options), (options))                                     \
    V(cairo_font_options_set_antialias, (cairo_font_options_t * options, cairo_antialias_t antialias),             \
      (options, antialias))                                                                                        \
    V(cairo_font_options_set_hint_metrics, (cairo_font_options_t * options, cairo_hint_metrics_t hint_metrics),    \
      (options, hint_metrics))                                                                                     \
    V(cairo_font_options_set_hint_style, (cairo_font_options_t * options, cairo_hint_style_t hint_style),          \
      (options, hint_style))                                                                                       \
    R(cairo_surface_t *, cairo_image_surface_create, (cairo_format_t format, int width, int height),               \
      (format, width, height))                                                                                     \
    R(cairo_surface_t *, cairo_image_surface_create_from_png_stream, (cairo_read_func_t read_func, void *closure), \
      (read_func, closure))                                                                                        \
    R(unsigned char *, cairo_image_surface_get_data, (cairo_surface_t * surface), (surface))                       \
    R(int, cairo_image_surface_get_height, (cairo_surface_t * surface), (surface))                                 \
    R(int, cairo_image_surface_get_stride, (cairo_surface_t * surface), (surface))                                 \
    R(int, cairo_image_surface_get_width, (cairo_surface_t * surface), (surface))                                  \
    V(cairo_line_to, (cairo_t * cr, double x, double y), (cr, x, y))                                               \
    V(cairo_move_to, (cairo_t * cr, double x, double y), (cr, x, y))                                               \
    V(cairo_new_path, (cairo_t * cr), (cr))                                                                        \
    V(cairo_new_sub_path, (cairo_t * cr), (cr))                                                                    \
    R(cairo_surface_t *, cairo_pdf_surface_create_for_stream,                                                      \
      (cairo_write_func_t write_func, void *closure, double width_in_points, double height_in_points),             \
      (write_func, closure, width_in_points, height_in_points))                                                    \
    V(cairo_pdf_surface_set_metadata, (cairo_surface_t * surface, cairo_pdf_metadata_t metadata, const char *utf8), \
      (surface, metadata, utf8))                                                                                   \
    V(cairo_rectangle, (cairo_t * cr, double x, double y, double width, double height), (cr, x, y, width, height)) \
    V(cairo_restore, (cairo_t * cr), (cr))                                                                         \
    V(cairo_save, (cairo_t * cr), (cr))                                                                            \
    V(cairo_scale, (cairo_t * cr, double sx, double sy), (cr, sx, sy))                                             \
    V(cairo_set_dash, (cairo_t * cr, const double *dashes, int num_dashes, double offset),                         \
      (cr, dashes, num_dashes, offset))                                                                            \
    V(cairo_set_line_join, (cairo_t * cr, cairo_line_join_t line_join), (cr, line_join))                           \
    V(cairo_set_line_width, (cairo_t * cr, double width), (cr, width))                                             \
    V(cairo_set_source_rgba, (cairo_t * cr, double red, double green, double blue, double alpha),                  \
      (cr, red, green, blue, alpha))                                                                               \
    R(cairo_status_t, cairo_status, (cairo_t * cr), (cr))                                                          \
    R(const char *, cairo_status_to_string, (cairo_status_t status), (status))                                     \
    V(cairo_stroke, (cairo_t * cr), (cr))                                                                          \
    V(cairo_surface_destroy, (cairo_surface_t * surface), (surface))                                               \
    V(cairo_surface_finish, (cairo_surface_t * surface), (surface))                                                \
    V(cairo_surface_flush, (cairo_surface_t * surface), (surface))                                                 \
    R(cairo_status_t, cairo_surface_status, (cairo_surface_t * surface), (surface))                                \
    R(cairo_surface_t *, cairo_svg_surface_create_for_stream,                                                      \
      (cairo_write_func_t write_func, void *closure, double width_in_points, double height_in_points),             \
      (write_func, closure, width_in_points, height_in_points))                                                    \
    V(cairo_svg_surface_restrict_to_version, (cairo_surface_t * surface, cairo_svg_version_t version),             \
      (surface, version))                                                                                          \
    V(cairo_svg_surface_set_document_unit, (cairo_surface_t * surface, cairo_svg_unit_t unit), (surface, unit))    \
    V(cairo_tag_begin, (cairo_t * cr, const char *tag_name, const char *attributes), (cr, tag_name, attributes))   \
    V(cairo_tag_end, (cairo_t * cr, const char *tag_name), (cr, tag_name))                                         \
    V(g_object_unref, (gpointer object), (object))                                                                 \
    V(pango_cairo_context_set_font_options, (PangoContext * context, const cairo_font_options_t *options),         \
      (context, options))                                                                                          \
    R(PangoContext *, pango_cairo_create_context, (cairo_t * cr), (cr))                                            \
    R(PangoLayout *, pango_cairo_create_layout, (cairo_t * cr), (cr))                                              \
    V(pango_cairo_layout_path, (cairo_t * cr, PangoLayout * layout), (cr, layout))                                 \
    V(pango_cairo_show_layout, (cairo_t * cr, PangoLayout * layout), (cr, layout))                                 \
    V(pango_cairo_update_layout, (cairo_t * cr, PangoLayout * layout), (cr, layout))                               \
    R(PangoFont *, pango_context_load_font, (PangoContext * context, const PangoFontDescription *desc),            \
      (context, desc))                                                                                             \
    V(pango_context_set_round_glyph_positions, (PangoContext * context, gboolean round_positions),                 \
      (context, round_positions))                                                                                  \
    R(PangoFontDescription *, pango_font_describe, (PangoFont * font), (font))                                     \
    V(pango_font_description_free, (PangoFontDescription * desc), (desc))                                          \
    R(PangoFontDescription *, pango_font_description_from_string, (const char *str), (str))                        \
    R(const char *, pango_font_description_get_family, (const PangoFontDescription *desc), (desc))                 \
    R(PangoContext *, pango_layout_get_context, (PangoLayout * layout), (layout))                                  \
    V(pango_layout_get_extents, (PangoLayout * layout, PangoRectangle * ink_rect, PangoRectangle * logical_rect),  \
      (layout, ink_rect, logical_rect))                                                                            \
    V(pango_layout_get_pixel_size, (PangoLayout * layout, int *width, int *height), (layout, width, height))       \
    R(int, pango_layout_get_unknown_glyphs_count, (PangoLayout * layout), (layout))                                \
    R(PangoLayout *, pango_layout_new, (PangoContext * context), (context))                                        \
    V(pango_layout_set_font_description, (PangoLayout * layout, const PangoFontDescription *desc), (layout, desc)) \
    V(pango_layout_set_text, (PangoLayout * layout, const char *text, int length), (layout, text, length))

/* The table of the libraries' functions. */
#define RECKON_GRAPHICS_FIELD_R(type, name, parameters, arguments) type(*name) parameters;
#define RECKON_GRAPHICS_FIELD_V(name, parameters, arguments) void(*name) parameters;
struct ReckonGraphics {
    RECKON_GRAPHICS_FUNCTIONS(RECKON_GRAPHICS_FIELD_R, RECKON_GRAPHICS_FIELD_V)
};

/*
 * The table, its functions looked up on the first call (from any thread, once). Called only after
 * reckon_graphics_load() returned 1 (ReckonCairo's GraphicsLibrary.load()); a call without the
 * libraries is a programming error, and aborts. Never exits: a host process (a server) decides what
 * a missing library means for it.
 */
const struct ReckonGraphics *reckon_graphics(void);

/* Whether Cairo and Pango can be loaded, loading them if not yet done: 1, or 0 with the reason in
 * reckon_graphics_error(). Never ends the process. */
int reckon_graphics_load(void);

/* Why the libraries could not be loaded, or NULL when they were. */
const char *reckon_graphics_error(void);

/* Starts loading the libraries, and Fontconfig's configuration and font list, on a thread of their
 * own, once a process, and returns at once: a program that will draw calls it as it starts, so that
 * the loading overlaps its other work. reckon_graphics_load() then waits for the loading, if it is
 * not done, and gives its outcome; so does the process's exit. Does nothing after the libraries were
 * first used, or when no thread can be started (the loading then happens on first use). */
void reckon_graphics_prepare(void);

/* The wrappers, under the libraries' own names (left out where the real headers are included). */
#ifndef RECKON_GRAPHICS_NO_WRAPPERS
#define RECKON_GRAPHICS_WRAP_R(type, name, parameters, arguments) \
    static inline type name parameters { return reckon_graphics()->name arguments; }
#define RECKON_GRAPHICS_WRAP_V(name, parameters, arguments) \
    static inline void name parameters { reckon_graphics()->name arguments; }
RECKON_GRAPHICS_FUNCTIONS(RECKON_GRAPHICS_WRAP_R, RECKON_GRAPHICS_WRAP_V)
#endif

#endif
