import Curves
import Fields
import HiddenTestSupport
import Limbs
import Testing

/// The fixed-base table against plain double-and-add, on the digits where it could go wrong: zero digits skipped,
/// the largest digit 255 in every window, and the ends of the scalar range.
@Suite struct G1FixedBaseTableTests {
    @Test func agreesWithScalarMultiplication() throws {
        var generator = TestSeed.generator()
        let point = G1Affine(CurveTests.randomG1(using: &generator))
        let table = G1FixedBaseTable(point)
        var scalars: [Fr] = [.zero, .one, -Fr.one, Fr(255), Fr(256), Fr(0xff00)]
        // 2^248 − 1: every digit 255 but the top one; then a scalar with alternating zero bytes.
        scalars.append(try Fr(canonical: UInt256(hex: "0x" + String(repeating: "ff", count: 31))!))
        scalars.append(try Fr(canonical: UInt256(hex: "0x" + String(repeating: "00ab", count: 15))!))
        scalars += (0..<200).map { _ in Fr.random(using: &generator) }
        for k in scalars {
            #expect(table.multiplied(by: k) == G1Projective(point).multiplied(by: k.canonical), seeded("[\(k)]P"))
        }
    }
}
