import Chapter02Exercises
import Fields
import GMP
import HiddenTestSupport
import Limbs
import Testing

/// `fr-random`: the documented rejection sampler, driven by a scripted generator whose words are chosen to be
/// rejected or accepted, then statistical sanity of many draws, then the system generator.
@Suite struct RandomTests {
    static let file = "\(TestField.exerciseFolder)/Random.swift"

    /// Returns the words it was given, in order, then zeros; counts how many were asked for.
    struct ScriptedGenerator: RandomNumberGenerator {
        let words: [UInt64]
        var used = 0
        mutating func next() -> UInt64 {
            defer { used += 1 }
            return used < words.count ? words[used] : 0
        }
    }

    struct Draw: Equatable, Sendable {
        let element: LearnerFr
        let wordsUsed: Int
    }

    /// A script: candidates of four words each; all but the last must be rejected.
    struct Script: Sendable {
        let candidates: [[UInt64]]
        var words: [UInt64] { candidates.flatMap { $0 } }
    }

    static func limbs(_ value: GMPInteger) -> [UInt64] { value.limbs(count: 4) }

    /// Candidates rejected because they are r or more once bit 255 is cleared, and candidates accepted only
    /// because bit 255 is cleared first.
    static func scripts(generator: inout SeededGenerator) -> [Script] {
        let one = GMPInteger(1)
        let r = TestField.r
        let topBit = one << 255
        let rejected = [r, r + one, topBit - one, topBit + r, TestField.twoTo256 - one]
        let accepted = [GMPInteger(0), one, r - one, topBit + r - one, topBit, topBit + GMPInteger(5)]
        var scripts: [Script] = []
        for value in accepted { scripts.append(Script(candidates: [limbs(value)])) }
        for bad in rejected {
            for good in accepted { scripts.append(Script(candidates: [limbs(bad), limbs(good)])) }
        }
        scripts.append(Script(candidates: rejected.map(limbs) + [limbs(GMPInteger(42))]))
        // Random scripts: up to three rejected candidates (values in [r, 2^255) with or without bit 255), then a
        // random word quadruple whose low 255 bits are below r.
        for _ in 0..<1_000 {
            var candidates: [[UInt64]] = []
            for _ in 0..<Int(generator.next() % 4) {
                let span = topBit - r
                let value = r + GMPInteger(limbs: (0..<4).map { _ in generator.next() }) % span
                candidates.append(limbs(generator.next() & 1 == 0 ? value : value + topBit))
            }
            var good = (0..<4).map { _ in generator.next() }
            while !(GMPInteger(limbs: good) % topBit < r) { good = (0..<4).map { _ in generator.next() } }
            candidates.append(good)
            scripts.append(Script(candidates: candidates))
        }
        return scripts
    }

    @Test func rejectionSampling() {
        var generator = TestSeed.generator(for: "\(Self.self).\(#function)")
        checkLearnerFunction(
            "random(using:)", in: Self.file, cases: Self.scripts(generator: &generator),
            input: { script in
                let words = script.words.map { "0x" + String($0, radix: 16) }.joined(separator: ", ")
                return "a generator returning the words \(words) (then zeros)"
            },
            output: { (draw: Draw) in "\(TestField.describe(draw.element)) after \(draw.wordsUsed) words" },
            expected: { script in
                let chosen = GMPInteger(limbs: script.candidates.last!) % (GMPInteger(1) << 255)
                return Draw(element: TestField.learner(canonical: chosen), wordsUsed: 4 * script.candidates.count)
            },
            actual: { script in
                var scripted = ScriptedGenerator(words: script.words)
                let element = LearnerFr.random(using: &scripted)
                return Draw(element: element, wordsUsed: scripted.used)
            })
    }

    /// 16,000 draws from a seeded generator: all valid and distinct, and spread evenly over 16 equal slices of
    /// [0, r) (chi-squared with 15 degrees of freedom below 50: a false alarm about once in 10^5 runs).
    @Test func distribution() {
        checkLearnerProperty(
            "random(using:)", in: Self.file, cases: [TestSeed.generator(for: "\(Self.self).\(#function)")],
            input: { _ in "16,000 draws from a generator seeded with WORKBOOK_SEED=\(TestSeed.value)" },
            holds: { seeded in
                var generator = seeded
                var counts = [Int](repeating: 0, count: 16)
                var seen = Set<LearnerFr>()
                let draws = 16_000
                for _ in 0..<draws {
                    let element = LearnerFr.random(using: &generator)
                    guard TestField.gmp(element.montgomery) < TestField.r else {
                        return "drew \(TestField.describe(element))"
                    }
                    guard seen.insert(element).inserted else {
                        return "drew \(TestField.describe(element)) twice"
                    }
                    // The slice index is ⌊16·x / r⌋: how many of r, 2r, …, 15r are at most 16·x.
                    let sixteenX = TestField.canonical(element) * GMPInteger(16)
                    counts[(1..<16).filter { !(sixteenX < TestField.r * GMPInteger(UInt64($0))) }.count] += 1
                }
                let expected = Double(draws) / 16
                let chiSquared = counts.reduce(0.0) { sum, count in
                    sum + (Double(count) - expected) * (Double(count) - expected) / expected
                }
                return chiSquared < 50 ? nil : "the draws fall unevenly over 16 slices of [0, r): \(counts)"
            })
    }

    @Test func systemGenerator() {
        checkLearnerProperty(
            "random()", in: Self.file, cases: [1_000],
            input: { "\($0) draws from the system generator" },
            holds: { count in
                var seen = Set<LearnerFr>()
                for _ in 0..<count {
                    let element = LearnerFr.random()
                    guard TestField.gmp(element.montgomery) < TestField.r else {
                        return "drew \(TestField.describe(element))"
                    }
                    seen.insert(element)
                }
                return seen.count == count ? nil : "only \(seen.count) distinct values in \(count) draws"
            })
    }
}
