import ExerciseSupport
import Fields

extension G1Affine {
    /// Whether the point is in G1, the subgroup of order r: [r]P = O.
    ///
    /// Being on the curve is not enough: E(Fp) has h·r points with a cofactor h ≈ 2¹²⁶, and almost none of them
    /// are in G1. One multiplication by the 255-bit r; the reference does it with two 64-bit ones (Scott's test),
    /// but the definition is the check here. Variable time.
    public var isInSubgroup: Bool {
        unimplemented()
    }

    /// Decodes a 48-byte compressed point (see `compressed`), rejecting every malformed input with the error that
    /// says what is wrong, checked in this order: the length; the compression flag; for the infinity flag, that
    /// nothing else is set; x < p; x³ + 4 a square; the point in G1. The y flag picks which square root is y.
    ///
    /// Variable time (the square root, the subgroup check): encodings are public data.
    public init(compressed bytes: [UInt8]) throws(PointDecodingError) {
        unimplemented()
    }
}
