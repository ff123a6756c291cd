import GMP
import HiddenTestSupport
import Limbs
import Testing

/// Limb arithmetic against GMP on random and edge values.
@Suite struct LimbsTests {
    static let cases = 10_000

    /// Random values mixed with the edges where carries and borrows ripple: 0, 1, all ones, single high bits.
    static func values<T: FixedWidthLimbs>(_: T.Type, count: Int, generator: inout SeededGenerator) -> [T] {
        var edges: [T] = [.zero, T(1), T(limbs: Array(repeating: .max, count: T.limbCount))]
        for limb in 0..<T.limbCount {
            var high = T.zero
            high[limb: limb] = 1 << 63
            edges.append(high)
            var ones = T.zero
            ones[limb: limb] = .max
            edges.append(ones)
        }
        let random = (0..<count).map { _ in T(limbs: (0..<T.limbCount).map { _ in generator.next() }) }
        return edges + random
    }

    static func gmp<T: FixedWidthLimbs>(_ x: T) -> GMPInteger { GMPInteger(limbs: x.limbs) }

    func checkAddSubMul<T: FixedWidthLimbs>(_ type: T.Type) {
        var generator = TestSeed.generator(for: "limbs-\(T.self)")
        let xs = Self.values(T.self, count: Self.cases, generator: &generator)
        let ys = xs.shuffled(using: &generator)
        let wrap = GMPInteger(1) << T.bitCount
        for (x, y) in zip(xs, ys) {
            let (sum, carry) = x.addingReportingCarry(y)
            let exactSum = Self.gmp(x) + Self.gmp(y)
            #expect(Self.gmp(sum) == exactSum % wrap, seeded("\(x) + \(y)"))
            #expect(carry == (exactSum >> T.bitCount == GMPInteger(1)), seeded("carry of \(x) + \(y)"))

            let (difference, borrow) = x.subtractingReportingBorrow(y)
            #expect(Self.gmp(difference) == (Self.gmp(x) - Self.gmp(y)) % wrap, seeded("\(x) - \(y)"))
            #expect(borrow == (Self.gmp(x) < Self.gmp(y)), seeded("borrow of \(x) - \(y)"))
            #expect((x < y) == (Self.gmp(x) < Self.gmp(y)), seeded("\(x) < \(y)"))

            #expect(GMPInteger(limbs: x.multipliedFullWidth(by: y)) == Self.gmp(x) * Self.gmp(y), seeded("\(x) * \(y)"))
        }
    }

    @Test func addSubtractMultiply256() { checkAddSubMul(UInt256.self) }
    @Test func addSubtractMultiply384() { checkAddSubMul(UInt384.self) }

    @Test func shifts() {
        var generator = TestSeed.generator()
        let wrap = GMPInteger(1) << 384
        for x in Self.values(UInt384.self, count: Self.cases, generator: &generator) {
            for bits in [0, 1, 7, 63, 64, 65, 127, 128, 200, 383] {
                #expect(Self.gmp(x.shiftedLeft(by: bits)) == (Self.gmp(x) << bits) % wrap, seeded("\(x) << \(bits)"))
                #expect(Self.gmp(x.shiftedRight(by: bits)) == Self.gmp(x) >> bits, seeded("\(x) >> \(bits)"))
            }
            #expect(x.bitWidth == Self.gmp(x).bitWidth, seeded("bit width of \(x)"))
        }
    }

    @Test func bytesAndHex() throws {
        var generator = TestSeed.generator()
        for x in Self.values(UInt256.self, count: Self.cases, generator: &generator) {
            #expect(x.bigEndianBytes == Self.gmp(x).bigEndianBytes(count: 32), seeded("bytes of \(x)"))
            #expect(try UInt256(bigEndianBytes: x.bigEndianBytes) == x, seeded("bytes round trip of \(x)"))
            #expect(x.hex == Self.gmp(x).hex, seeded("hex of \(x)"))
            #expect(UInt256(hex: x.hex) == x, seeded("hex round trip of \(x)"))
        }
        #expect(throws: LimbsError.wrongLength(expected: 32, got: 31)) {
            try UInt256(bigEndianBytes: [UInt8](repeating: 0, count: 31))
        }
        #expect(UInt256(hex: "0x") == nil)
        #expect(UInt256(hex: "0xg1") == nil)
        #expect(UInt256(hex: "0x\u{FF11}") == nil, "a fullwidth digit is not hex")
        #expect(UInt256(hex: "0x\u{FF21}0") == nil, "a fullwidth letter is not hex")
        #expect(
            UInt256(hex: "0x1" + String(repeating: "0", count: 64)) == nil, seeded("65 digits do not fit in 256 bits"))
    }

    @Test func oneLimbSteps() {
        var generator = TestSeed.generator()
        let edges: [UInt64] = [0, 1, .max, .max - 1, 1 << 63]
        let values = edges + (0..<Self.cases).map { _ in generator.next() }
        for (a, b) in zip(values, values.shuffled(using: &generator)) {
            for carry: UInt64 in [0, 1] {
                let (sum, carryOut) = addWithCarry(a, b, carry: carry)
                #expect(
                    GMPInteger(limbs: [sum, carryOut]) == GMPInteger(a) + GMPInteger(b) + GMPInteger(carry),
                    seeded("\(a) + \(b) + \(carry)"))
                let (difference, borrowOut) = subtractWithBorrow(a, b, borrow: carry)
                let exact = GMPInteger(a) - GMPInteger(b) - GMPInteger(carry)
                #expect(GMPInteger(difference) == exact % (GMPInteger(1) << 64), seeded("\(a) - \(b) - \(carry)"))
                #expect((borrowOut == 1) == exact.isNegative, seeded("borrow of \(a) - \(b) - \(carry)"))
                let (low, high) = multiplyAdd(a, b, a, carry: b)
                #expect(
                    GMPInteger(limbs: [low, high]) == GMPInteger(a) * GMPInteger(b) + GMPInteger(a) + GMPInteger(b),
                    seeded("\(a)·\(b) + \(a) + \(b)"))
            }
        }
    }
}
