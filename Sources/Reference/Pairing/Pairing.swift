// The Pairing layer of the reference backend.
