import ExerciseSupport
import Limbs

extension Fr {
    /// A square root of the element, or `nil` when it has none (a quadratic non-residue). Either root is
    /// accepted; the square root of zero is zero.
    ///
    /// r ≡ 1 mod 4, so no single exponentiation gives a root: use Tonelli–Shanks (Tonelli 1891, Shanks 1973) with
    /// r − 1 = 2^32·t (`Fr.twoAdicity`, `Fr.oddFactor`) and the non-residue 7 (`Fr.multiplicativeGenerator`).
    public func squareRoot() -> Fr? {
        unimplemented()
    }
}
