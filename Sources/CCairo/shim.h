#ifndef RECKON_CCAIRO_SHIM_H
#define RECKON_CCAIRO_SHIM_H
#include <cairo.h>
#include <cairo-svg.h>
#include <cairo-pdf.h>
#endif
