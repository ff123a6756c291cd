import Chapter01Exercises
import GMP
import HiddenTestSupport

/// Inputs shared by chapter 1's suites: the limb values where carry and borrow chains break, and 256-bit values
/// built from them, mixed with uniformly random ones. GMP is the oracle: it computes every expected answer.
enum TestValues {
    static let exerciseFolder = "Sources/Exercises/01-big-integers"

    /// 2^256, the wrap-around of a `UInt256`.
    static let twoTo256 = GMPInteger(1) << 256

    /// One-limb values at the edges of carries and borrows.
    static let edgeLimbs: [UInt64] = [
        0, 1, 2, 0x7fff_ffff_ffff_ffff, 0x8000_0000_0000_0000,
        .max - 1, .max, 0x5555_5555_5555_5555, 0xaaaa_aaaa_aaaa_aaaa,
    ]

    /// 256-bit edge values: 0, 1, all ones, 2^k and 2^k − 1 at every limb boundary, one limb full, one limb
    /// with only its top bit, alternating bit patterns.
    static let edgeValues: [UInt256] = {
        let one = GMPInteger(1)
        var values: [GMPInteger] = [
            GMPInteger(0), one, GMPInteger(2), twoTo256 - one, twoTo256 - GMPInteger(2),
            GMPInteger(limbs: Array(repeating: 0x5555_5555_5555_5555, count: 4)),
            GMPInteger(limbs: Array(repeating: 0xaaaa_aaaa_aaaa_aaaa, count: 4)),
        ]
        for bits in [63, 64, 65, 127, 128, 129, 191, 192, 193, 255] {
            values.append(one << bits)
            values.append((one << bits) - one)
        }
        for limb in 0..<4 {
            values.append(GMPInteger(.max) << (64 * limb))
            values.append(one << (64 * limb + 63))
        }
        return values.map(learner)
    }()

    /// A random 256-bit value whose limbs are often at an edge (0, 1, all ones), so that long carry and borrow
    /// chains, rare among uniform values, come up in every run.
    static func structuredValue(using generator: inout SeededGenerator) -> UInt256 {
        func limb() -> UInt64 {
            switch generator.next() % 8 {
            case 0: 0
            case 1: 1
            case 2, 3: .max
            default: generator.next()
            }
        }
        return UInt256(limbs: [limb(), limb(), limb(), limb()])
    }

    static func uniformValue(using generator: inout SeededGenerator) -> UInt256 {
        UInt256(limbs: [generator.next(), generator.next(), generator.next(), generator.next()])
    }

    /// Every pair of edge values, then `count` random pairs, half uniform and half structured, and pairs whose
    /// sum is exactly 2^256 (a carry through all four limbs).
    static func pairs(count: Int, generator: inout SeededGenerator) -> [(UInt256, UInt256)] {
        var result: [(UInt256, UInt256)] = []
        for a in edgeValues { for b in edgeValues { result.append((a, b)) } }
        for index in 0..<count {
            let a = index % 2 == 0 ? uniformValue(using: &generator) : structuredValue(using: &generator)
            let b = index % 4 < 2 ? uniformValue(using: &generator) : structuredValue(using: &generator)
            result.append((a, b))
        }
        for _ in 0..<100 {
            let a = uniformValue(using: &generator)
            result.append((a, learner((twoTo256 - gmp(a)) % twoTo256)))
        }
        return result
    }

    /// A value below 2^256 as the learner's type.
    static func learner(_ value: GMPInteger) -> UInt256 {
        UInt256(limbs: value.limbs(count: 4))
    }

    static func gmp(_ value: UInt256) -> GMPInteger { GMPInteger(limbs: value.limbs) }

    /// Hex through GMP, so messages never depend on the learner's own `hex`.
    static func hex(_ value: UInt256) -> String { gmp(value).hex }

    static func hex(_ limb: UInt64) -> String { "0x" + String(limb, radix: 16) }
}

/// A sum or difference with its carry or borrow, comparable in one `==`.
struct WithFlag: Equatable, Sendable {
    let value: UInt256
    let flag: Bool
}

/// One limb with its carry or borrow (0 or 1, as a limb).
struct LimbWithCarry: Equatable, Sendable {
    let limb: UInt64
    let carry: UInt64
}
