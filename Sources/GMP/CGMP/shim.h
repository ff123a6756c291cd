// GMP's public header, from Debian's libgmp-dev (`apt-get install libgmp-dev`).
#include <gmp.h>
