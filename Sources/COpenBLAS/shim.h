// OpenBLAS (CBLAS) and LAPACKE, as one Clang module. Debian: libopenblas-dev, liblapacke-dev.
#ifndef ALLOT_COPENBLAS_SHIM_H
#define ALLOT_COPENBLAS_SHIM_H
#include <cblas.h>
#include <lapacke.h>
#endif
