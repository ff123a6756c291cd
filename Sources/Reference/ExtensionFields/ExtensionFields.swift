// The ExtensionFields layer of the reference backend.
