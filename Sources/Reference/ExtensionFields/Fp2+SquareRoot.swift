import Fields

extension Fp2 {
    /// A square root of `self`, or nil if it has none.
    ///
    /// Uses the norm map N(a) = a0² + a1²: a is a square in Fp2 exactly when N(a) is a square in Fp, and with
    /// s = √N(a) a root is x0 + x1·u where x0² = (a0 ± s)/2 and x1 = a1/(2·x0) (the sign chosen so that x0² is a
    /// square). Two or three square roots in Fp and one inversion, cheaper than exponentiating in Fp2
    /// (compare Adj and Rodríguez-Henríquez, "Square root computation over even extension fields", 2014, §5).
    /// Which of the two roots is returned is unspecified; callers that need a canonical one pick it by sign.
    /// Variable time (the inversion too: square roots here serve decoding, of public points).
    public func squareRoot() -> Fp2? {
        if c1.isZero {
            // a0 or −a0 is a square in Fp (−1 is not), and √(−a0)·u squares to a0.
            if let root = c0.squareRoot() { return Fp2(c0: root, c1: .zero) }
            if let root = (-c0).squareRoot() { return Fp2(c0: .zero, c1: root) }
            return nil
        }
        guard let s = norm.squareRoot() else { return nil }
        // c1 ≠ 0 makes a0 + s and a0 − s both non-zero, and exactly one of their halves is a square.
        guard let x0 = ((c0 + s) * Fp2.twoInverse).squareRoot() ?? ((c0 - s) * Fp2.twoInverse).squareRoot(),
            let doubledInverse = x0.doubled().inverseVariableTime()
        else { return nil }
        return Fp2(c0: x0, c1: c1 * doubledInverse)
    }

    /// 1/2 in Fp.
    static let twoInverse = Fp(2).inverse()!
}
