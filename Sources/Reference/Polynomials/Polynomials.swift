// The Polynomials layer of the reference backend.
