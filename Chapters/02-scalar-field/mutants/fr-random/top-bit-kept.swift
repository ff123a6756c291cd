// random(using:) does not clear bit 255, so it rejects about half of the candidates it should keep.
import ExerciseSupport
import Limbs

extension Fr {
    /// A uniformly random element, by rejection sampling (the idea of FIPS 186-4's key generation "by testing
    /// candidates", appendix B.4.2).
    ///
    /// Draw a candidate as four words from `generator.next()`, limb 0 first; clear the top bit of limb 3
    /// (r < 2^255, so this loses nothing and keeps about 91% of the candidates below r); if the candidate is
    /// below r, return the element whose canonical value it is; otherwise discard all four words and draw again.
    ///
    /// Reducing a 256-bit draw mod r instead would be biased: 2^256 / r ≈ 2.2, so the values below 2^256 − 2r
    /// (about a fifth of the field) would come up half as often again as the others.
    public static func random(using generator: inout some RandomNumberGenerator) -> Fr {
        while true {
            // A tuple's elements are evaluated left to right, so limb 0 is drawn first.
            let candidate = UInt256(storage: (generator.next(), generator.next(), generator.next(), generator.next()))
            if let element = try? Fr(canonical: candidate) { return element }
        }
    }

    /// A uniformly random element from the system's cryptographically secure generator
    /// (`SystemRandomNumberGenerator`: `getrandom` on Linux, `arc4random_buf` on Apple platforms).
    public static func random() -> Fr {
        var generator = SystemRandomNumberGenerator()
        return random(using: &generator)
    }
}
