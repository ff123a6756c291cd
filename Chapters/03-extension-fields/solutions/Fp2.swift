import Fields

/// An element c0 + c1·u of Fp2 = Fp[u]/(u² + 1), the field the coordinates of G2 live in.
///
/// u² = −1 defines a field because p ≡ 3 (mod 4) makes −1 a non-square in Fp. The coordinates are elements of the
/// reference's `Fields.Fp` (chapter 2's Montgomery arithmetic on six limbs). This file is given: addition and the
/// other linear operations; the products, the inverse and the square root are the exercises.
public struct Fp2: Hashable, Sendable {
    public var c0: Fp
    public var c1: Fp

    public init(c0: Fp, c1: Fp) {
        self.c0 = c0
        self.c1 = c1
    }

    public static let zero = Fp2(c0: .zero, c1: .zero)
    public static let one = Fp2(c0: .one, c1: .zero)
    /// u itself.
    public static let u = Fp2(c0: .zero, c1: .one)
    /// ξ = u + 1, neither a square nor a cube in Fp2: it defines Fp6 = Fp2[v]/(v³ − ξ).
    public static let nonResidue = Fp2(c0: .one, c1: .one)

    public var isZero: Bool { c0.isZero && c1.isZero }

    public static func + (a: Fp2, b: Fp2) -> Fp2 {
        Fp2(c0: a.c0 + b.c0, c1: a.c1 + b.c1)
    }

    public static func - (a: Fp2, b: Fp2) -> Fp2 {
        Fp2(c0: a.c0 - b.c0, c1: a.c1 - b.c1)
    }

    public static prefix func - (a: Fp2) -> Fp2 {
        Fp2(c0: -a.c0, c1: -a.c1)
    }

    /// Multiplication by an element of Fp: each coordinate is scaled.
    public static func * (a: Fp2, b: Fp) -> Fp2 {
        Fp2(c0: a.c0 * b, c1: a.c1 * b)
    }

    public func doubled() -> Fp2 {
        Fp2(c0: c0.doubled(), c1: c1.doubled())
    }

    /// a·ξ = (a0 + a1·u)(1 + u) = (a0 − a1) + (a0 + a1)·u: two additions, no product.
    public func multipliedByNonResidue() -> Fp2 {
        Fp2(c0: c0 - c1, c1: c0 + c1)
    }
}
