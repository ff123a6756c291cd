import Backend
import Chapter02Exercises
import Chapter04Exercises
import Curves
import ExerciseSupport
import Pairing

/// Your backend: chapter 2's scalar field (`Scalar.swift`), chapter 4's G1 (`Group.swift`), chapter 7's FFT
/// (`FFT.swift`) and chapter 8's MSM (`MSM.swift`), with G2 and the pairing filled in by the reference: chapters 5
/// and 6 built them on the reference's own types, so the reference's are the same code under another name.
public enum YourBackend: KZGBackend {
    public typealias Scalar = Chapter02Exercises.Fr
    public typealias G1 = Chapter04Exercises.G1Projective
    public typealias G2 = Curves.G2Affine
    /// Chapter 8's Pippenger takes the points as they are.
    public typealias MSMBases = [Chapter04Exercises.G1Projective]
    public typealias PreparedG2 = Pairing.G2Prepared

    public static func msmBases(_ points: [Chapter04Exercises.G1Projective]) -> [Chapter04Exercises.G1Projective] {
        points
    }

    /// The Miller loop's lines of `q`, computed once for every check that pairs with it.
    public static func prepare(_ q: Curves.G2Affine) -> Pairing.G2Prepared { Pairing.G2Prepared(q) }

    /// Whether e(p1, q1) · e(p2, q2) = 1, by the reference's `pairingProductIsOne` on chapter 4's points moved to
    /// the reference's type: both are affine (x, y) over the same Fp, with (0, 0) for the point at infinity.
    public static func pairingCheck(
        _ p1: Chapter04Exercises.G1Projective, _ q1: Pairing.G2Prepared,
        _ p2: Chapter04Exercises.G1Projective, _ q2: Pairing.G2Prepared
    ) -> Bool {
        // BEGIN SOLUTION
        func reference(_ point: Chapter04Exercises.G1Projective) -> Curves.G1Affine {
            let affine = Chapter04Exercises.G1Affine(point)
            return Curves.G1Affine(unchecked: affine.x, affine.y)
        }
        return pairingProductIsOne([(reference(p1), q1), (reference(p2), q2)])
        // END SOLUTION
    }
}
