// GNU Scientific Library as one Clang module. Debian: libgsl-dev.
#ifndef ALLOT_CGSL_SHIM_H
#define ALLOT_CGSL_SHIM_H

// OpenBLAS's cblas.h first, then tell GSL its own gsl_cblas.h is already "included": otherwise two
// incompatible CBLAS_TRANSPOSE enums meet in any module that imports both CGSL and COpenBLAS.
#include <cblas.h>
#define __GSL_CBLAS_H__

// Let gsl_rng_uniform and friends be inlined instead of called through the library.
#ifndef HAVE_INLINE
#define HAVE_INLINE 1
#endif

#include <gsl/gsl_errno.h>
#include <gsl/gsl_rng.h>
#include <gsl/gsl_randist.h>
#include <gsl/gsl_cdf.h>
#include <gsl/gsl_sf_gamma.h>
#include <gsl/gsl_sf_psi.h>
#include <gsl/gsl_qrng.h>

// Swift 6 refuses to read mutable C globals; hand out the generator types through functions.
static inline const gsl_rng_type *cgsl_rng_mt19937(void) { return gsl_rng_mt19937; }
static inline const gsl_qrng_type *cgsl_qrng_sobol(void) { return gsl_qrng_sobol; }

#endif
