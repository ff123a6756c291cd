import Curves
import ExerciseSupport
import ExtensionFields
import Fields

/// The G2 point a 96-byte compressed encoding stands for, after every check an untrusted encoding needs, in this
/// order: the length, the compression flag, the one canonical form of the identity, both halves of x below p, x on
/// the twist, the point in G2. The errors are the reference's `PointDecodingError`.
///
/// Variable time (square root, subgroup check): encodings are public data.
public func decompress(_ bytes: [UInt8]) throws(PointDecodingError) -> G2Affine {
    unimplemented()
}
