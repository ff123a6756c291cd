import Curves
import ExtensionFields
import Fields

/// Arithmetic on the cyclotomic subgroup G_Φ12(p) = {a ∈ Fp12 : a^(p⁴ − p² + 1) = 1}, where values live after the
/// easy part of the final exponentiation. There the inverse is the conjugate and squaring is cheaper.
extension Fp12 {
    /// Granger and Scott, "Faster squaring in the cyclotomic subgroup of sixth degree extensions" (PKC 2010, §3.2).
    ///
    /// Seen over Fp4 = Fp2[t]/(t² − ξ), t = w³, an element is A + B·w + C·w² with A = (c0.c0, c1.c1),
    /// B = (c1.c0, c0.c2), C = (c0.c1, c1.c2), and its square is (3A² − 2Ā) + (3t·C² + 2B̄)·w + (3B² − 2C̄)·w²,
    /// where ā is the conjugate over Fp2. Nine Fp2 squarings instead of a general Fp12 squaring's twelve
    /// multiplications. Only correct on the cyclotomic subgroup.
    @inlinable
    func cyclotomicSquared() -> Fp12 {
        let a = fp4Squared(c0.c0, c1.c1)
        let b = fp4Squared(c1.c0, c0.c2)
        let c = fp4Squared(c0.c1, c1.c2)
        // 3s − 2z for the component of −2·conj taking the minus sign, 3s + 2z for the other.
        @inline(__always) func threeMinusTwo(_ s: Fp2, _ z: Fp2) -> Fp2 { (s - z).doubled() + s }
        @inline(__always) func threePlusTwo(_ s: Fp2, _ z: Fp2) -> Fp2 { (s + z).doubled() + s }
        return Fp12(
            c0: Fp6(
                c0: threeMinusTwo(a.0, c0.c0),
                c1: threeMinusTwo(b.0, c0.c1),
                c2: threeMinusTwo(c.0, c0.c2)),
            c1: Fp6(
                c0: threePlusTwo(c.1.multipliedByNonResidue(), c1.c0),
                c1: threePlusTwo(a.1, c1.c1),
                c2: threePlusTwo(b.1, c1.c2)))
    }

    /// a^x for the (negative) BLS parameter x: a^|x| by square and multiply over the 64 bits of |x|, then the
    /// conjugate for the sign. Only correct on the cyclotomic subgroup.
    @inlinable
    func cyclotomicPowerByBLSParameter() -> Fp12 {
        var result = self
        for bit in (0..<63).reversed() {
            result = result.cyclotomicSquared()
            if (blsParameterMagnitude >> UInt64(bit)) & 1 == 1 { result *= self }
        }
        return result.conjugate()
    }
}

/// (a0 + a1·t)² in Fp4 = Fp2[t]/(t² − ξ): (a0² + ξ·a1²) + ((a0 + a1)² − a0² − a1²)·t, three Fp2 squarings.
@inlinable
func fp4Squared(_ a0: Fp2, _ a1: Fp2) -> (Fp2, Fp2) {
    let s0 = a0.squared()
    let s1 = a1.squared()
    return (s1.multipliedByNonResidue() + s0, (a0 + a1).squared() - s0 - s1)
}
