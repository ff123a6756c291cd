import Limbs

/// The base field of BLS12-381: integers modulo the 381-bit prime
/// p = 0x1a0111ea397fe69a4b1ba7b6434bacd764774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaaab
/// (the curve's coordinates live here). Elements are stored as a·2^384 mod p.
public struct Fp: PrimeField {
    public typealias Canonical = UInt384

    /// The Montgomery form a·R mod p, six limbs, least significant first.
    public var montgomery: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64)

    @inlinable
    public init(montgomery: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64)) { self.montgomery = montgomery }
}

extension Fp {
    /// (p + 1)/4: p ≡ 3 (mod 4), so a^((p+1)/4) is a square root of a whenever one exists.
    static let squareRootExponent = Fp.modulus.addingReportingCarry(UInt384(1)).sum.shiftedRight(by: 2)

    /// A square root, or nil when `self` is not a square. Which of the two roots comes back is not specified;
    /// callers that need a particular one (point decompression) choose by sign themselves.
    ///
    /// The exponentiation is a sliding-window addition chain (`powSlidingWindow`), about a quarter fewer
    /// multiplications than square and multiply; not constant time in the (public) exponent, constant in `self`.
    public func squareRoot() -> Fp? {
        let candidate = powSlidingWindow(Fp.squareRootExponent)
        return candidate.squared() == self ? candidate : nil
    }

    /// Whether the canonical value exceeds (p − 1)/2: the "sign" the ZCash point encoding stores for y.
    public var isLexicographicallyLargest: Bool { Fp.modulus.shiftedRight(by: 1) < canonical }
}
