#ifndef RECKON_CPANGOCAIRO_SHIM_H
#define RECKON_CPANGOCAIRO_SHIM_H
#include <pango/pangocairo.h>
#endif
