#ifndef RECKON_CZLIB_SHIM_H
#define RECKON_CZLIB_SHIM_H
#include <zlib.h>
#endif
