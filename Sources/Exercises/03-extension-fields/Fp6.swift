import Fields

/// An element c0 + c1·v + c2·v² of Fp6 = Fp2[v]/(v³ − ξ), ξ = u + 1.
///
/// This file is given: the linear operations, and the product by v that the tower's next step needs. The product
/// and the inverse are the exercises.
public struct Fp6: Hashable, Sendable {
    public var c0: Fp2
    public var c1: Fp2
    public var c2: Fp2

    public init(c0: Fp2, c1: Fp2, c2: Fp2) {
        self.c0 = c0
        self.c1 = c1
        self.c2 = c2
    }

    public static let zero = Fp6(c0: .zero, c1: .zero, c2: .zero)
    public static let one = Fp6(c0: .one, c1: .zero, c2: .zero)
    /// v itself.
    public static let v = Fp6(c0: .zero, c1: .one, c2: .zero)

    public var isZero: Bool { c0.isZero && c1.isZero && c2.isZero }

    public static func + (a: Fp6, b: Fp6) -> Fp6 {
        Fp6(c0: a.c0 + b.c0, c1: a.c1 + b.c1, c2: a.c2 + b.c2)
    }

    public static func - (a: Fp6, b: Fp6) -> Fp6 {
        Fp6(c0: a.c0 - b.c0, c1: a.c1 - b.c1, c2: a.c2 - b.c2)
    }

    public static prefix func - (a: Fp6) -> Fp6 {
        Fp6(c0: -a.c0, c1: -a.c1, c2: -a.c2)
    }

    /// Multiplication by an element of Fp2, coefficient by coefficient (uses your Fp2 product).
    public static func * (a: Fp6, b: Fp2) -> Fp6 {
        Fp6(c0: a.c0 * b, c1: a.c1 * b, c2: a.c2 * b)
    }

    /// a·v: the coefficients move up one power, and the one that reaches v³ comes back to the constant term as ξ.
    public func multipliedByNonResidue() -> Fp6 {
        Fp6(c0: c2.multipliedByNonResidue(), c1: c0, c2: c1)
    }
}
