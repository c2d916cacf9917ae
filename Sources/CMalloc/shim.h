#ifndef RECKON_CMALLOC_SHIM_H
#define RECKON_CMALLOC_SHIM_H
#include <malloc.h>
#endif
