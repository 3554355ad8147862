// The PostgreSQL project's own client library (Debian: libpq-dev). Its header lives under
// /usr/include/postgresql, which needs no pkg-config: the include below names it from /usr/include.
#include <postgresql/libpq-fe.h>
