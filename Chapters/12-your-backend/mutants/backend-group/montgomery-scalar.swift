// the scalar's Montgomery form aR is handed to chapter 4's multiplication instead of its value a.
import Backend
import Chapter02Exercises
import Chapter04Exercises
import ExerciseSupport

/// Chapter 4's G1 as a backend's group. The identity, the generator, `+`, negation and equality are chapter 4's
/// own; scalar multiplication and the encodings are adapted here.
extension Chapter04Exercises.G1Projective: BackendG1 {
    public typealias Scalar = Chapter02Exercises.Fr

    /// [scalar]p by chapter 4's windowed multiplication on the scalar's canonical value (its Montgomery form is
    /// another number). Variable time, as chapter 4 says: fine for the public scalars of KZG.
    public static func * (p: Chapter04Exercises.G1Projective, scalar: Chapter02Exercises.Fr)
        -> Chapter04Exercises.G1Projective
    {
        p.multipliedWindowed(by: scalar.montgomery, windowBits: 4)
    }

    /// The 48-byte encoding, by chapter 4's compression of the affine point.
    public var compressed: [UInt8] {
        G1Affine(self).compressed
    }

    /// Chapter 4's decoder checks the length, the flags, x < p, the curve and the subgroup, in that order.
    public init(validatingCompressed bytes: [UInt8]) throws {
        self.init(try G1Affine(compressed: bytes))
    }
}
