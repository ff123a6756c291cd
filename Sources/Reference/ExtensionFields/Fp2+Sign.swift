import Fields

extension Fp2 {
    /// The "sign" the ZCash point encoding stores for a G2 y-coordinate: Fp2 is ordered by c1 first, then c0, and a
    /// is the larger of a and −a when c1 is, or when c1 = 0 and c0 is (Fp's order is
    /// `Fp.isLexicographicallyLargest`).
    @inlinable
    public var isLexicographicallyLargest: Bool {
        c1.isZero ? c0.isLexicographicallyLargest : c1.isLexicographicallyLargest
    }
}
