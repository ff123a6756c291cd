import Chapter02Exercises
import Fields
import GMP
import HiddenTestSupport
import Limbs

/// The learner's field element; `Fields.Fr` is the reference's, always written out in full.
typealias LearnerFr = Chapter02Exercises.Fr

/// Chapter 2's oracle: Montgomery forms and field operations computed with GMP, so that no check depends on the
/// learner's own conversions.
enum TestField {
    static let exerciseFolder = "Sources/Exercises/02-scalar-field"

    static let r = GMPInteger(limbs: Fields.Fr.modulus.limbs)
    static let twoTo256 = GMPInteger(1) << 256
    static let rInverseOfR = twoTo256.inverse(modulo: r)!

    /// The element whose canonical value is `value` (below r), built from GMP's value·2^256 mod r.
    static func learner(canonical value: GMPInteger) -> LearnerFr {
        LearnerFr(montgomery: u256((value * twoTo256) % r))
    }

    /// The canonical value of a learner's element, as GMP computes it from the raw Montgomery form.
    static func canonical(_ element: LearnerFr) -> GMPInteger {
        (gmp(element.montgomery) * rInverseOfR) % r
    }

    static func u256(_ value: GMPInteger) -> UInt256 { UInt256(limbs: value.limbs(count: 4)) }

    static func gmp(_ value: UInt256) -> GMPInteger { GMPInteger(limbs: value.limbs) }

    static func gmp(_ element: Fields.Fr) -> GMPInteger { GMPInteger(limbs: element.canonical.limbs) }

    static func hex(_ value: UInt256) -> String { gmp(value).hex }

    /// An element as the learner sees it: its value, and its Montgomery form (flagged if it is not below r).
    static func describe(_ element: LearnerFr) -> String {
        let form = gmp(element.montgomery)
        let note = form < r ? "" : " (not below r: not a valid Montgomery form)"
        return "\(canonical(element).hex) (Montgomery form \(form.hex)\(note))"
    }

    /// Canonical values where field code breaks: 0, 1, 2, r − 1, r − 2, (r ± 1)/2, powers of two and their
    /// predecessors, R mod r and R² mod r, then uniformly random elements from the reference.
    static func values(count: Int, generator: inout SeededGenerator) -> [GMPInteger] {
        let one = GMPInteger(1)
        var values: [GMPInteger] = [
            GMPInteger(0), one, GMPInteger(2), r - one, r - GMPInteger(2), r >> 1,
            (r >> 1) + one, twoTo256 % r, (twoTo256 * twoTo256) % r, r - (one << 64),
        ]
        for bits in [1, 32, 63, 64, 65, 127, 128, 191, 192, 253, 254] {
            values.append(one << bits)
            values.append((one << bits) - one)
        }
        for _ in 0..<count { values.append(gmp(Fields.Fr.random(using: &generator))) }
        return values
    }

    /// Pairs from `values`: every pair of the edge values, then random pairs.
    static func pairs(count: Int, generator: inout SeededGenerator) -> [(GMPInteger, GMPInteger)] {
        let edges = values(count: 0, generator: &generator)
        var result: [(GMPInteger, GMPInteger)] = []
        for a in edges { for b in edges { result.append((a, b)) } }
        for _ in 0..<count {
            result.append((gmp(Fields.Fr.random(using: &generator)), gmp(Fields.Fr.random(using: &generator))))
        }
        return result
    }
}
