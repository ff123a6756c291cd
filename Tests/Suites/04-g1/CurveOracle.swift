import Fields
import GMP
import HiddenTestSupport
import Limbs

/// The independent oracle of chapter 4's checks: the curve y² = x³ + 4 over the integers mod p, computed with GMP
/// in affine coordinates by the textbook chord-and-tangent rule (one modular inversion per step), and scalar
/// multiplication from the least significant bit up. Neither Jacobian formulas nor the Fields module's arithmetic
/// appear in it, so a slip in either cannot be repeated here.
enum CurveOracle {
    static let p = GMPInteger(limbs: Fp.modulus.limbs)
    static let r = GMPInteger(limbs: Fr.modulus.limbs)
    /// The cofactor h = |E(Fp)|/r = (x − 1)²/3 for the BLS parameter x = −0xd201000000010000.
    static let cofactor = GMPInteger(hex: "396c8c005555e1568c00aaab0000aaab")!
    static let b = GMPInteger(4)

    /// A point of E; nil stands for the point at infinity wherever a `Point?` is taken.
    struct Point: Sendable {
        let x: GMPInteger
        let y: GMPInteger
    }

    /// The standard generator (ZCash BLS12-381 specification), a known answer.
    static let generator = Point(
        x: GMPInteger(
            hex: "17f1d3a73197d7942695638c4fa9ac0fc3688c4f9774b905a14e3a3f171bac586c55e83ff97a1aeffb3af00adb22c6bb")!,
        y: GMPInteger(
            hex: "08b3f481e3aaa0f1a09e30ed741d8ae4fcf5e095d5d00af600db18cb2c04b3edd03cc744a2888ae40caa232946c5e7e1")!)

    /// Its compressed encoding, as published with the ZCash format (x with the compression flag, y the smaller
    /// root).
    static let generatorEncoding =
        "97f1d3a73197d7942695638c4fa9ac0fc3688c4f9774b905a14e3a3f171bac586c55e83ff97a1aeffb3af00adb22c6bb"

    static func gmp(_ x: Fp) -> GMPInteger { GMPInteger(limbs: x.canonical.limbs) }
    static func fp(_ x: GMPInteger) -> Fp { try! Fp(canonical: UInt384(limbs: (x % p).limbs(count: 6))) }
    static func gmp(_ k: UInt256) -> GMPInteger { GMPInteger(limbs: k.limbs) }

    static func isOnCurve(x: GMPInteger, y: GMPInteger) -> Bool {
        (y * y) % p == (x * x * x + b) % p
    }

    static func negated(_ point: Point?) -> Point? {
        point.map { Point(x: $0.x, y: (p - $0.y) % p) }
    }

    /// The chord through a and b, or the tangent when they are equal; the vertical line gives the point at
    /// infinity.
    static func add(_ a: Point?, _ b: Point?) -> Point? {
        guard let a else { return b }
        guard let b else { return a }
        let slope: GMPInteger
        if a.x == b.x {
            // Same x: b = a (tangent) or b = −a (vertical). No point of E has y = 0 (−4 is not a cube mod p).
            guard a.y == b.y else { return nil }
            slope = (GMPInteger(3) * a.x * a.x * (GMPInteger(2) * a.y).inverse(modulo: p)!) % p
        } else {
            slope = ((b.y - a.y) * ((b.x - a.x) % p).inverse(modulo: p)!) % p
        }
        let x3 = (slope * slope - a.x - b.x) % p
        let y3 = (slope * (a.x - x3) - a.y) % p
        return Point(x: x3, y: y3)
    }

    /// [k]P, from the least significant bit of k up (the learner's code goes the other way).
    static func multiply(_ point: Point?, by k: GMPInteger) -> Point? {
        var result: Point? = nil
        var power = point
        for bit in 0..<k.bitWidth {
            if ((k >> bit) % GMPInteger(2)) == GMPInteger(1) { result = add(result, power) }
            power = add(power, power)
        }
        return result
    }

    static func isInSubgroup(_ point: Point?) -> Bool { multiply(point, by: r) == nil }

    /// a^((p+1)/4) if it squares back to a (p ≡ 3 mod 4).
    static func squareRoot(_ a: GMPInteger) -> GMPInteger? {
        let candidate = GMPInteger.powmod(a, (p + GMPInteger(1)) >> 2, p)
        return (candidate * candidate) % p == a % p ? candidate : nil
    }

    /// The ZCash compressed encoding, from the integers: 48 big-endian bytes of x, flag bits 7 (compressed),
    /// 6 (infinity) and 5 (y > (p − 1)/2).
    static func compress(_ point: Point?) -> [UInt8] {
        guard let point else { return [0xc0] + [UInt8](repeating: 0, count: 47) }
        var bytes = point.x.bigEndianBytes(count: 48)
        bytes[0] |= 0x80
        if (p - GMPInteger(1)) >> 1 < point.y { bytes[0] |= 0x20 }
        return bytes
    }

    static func affine(_ point: Point?) -> AffineCoordinates? {
        point.map { AffineCoordinates(x: fp($0.x), y: fp($0.y)) }
    }

    static func point(_ affine: AffineCoordinates?) -> Point? {
        affine.map { Point(x: gmp($0.x), y: gmp($0.y)) }
    }

    /// Whether the triple stands for the point: Z = 0 for the point at infinity, otherwise X = x·Z² and Y = y·Z³.
    static func represents(_ triple: JacobianCoordinates, _ point: Point?) -> Bool {
        let z = gmp(triple.z)
        guard let point else { return z.isZero }
        if z.isZero { return false }
        let zSquared = (z * z) % p
        return gmp(triple.x) == (point.x * zSquared) % p && gmp(triple.y) == (point.y * zSquared * z) % p
    }

    /// The point a triple stands for, by the oracle's own division (for failure messages).
    static func describe(_ triple: JacobianCoordinates) -> String {
        let z = gmp(triple.z)
        guard let zInverse = z.inverse(modulo: p) else { return "O (Z = 0) \(triple)" }
        let zInverseSquared = (zInverse * zInverse) % p
        let x = (gmp(triple.x) * zInverseSquared) % p
        let y = (gmp(triple.y) * zInverseSquared * zInverse) % p
        return "\(describe(Point(x: x, y: y))) as \(triple)"
    }

    static func describe(_ point: Point?) -> String {
        guard let point else { return "O" }
        return "(x: \(point.x.hex), y: \(point.y.hex))"
    }
}

extension CurveOracle.Point: Equatable {
    static func == (a: CurveOracle.Point, b: CurveOracle.Point) -> Bool { a.x == b.x && a.y == b.y }
}

/// Inputs of the checks: points drawn through the oracle, and Jacobian triples with random Z.
enum G1Inputs {
    /// A uniformly random point of E(Fp) (almost never in G1): a random x with x³ + 4 a square, and a random sign.
    static func curvePoint(using generator: inout SeededGenerator) -> CurveOracle.Point {
        while true {
            let x = CurveOracle.gmp(Fp.random(using: &generator))
            guard let y = CurveOracle.squareRoot(x * x * x + CurveOracle.b) else { continue }
            return CurveOracle.Point(x: x, y: Bool.random(using: &generator) ? y : (CurveOracle.p - y) % CurveOracle.p)
        }
    }

    /// A random point of G1: a random point of E times the cofactor.
    static func subgroupPoint(using generator: inout SeededGenerator) -> CurveOracle.Point {
        while true {
            if let point = CurveOracle.multiply(curvePoint(using: &generator), by: CurveOracle.cofactor) {
                return point
            }
        }
    }

    /// An x in [0, p) for which x³ + 4 is not a square: no point has it.
    static func xOffTheCurve(using generator: inout SeededGenerator) -> GMPInteger {
        while true {
            let x = CurveOracle.gmp(Fp.random(using: &generator))
            if CurveOracle.squareRoot(x * x * x + CurveOracle.b) == nil { return x }
        }
    }

    /// (λ²x, λ³y, λ) for a random λ ≠ 0, or λ = 1 when `unitZ`; for the point at infinity, Z = 0 with random X
    /// and Y (any of them stands for O).
    static func jacobian(
        _ point: CurveOracle.Point?, using generator: inout SeededGenerator, unitZ: Bool = false
    ) -> JacobianCoordinates {
        guard let point else {
            return JacobianCoordinates(x: .random(using: &generator), y: .random(using: &generator), z: .zero)
        }
        var lambda = Fp.one
        while !unitZ {
            lambda = Fp.random(using: &generator)
            if !lambda.isZero && lambda != .one { break }
        }
        let lambdaSquared = lambda.squared()
        return JacobianCoordinates(
            x: CurveOracle.fp(point.x) * lambdaSquared, y: CurveOracle.fp(point.y) * lambdaSquared * lambda, z: lambda)
    }

    /// Bytes in hex, for failure messages.
    static func hex(_ bytes: [UInt8]) -> String {
        bytes.isEmpty ? "(no bytes)" : bytes.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
    }
}
