import Chapter02Exercises
import Fields
import GMP
import HiddenTestSupport
import Limbs
import Testing

/// `fr-square-root`: any root of a square is accepted, and must square back to it (checked with GMP); a
/// non-residue (by the reference's Legendre symbol and by GMP's) must give nil. Edges: 0, 1, −1, and the roots of
/// unity of every order 2^k, k ≤ 32, which drive Tonelli–Shanks through its longest loops.
@Suite struct SquareRootTests {
    static let file = "\(TestField.exerciseFolder)/SquareRoot.swift"

    static func check(_ values: [GMPInteger]) {
        checkLearnerProperty(
            "squareRoot()", in: file, cases: values,
            input: { "the square root of \($0.hex)" },
            // Each root costs two exponentiations in unoptimised learner code: allow for a slow machine.
            timeout: .seconds(120),
            holds: { value in
                let root = TestField.learner(canonical: value).squareRoot()
                let isSquare = value.legendre(TestField.r) >= 0
                guard let root else {
                    return isSquare ? "returned nil, but \(value.hex) is a square" : nil
                }
                guard isSquare else {
                    return "returned \(TestField.describe(root)), but \(value.hex) is not a square"
                }
                guard TestField.gmp(root.montgomery) < TestField.r else {
                    return "returned \(TestField.describe(root))"
                }
                let rootValue = TestField.canonical(root)
                guard (rootValue * rootValue) % TestField.r == value else {
                    return "returned \(rootValue.hex), whose square is \(((rootValue * rootValue) % TestField.r).hex)"
                }
                return nil
            })
    }

    /// Squares of random elements, and the same number of random elements (about half of them non-residues).
    @Test func randomElements() {
        var generator = TestSeed.generator(for: "\(Self.self).\(#function)")
        var values: [GMPInteger] = []
        for _ in 0..<300 {
            let root = TestField.gmp(Fields.Fr.random(using: &generator))
            values.append((root * root) % TestField.r)
            values.append(TestField.gmp(Fields.Fr.random(using: &generator)))
        }
        let nonResidues = values.filter {
            Fields.Fr.Canonical(limbs: $0.limbs(count: 4)) != .zero
                && (try! Fields.Fr(canonical: Fields.Fr.Canonical(limbs: $0.limbs(count: 4)))).legendreSymbol == -1
        }
        // The reference and GMP must agree on which values have roots, or this test would check nothing.
        #expect(nonResidues.allSatisfy { $0.legendre(TestField.r) == -1 })
        #expect(nonResidues.count > 50)
        Self.check(values)
    }

    @Test func edgeValues() {
        var generator = TestSeed.generator(for: "\(Self.self).\(#function)")
        var values = TestField.values(count: 0, generator: &generator)
        values.append(TestField.r - GMPInteger(1))
        values.append(GMPInteger(7))
        values.append(GMPInteger(49))
        for log2Order in 0...32 {
            let root = TestField.gmp(Fields.Fr.rootOfUnity(log2Order: log2Order))
            values.append(root)
            // A root of unity times a square: a square exactly when the root is one.
            values.append((root * GMPInteger(9)) % TestField.r)
        }
        Self.check(values)
    }
}
