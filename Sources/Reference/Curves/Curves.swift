// The Curves layer of the reference backend.
