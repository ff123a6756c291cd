// Zero is reported as having no square root.
import ExerciseSupport

extension Fr {
    /// A square root of the element, or `nil` when it has none (a quadratic non-residue). Either root is
    /// accepted; the square root of zero is zero.
    ///
    /// r ≡ 1 mod 4, so no single exponentiation gives a root: use Tonelli–Shanks (Tonelli 1891, Shanks 1973) with
    /// r − 1 = 2^32·t (`Fr.twoAdicity`, `Fr.oddFactor`) and the non-residue 7 (`Fr.multiplicativeGenerator`).
    public func squareRoot() -> Fr? {
        // BEGIN SOLUTION
        guard !isZero else { return nil }
        // (t − 1) / 2 = t >> 1, since t is odd.
        let t = Fr.oddFactor
        let halfT = U256(t[0] >> 1 | t[1] << 63, t[1] >> 1 | t[2] << 63, t[2] >> 1 | t[3] << 63, t[3] >> 1)
        let w = pow(halfT)            // a^((t−1)/2)
        var x = self * w              // a^((t+1)/2): a root of a·b
        var b = x * w                 // a^t: lies in the subgroup of order 2^32
        var c = Fr(Fr.multiplicativeGenerator).pow(t)  // z^t: generates that subgroup
        var m = Fr.twoAdicity
        // Invariant: x² = a·b, b has order dividing 2^(m−1) when a is a square, c has order exactly 2^m.
        while b != Fr.one {
            // The least k with b^(2^k) = 1; k = m means b has order 2^m, which only a non-residue gives.
            var k = 0
            var power = b
            while power != Fr.one {
                power = power * power
                k += 1
                if k == m { return nil }
            }
            // gap has order 2^(k+1); multiplying x by it and b by its square lowers the order of b.
            var gap = c
            for _ in 0 ..< m - k - 1 { gap = gap * gap }
            x = x * gap
            c = gap * gap
            b = b * c
            m = k
        }
        // Not constant time: the number of rounds depends on the element. Variable-time square roots are fine
        // for public data such as point decompression, not for secrets.
        return x
        // END SOLUTION
    }
}
