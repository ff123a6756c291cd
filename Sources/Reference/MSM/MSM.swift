// The MSM layer of the reference backend.
