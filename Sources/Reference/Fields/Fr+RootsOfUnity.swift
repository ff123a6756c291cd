import Limbs

extension Fr {
    /// The 2-adicity of r − 1: r − 1 = 2^32 · t with t odd, so Fr has roots of unity of every order 2^k, k ≤ 32.
    public static let twoAdicity = 32

    /// 7 generates the multiplicative group Fr^*; EIP-4844 calls it PRIMITIVE_ROOT_OF_UNITY
    /// (consensus-specs, deneb/polynomial-commitments.md, "Constants").
    public static let multiplicativeGenerator = Fr(7)

    /// t = (r − 1)/2^32, the odd part of the group order.
    static let oddPartOfOrder = Fr.modulus.subtractingReportingBorrow(UInt256(1)).difference.shiftedRight(
        by: twoAdicity)

    /// ω_k = 7^((r−1)/2^k) for k = 0…32, found by squaring from ω_32 = 7^t. Each ω_k has order exactly 2^k
    /// because 7 generates Fr^*; these match the spec's compute_roots_of_unity.
    private static let primitiveRoots: [Fr] = {
        var roots = [multiplicativeGenerator.pow(oddPartOfOrder)]
        for _ in 0..<twoAdicity { roots.append(roots.last!.squared()) }
        return roots.reversed()
    }()

    /// A primitive 2^log2Order-th root of unity, 0 ≤ log2Order ≤ 32.
    public static func rootOfUnity(log2Order: Int) -> Fr {
        precondition((0...twoAdicity).contains(log2Order), "Fr has roots of unity of order 2^0 … 2^32 only")
        return primitiveRoots[log2Order]
    }
}

extension Fr {
    /// A square root, or nil when `self` is not a square, by Tonelli–Shanks (Shanks, "Five number-theoretic
    /// algorithms", 1973): r ≡ 1 (mod 2^32), so the (p+1)/4 shortcut of Fp does not apply.
    ///
    /// Not constant time: the number of loop rounds depends on `self`. Do not use it on secrets.
    public func squareRoot() -> Fr? {
        if isZero { return .zero }
        // Write r − 1 = 2^s·t. With z = ω_32 of order 2^s, keep the invariant x² = self·b, where b lies in the
        // subgroup of order 2^m, and shrink m until b = 1.
        var m = Fr.twoAdicity
        var c = Fr.rootOfUnity(log2Order: Fr.twoAdicity)
        var b = pow(Fr.oddPartOfOrder)
        var x = pow(Fr.oddPartOfOrder.addingReportingCarry(UInt256(1)).sum.shiftedRight(by: 1))
        while !b.isOne {
            // The order of b is 2^i for the least i with b^(2^i) = 1.
            var i = 0
            var power = b
            while !power.isOne {
                power = power.squared()
                i += 1
                if i == m { return nil }  // b's order does not shrink: self is not a square.
            }
            var w = c
            for _ in 0..<(m - i - 1) { w = w.squared() }
            x = x * w
            c = w.squared()
            b = b * c
            m = i
        }
        return x
    }
}
