import ExtensionFields
import Fields

/// What the group law needs of the field the coordinates live in: Fp for G1, Fp2 for G2.
public protocol CoordinateField: Hashable, Sendable {
    static var zero: Self { get }
    static var one: Self { get }
    var isZero: Bool { get }

    static func + (a: Self, b: Self) -> Self
    static func - (a: Self, b: Self) -> Self
    static func * (a: Self, b: Self) -> Self
    static prefix func - (a: Self) -> Self
    func squared() -> Self
    func doubled() -> Self

    /// The multiplicative inverse, or nil for zero.
    func inverse() -> Self?
    /// Every non-zero element replaced by its inverse, with a single inversion for all (Montgomery's trick).
    static func batchInverse(_ elements: inout [Self])
}

extension Fp: CoordinateField {}
extension Fp2: CoordinateField {}

/// One of the two groups of BLS12-381: the order-r subgroup of the points of y² = x³ + b over `Field`. G1 lives
/// on E over Fp, G2 on the sextic twist E' over Fp2.
///
/// The group law is the same formulas for both (a = 0 in both curve equations) and is written once, in
/// `JacobianPoint` and `AffinePoint`; a conforming type supplies only what differs: the curve's constant, its
/// generator, and the endomorphism-based subgroup test and scalar multiplication. Conforming types are caseless
/// enums, never instantiated: they exist to specialise the generic points at compile time, so no call on a point
/// goes through a witness table once the caller's code is specialised.
public protocol CurveGroup: Sendable {
    associatedtype Field: CoordinateField

    /// b in y² = x³ + b.
    static var b: Field { get }
    /// The group's standard generator.
    static var generator: AffinePoint<Self> { get }

    /// Whether a point of the curve lies in the order-r subgroup.
    static func isInSubgroup(_ point: JacobianPoint<Self>) -> Bool
    /// [k]P for a point of the subgroup, split along the curve's endomorphism. Variable time in the scalar.
    static func multiply(_ point: JacobianPoint<Self>, by scalar: Fr) -> JacobianPoint<Self>
}
