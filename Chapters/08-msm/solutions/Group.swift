import Curves

/// The group operations an MSM needs, and nothing else: the algorithms of this chapter are written against this
/// protocol, so that the hidden tests can run them on G1 itself and on a G1 that counts its additions.
///
/// Given, not an exercise: `G1Projective` (from `Curves`) conforms below.
public protocol MSMGroup: Sendable {
    /// The neutral element, the point at infinity.
    static var identity: Self { get }
    /// The group law. Any two elements may be added, equal, opposite or the identity included.
    static func + (a: Self, b: Self) -> Self
    /// The inverse, −P. Costs nothing on a curve: (x, y) ↦ (x, −y).
    static prefix func - (a: Self) -> Self
    /// P + P, by the cheaper doubling formula.
    func doubled() -> Self
}

extension G1Projective: MSMGroup {}
