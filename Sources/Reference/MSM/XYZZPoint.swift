import Curves
import Fields

/// A G1 point in extended Jacobian "XYZZ" coordinates: x = X / ZZ, y = Y / ZZZ with ZZ³ = ZZZ², infinity when
/// ZZ = 0 (Bernstein and Lange, Explicit-Formulas Database, "xyzz" coordinates for short Weierstrass curves).
///
/// Buckets live in this form because adding an affine point costs 8M + 2S here against 7M + 4S in Jacobian
/// coordinates and the formulas need no special handling of Z = 1. The curve is y² = x³ + 4, so a = 0 throughout.
/// Not constant time: every formula branches on equal and infinite operands.
struct XYZZPoint {
    var x: Fp
    var y: Fp
    var zz: Fp
    var zzz: Fp

    static let infinity = XYZZPoint(x: .one, y: .one, zz: .zero, zzz: .zero)

    @inline(__always) var isInfinity: Bool { zz.isZero }

    /// Adds the affine point (x2, y2), negated when `negate` is set: EFD "madd-2008-s".
    @inline(__always)
    mutating func add(affineX x2: Fp, affineY y2: Fp, negate: Bool) {
        let y2 = negate ? -y2 : y2
        if isInfinity {
            self = XYZZPoint(x: x2, y: y2, zz: .one, zzz: .one)
            return
        }
        let u2 = x2 * zz
        let s2 = y2 * zzz
        let p = u2 - x
        let r = s2 - y
        if p.isZero {
            if r.isZero { self = XYZZPoint.doubling(affineX: x2, affineY: y2) } else { self = .infinity }
            return
        }
        let pp = p.squared()
        let ppp = p * pp
        let q = x * pp
        let x3 = r.squared() - ppp - q.doubled()
        y = r * (q - x3) - y * ppp
        x = x3
        zz *= pp
        zzz *= ppp
    }

    /// Adds another XYZZ point: EFD "add-2008-s".
    @inline(__always)
    mutating func add(_ other: XYZZPoint) {
        if other.isInfinity { return }
        if isInfinity {
            self = other
            return
        }
        let u1 = x * other.zz
        let u2 = other.x * zz
        let s1 = y * other.zzz
        let s2 = other.y * zzz
        let p = u2 - u1
        let r = s2 - s1
        if p.isZero {
            if r.isZero { double() } else { self = .infinity }
            return
        }
        let pp = p.squared()
        let ppp = p * pp
        let q = u1 * pp
        let x3 = r.squared() - ppp - q.doubled()
        y = r * (q - x3) - s1 * ppp
        x = x3
        zz = zz * other.zz * pp
        zzz = zzz * other.zzz * ppp
    }

    /// Doubles in place: EFD "dbl-2008-s-1" with a = 0.
    @inline(__always)
    mutating func double() {
        if isInfinity { return }
        let u = y.doubled()
        let v = u.squared()
        let w = u * v
        let s = x * v
        let xSquared = x.squared()
        let m = xSquared.doubled() + xSquared
        let x3 = m.squared() - s.doubled()
        y = m * (s - x3) - w * y
        x = x3
        zz *= v
        zzz *= w
    }

    /// 2 · (x, y) for an affine point: EFD "mdbl-2008-s-1".
    @inline(__always)
    static func doubling(affineX x: Fp, affineY y: Fp) -> XYZZPoint {
        let u = y.doubled()
        let v = u.squared()
        let w = u * v
        let s = x * v
        let xSquared = x.squared()
        let m = xSquared.doubled() + xSquared
        let x3 = m.squared() - s.doubled()
        return XYZZPoint(x: x3, y: m * (s - x3) - w * y, zz: v, zzz: w)
    }
}

extension XYZZPoint {
    /// The same point in the Jacobian coordinates of `G1Projective`, without an inversion: with Z = ZZZ,
    /// X = X_xyzz · ZZ² and Y = Y_xyzz · ZZZ², because ZZ³ = ZZZ².
    var projective: G1Projective {
        if isInfinity { return .identity }
        return G1Projective(x: x * zz.squared(), y: y * zzz.squared(), z: zzz)
    }
}
