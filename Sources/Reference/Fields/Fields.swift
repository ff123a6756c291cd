// Fields
