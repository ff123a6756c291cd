import Fields

/// An element c0 + c1·w of Fp12 = Fp6[w]/(w² − v), the field the pairing takes its values in.
///
/// In powers of w (w² = v, so w⁶ = ξ) the six Fp2 coefficients are c0.c0 ↦ 1, c1.c0 ↦ w, c0.c1 ↦ w²,
/// c1.c1 ↦ w³, c0.c2 ↦ w⁴, c1.c2 ↦ w⁵. This file is given: the linear operations. The product and the inverse
/// are the exercises.
public struct Fp12: Hashable, Sendable {
    public var c0: Fp6
    public var c1: Fp6

    public init(c0: Fp6, c1: Fp6) {
        self.c0 = c0
        self.c1 = c1
    }

    public static let zero = Fp12(c0: .zero, c1: .zero)
    public static let one = Fp12(c0: .one, c1: .zero)
    /// w itself.
    public static let w = Fp12(c0: .zero, c1: .one)

    public var isZero: Bool { c0.isZero && c1.isZero }

    public static func + (a: Fp12, b: Fp12) -> Fp12 {
        Fp12(c0: a.c0 + b.c0, c1: a.c1 + b.c1)
    }

    public static func - (a: Fp12, b: Fp12) -> Fp12 {
        Fp12(c0: a.c0 - b.c0, c1: a.c1 - b.c1)
    }

    public static prefix func - (a: Fp12) -> Fp12 {
        Fp12(c0: -a.c0, c1: -a.c1)
    }
}
