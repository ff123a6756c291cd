import Fields
import Limbs

/// Every multiple [d·2^(8i)]P of one fixed point, d = 1 … 255, i = 0 … 31, so that [k]P for a 256-bit k is at most
/// 32 mixed additions and no doubling: the fixed-base "windowed" method (Menezes, van Oorschot and Vanstone,
/// Handbook of Applied Cryptography, §14.6.3; here with one table per 8-bit digit of k).
///
/// 8,160 affine points (about 780 KB), built in a few milliseconds; worth it for a point multiplied many times,
/// such as the generator in every KZG verification. Not constant time: the digits of k choose table entries and
/// skip zero digits. Use it for public scalars only.
public struct G1FixedBaseTable: Sendable {
    /// `multiples[i][d − 1]` = [d·2^(8i)]P.
    private let multiples: [[G1Affine]]

    public init(_ point: G1Affine) {
        var windows: [[G1Affine]] = []
        var base = G1Projective(point)
        for _ in 0..<32 {
            var row = [base]
            for _ in 1..<255 { row.append(row[row.count - 1] + base) }
            windows.append(G1Affine.batchNormalized(row))
            for _ in 0..<8 { base = base.doubled() }
        }
        multiples = windows
    }

    /// [k]P.
    public func multiplied(by scalar: Fr) -> G1Projective {
        let digits = scalar.canonical.bigEndianBytes.reversed()  // least significant digit first
        var sum = G1Projective.identity
        for (window, digit) in digits.enumerated() where digit != 0 {
            sum += multiples[window][Int(digit) - 1]
        }
        return sum
    }
}
