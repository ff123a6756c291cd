import Chapter08Exercises
import Curves
import Fields
import HiddenTestSupport
import Synchronization
import Testing

/// `msm-pippenger`: the sum against `Curves`' scalar multiplication (shared with the reference's tests:
/// `Tests/Suites/08-msm`), and its cost, counted in group operations rather than timed.
@Suite struct PippengerTests {
    static let file = Learner.file("Pippenger.swift")

    @Test func againstScalarMultiplication() { Learner.checks.pippenger(file: Self.file) }

    /// With windows of c bits, n points may cost at most 1.5 · ⌈255/c⌉ · (n + 2^(c+1)) additions and 1.5 · 255
    /// doublings: a bucket method is within that, one scalar multiplication per point (255 doublings each) is not.
    /// The learner's code runs on `CountedG1`, whose operations count themselves. Learner-only: the reference's
    /// MSM is written for its own XYZZ coordinates, not for an `MSMGroup`.
    @Test func groupOperationsWithinBudget() {
        var generator = TestSeed.generator(for: "Chapter08.pippengerCost")
        var cases: [(points: [CountedG1], scalars: [Fr], windowBits: Int)] = []
        for (count, c) in [(64, 4), (64, 6), (1024, 8)] {
            let points = (0..<count).map { _ in CountedG1(G1Projective.generator * Fr.random(using: &generator)) }
            cases.append((points, (0..<count).map { _ in Fr.random(using: &generator) }, c))
        }
        checkLearnerProperty(
            "pippenger(points:scalars:windowBits:)", in: Self.file, cases: cases,
            input: { "\($0.points.count) random points and scalars, windowBits: \($0.windowBits)" },
            holds: { points, scalars, c in
                let before = CountedG1.counts
                let sum = pippenger(points: points, scalars: scalars, windowBits: c)
                let after = CountedG1.counts
                let (additions, doublings) = (after.additions - before.additions, after.doublings - before.doublings)
                let n = points.count
                let additionBudget = 3 * ((255 + c - 1) / c) * (n + (2 << c)) / 2
                let doublingBudget = 3 * 255 / 2
                guard additions <= additionBudget, doublings <= doublingBudget else {
                    return "\(additions) additions and \(doublings) doublings; a bucket method with c = \(c) needs "
                        + "at most \(additionBudget) additions and \(doublingBudget) doublings"
                }
                let expected = zip(points, scalars).reduce(G1Projective.identity) { $0 + $1.0.point * $1.1 }
                return sum.point == expected ? nil : "the sum is \(sum.point), expected \(expected)"
            })
    }
}

/// A G1 point whose group operations count themselves, in counters shared by every `CountedG1`.
///
/// Only `groupOperationsWithinBudget` uses it, one case at a time, so the counts between two readings are the
/// operations of one call (the learner's code may run on several threads, hence the lock).
struct CountedG1: MSMGroup {
    let point: G1Projective

    init(_ point: G1Projective) { self.point = point }

    static var identity: CountedG1 { CountedG1(.identity) }

    static func + (a: CountedG1, b: CountedG1) -> CountedG1 {
        counter.withLock { $0.additions += 1 }
        return CountedG1(a.point + b.point)
    }

    static prefix func - (a: CountedG1) -> CountedG1 { CountedG1(-a.point) }

    func doubled() -> CountedG1 {
        Self.counter.withLock { $0.doublings += 1 }
        return CountedG1(point.doubled())
    }

    static var counts: (additions: Int, doublings: Int) { counter.withLock { ($0.additions, $0.doublings) } }

    private static let counter = Mutex((additions: 0, doublings: 0))
}
