// The candidate's top limb is zero instead of a fresh random word, so the values are far from uniform.
import ExerciseSupport

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
        // BEGIN SOLUTION
        while true {
            var candidate = U256(generator.next(), generator.next(), generator.next(), 0)
            candidate[3] &= ~(1 << 63)
            if let element = try? Fr(canonical: candidate) { return element }
        }
        // END SOLUTION
    }

    /// A uniformly random element from the system's cryptographically secure generator
    /// (`SystemRandomNumberGenerator`: `getrandom` on Linux, `arc4random_buf` on Apple platforms).
    public static func random() -> Fr {
        // BEGIN SOLUTION
        var generator = SystemRandomNumberGenerator()
        return random(using: &generator)
        // END SOLUTION
    }
}
