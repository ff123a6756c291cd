// The KZG layer of the reference backend.
