import Chapter01Exercises
import GMP
import HiddenTestSupport
import Limbs

/// Inputs shared by chapter 1's suites: the limb values where carry and borrow chains break, and 256-bit values
/// built from them, mixed with uniformly random ones.
enum TestValues {
    static let exerciseFolder = "Sources/Exercises/01-big-integers"

    /// 2^256, the wrap-around of a `U256`.
    static let twoTo256 = GMPInteger(1) << 256

    /// One-limb values at the edges of carries and borrows.
    static let edgeLimbs: [UInt64] = [0, 1, 2, 0x7fff_ffff_ffff_ffff, 0x8000_0000_0000_0000,
                                      .max - 1, .max, 0x5555_5555_5555_5555, 0xaaaa_aaaa_aaaa_aaaa]

    /// 256-bit edge values: 0, 1, all ones, 2^k and 2^k − 1 at every limb boundary, one limb full, one limb
    /// with only its top bit, alternating bit patterns.
    static let edgeValues: [U256] = {
        var values: [UInt256] = [.zero, UInt256(1), UInt256(2), UInt256(limbs: [.max, .max, .max, .max]),
                                 UInt256(limbs: [.max - 1, .max, .max, .max]),
                                 UInt256(limbs: Array(repeating: 0x5555_5555_5555_5555, count: 4)),
                                 UInt256(limbs: Array(repeating: 0xaaaa_aaaa_aaaa_aaaa, count: 4))]
        for bits in [63, 64, 65, 127, 128, 129, 191, 192, 193, 255] {
            values.append(UInt256(1).shiftedLeft(by: bits))
            values.append(UInt256(limbs: GMPInteger(1).shiftedMinusOne(bits)))
        }
        for limb in 0 ..< 4 {
            var full = UInt256.zero
            full[limb: limb] = .max
            values.append(full)
            var top = UInt256.zero
            top[limb: limb] = 1 << 63
            values.append(top)
        }
        return values.map(learner)
    }()

    /// A random 256-bit value whose limbs are often at an edge (0, 1, all ones), so that long carry and borrow
    /// chains, rare among uniform values, come up in every run.
    static func structuredValue(using generator: inout SeededGenerator) -> U256 {
        func limb() -> UInt64 {
            switch generator.next() % 8 {
            case 0: 0
            case 1: 1
            case 2, 3: .max
            default: generator.next()
            }
        }
        return U256(limb(), limb(), limb(), limb())
    }

    static func uniformValue(using generator: inout SeededGenerator) -> U256 {
        U256(generator.next(), generator.next(), generator.next(), generator.next())
    }

    /// Every pair of edge values, then `count` random pairs, half uniform and half structured, and pairs whose
    /// sum is exactly 2^256 (a carry through all four limbs).
    static func pairs(count: Int, generator: inout SeededGenerator) -> [(U256, U256)] {
        var result: [(U256, U256)] = []
        for a in edgeValues { for b in edgeValues { result.append((a, b)) } }
        for index in 0 ..< count {
            let a = index % 2 == 0 ? uniformValue(using: &generator) : structuredValue(using: &generator)
            let b = index % 4 < 2 ? uniformValue(using: &generator) : structuredValue(using: &generator)
            result.append((a, b))
        }
        for _ in 0 ..< 100 {
            let a = uniformValue(using: &generator)
            let complement = (twoTo256 - gmp(a)) % twoTo256
            result.append((a, learner(UInt256(limbs: complement.limbs(count: 4)))))
        }
        return result
    }

    static func learner(_ value: UInt256) -> U256 {
        U256(value[limb: 0], value[limb: 1], value[limb: 2], value[limb: 3])
    }

    static func learner(_ value: GMPInteger) -> U256 {
        learner(UInt256(limbs: value.limbs(count: 4)))
    }

    static func reference(_ value: U256) -> UInt256 { UInt256(limbs: value.limbs) }

    static func gmp(_ value: U256) -> GMPInteger { GMPInteger(limbs: value.limbs) }

    /// Hex through the reference, so messages never depend on the learner's own `hex`.
    static func hex(_ value: U256) -> String { reference(value).hex }

    static func hex(_ limb: UInt64) -> String { "0x" + String(limb, radix: 16) }
}

extension GMPInteger {
    /// The limbs of 2^bits − 1.
    fileprivate func shiftedMinusOne(_ bits: Int) -> [UInt64] {
        ((self << bits) - GMPInteger(1)).limbs(count: 4)
    }
}

/// A sum or difference with its carry or borrow, comparable in one `==`.
struct WithFlag: Equatable, Sendable {
    let value: U256
    let flag: Bool
}

/// One limb with its carry or borrow.
struct LimbWithFlag: Equatable, Sendable {
    let limb: UInt64
    let flag: Bool
}
