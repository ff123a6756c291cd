import Fields

/// What chapter 3's exercises implement, stated once so that the same checks run on the learner's types
/// (`Chapter03Tests`) and on the reference's (`ReferenceTests`). The names are the reference's.

/// Fp2 = Fp[u]/(u² + 1), an element c0 + c1·u.
public protocol QuadraticExtensionField: Equatable, Sendable {
    init(c0: Fp, c1: Fp)
    var c0: Fp { get }
    var c1: Fp { get }
    static func * (a: Self, b: Self) -> Self
    func squared() -> Self
    func conjugate() -> Self
    var norm: Fp { get }
    func inverse() -> Self?
    func squareRoot() -> Self?
}

/// Fp6 = Fp2[v]/(v³ − ξ), ξ = u + 1, an element c0 + c1·v + c2·v².
public protocol CubicExtensionField: Equatable, Sendable {
    associatedtype Fp2: QuadraticExtensionField
    init(c0: Fp2, c1: Fp2, c2: Fp2)
    var c0: Fp2 { get }
    var c1: Fp2 { get }
    var c2: Fp2 { get }
    static func * (a: Self, b: Self) -> Self
    func inverse() -> Self?
    func frobenius() -> Self
}

/// Fp12 = Fp6[w]/(w² − v), an element c0 + c1·w: the top of the tower, a degree-12 extension of Fp.
public protocol DodecicExtensionField: Equatable, Sendable {
    associatedtype Fp6: CubicExtensionField
    init(c0: Fp6, c1: Fp6)
    var c0: Fp6 { get }
    var c1: Fp6 { get }
    static func * (a: Self, b: Self) -> Self
    func inverse() -> Self?
    func frobenius() -> Self

    /// The Frobenius constants [ξ^((p−1)/3), ξ^(2(p−1)/3), ξ^((p−1)/6)], the factors v, v² and w pick up.
    static func frobeniusCoefficients() -> [Fp6.Fp2]
}
