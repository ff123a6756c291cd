// The EIP4844 layer of the reference backend.
