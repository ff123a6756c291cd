import Curves
import Fields
import Foundation
import HiddenTestSupport
import KZG
import MSM
import Polynomials
import Testing

private func randomPolynomial(_ domain: EvaluationDomain, using generator: inout SeededGenerator)
    -> PolynomialInEvaluationForm
{
    try! PolynomialInEvaluationForm(
        evaluations: (0..<domain.size).map { _ in Fr.random(using: &generator) },
        domain: domain)
}

/// Hex digits without `0x`, as the setup file and ckzg's peer script write bytes.
func plainHex(_ bytes: [UInt8]) -> String { bytes.map { String(format: "%02x", $0) }.joined() }

/// The text format of a setup, as the ceremony files are written (Lagrange points in natural order).
private func setupText(_ setup: TrustedSetup) -> [String] {
    let lagrange = try! bitReversalPermutation(setup.g1Lagrange)
    return ["\(setup.g1Lagrange.count)", "\(setup.g2Monomial.count)"]
        + lagrange.map { plainHex($0.compressed) }
        + setup.g2Monomial.map { plainHex($0.compressed) }
        + setup.g1Monomial.map { plainHex($0.compressed) }
}

private let g1PowersRejected = TrustedSetupError.inconsistent(
    reason: "the G1 points are not successive powers of the secret in [s]G2")
private let g2PowersRejected = TrustedSetupError.inconsistent(
    reason: "the G2 points are not successive powers of the secret in [s]G1")
private let lagrangeRejected = TrustedSetupError.inconsistent(
    reason: "the Lagrange points are not the Lagrange basis at the secret of the powers")

@Suite("KZG")
struct KZGTests {
    static let secret = Fr(0x5eed_0f_5ec2e7)
    static let setup = try! TrustedSetup.insecureForTesting(secret: secret, size: 16, g2Count: 4)

    @Test("the insecure setup holds the powers of its secret and passes the consistency checks")
    func insecureSetup() throws {
        let setup = Self.setup
        #expect(setup.g1Lagrange.count == 16 && setup.g1Monomial.count == 16 && setup.g2Monomial.count == 4)
        #expect(G1Projective(setup.g1Monomial[3]) == G1Affine.generator * Self.secret.pow(3))
        #expect(G2Projective(setup.g2Monomial[1]) == G2Affine.generator * Self.secret)
        try setup.validateConsistency()
        #expect(throws: TrustedSetupError.unsupportedSize(12)) {
            try TrustedSetup.insecureForTesting(secret: Self.secret, size: 12)
        }
        #expect(throws: TrustedSetupError.unsupportedSize(1)) {
            try TrustedSetup.insecureForTesting(secret: Self.secret, size: 16, g2Count: 1)
        }
        // One G1 point is a power of two, but leaves no [s]G1 for the consistency checks.
        #expect(throws: TrustedSetupError.unsupportedSize(1)) {
            _ = try TrustedSetup.insecureForTesting(secret: Self.secret, size: 1)  // a wrong success is not printed
        }
    }

    @Test("a commitment is [p(s)]G1 and equals the MSM of the coefficients with the monomial points")
    func commitment() throws {
        var generator = TestSeed.generator()
        let polynomial = randomPolynomial(Self.setup.domain, using: &generator)
        let commitment = try Self.setup.commit(to: polynomial)
        #expect(G1Projective(commitment) == G1Affine.generator * polynomial.evaluate(at: Self.secret))
        let monomial = try multiScalarMultiplication(points: Self.setup.g1Monomial, scalars: polynomial.coefficients)
        #expect(G1Projective(commitment) == monomial)
    }

    @Test("a polynomial on another domain is a typed error")
    func domainMismatch() throws {
        let other = try PolynomialInEvaluationForm(
            evaluations: [Fr](repeating: .one, count: 8),
            domain: EvaluationDomain(size: 8))
        #expect(throws: KZGError.domainSizeMismatch(setup: 16, polynomial: 8)) { try Self.setup.commit(to: other) }
        #expect(throws: KZGError.domainSizeMismatch(setup: 16, polynomial: 8)) {
            try Self.setup.open(other, at: .one)
        }
    }

    @Test("the text format round-trips, and every kind of damage is reported with its line")
    func parsing() throws {
        let lines = setupText(Self.setup)
        let parsed = try TrustedSetup(parsing: lines.joined(separator: "\n") + "\n")
        #expect(parsed.g1Lagrange == Self.setup.g1Lagrange)
        #expect(parsed.g1Monomial == Self.setup.g1Monomial)
        #expect(parsed.g2Monomial == Self.setup.g2Monomial)

        func damaged(_ edit: (inout [String]) -> Void) -> String {
            var copy = lines
            edit(&copy)
            return copy.joined(separator: "\n")
        }
        #expect(throws: TrustedSetupError.malformedCount(line: 1)) {
            try TrustedSetup(parsing: damaged { $0[0] = "x16" })
        }
        #expect(throws: TrustedSetupError.unsupportedCount(line: 1, count: 12)) {
            try TrustedSetup(parsing: damaged { $0[0] = "12" })
        }
        #expect(throws: TrustedSetupError.missingLine(line: 38)) {
            try TrustedSetup(parsing: damaged { $0.removeLast() })
        }
        #expect(throws: TrustedSetupError.trailingContent(line: 39)) {
            try TrustedSetup(parsing: damaged { $0.append("00") })
        }
        #expect(throws: TrustedSetupError.malformedHex(line: 7, expected: 48)) {
            try TrustedSetup(parsing: damaged { $0[6] = String($0[6].dropLast(2)) })
        }
        #expect(throws: TrustedSetupError.malformedHex(line: 20, expected: 96)) {
            try TrustedSetup(parsing: damaged { $0[19] = "zz" + $0[19].dropFirst(2) })
        }
        // A changed x is off the curve, or on it but (the cofactor being huge) outside the subgroup.
        let offCurve = damaged { lines in
            var digits = Array(lines[10].utf8)
            digits[digits.count - 1] = digits.last == UInt8(ascii: "0") ? UInt8(ascii: "1") : UInt8(ascii: "0")
            lines[10] = String(decoding: digits, as: UTF8.self)
        }
        #expect {
            try TrustedSetup(parsing: offCurve)
        } throws: { error in
            guard case .invalidPoint(line: 11, _) = error as? TrustedSetupError else { return false }
            return true
        }
        // Monomial points where the Lagrange points belong: every point valid, but not a Lagrange basis.
        let swapped = damaged { lines in lines.replaceSubrange(2..<18, with: lines[22..<38]) }
        #expect(throws: lagrangeRejected) { try TrustedSetup(parsing: swapped) }
        // The G2 powers of another secret: each point valid, but the two lists disagree.
        let otherSecret = try TrustedSetup.insecureForTesting(secret: Self.secret + .one, size: 16, g2Count: 4)
        let mixed = damaged { lines in lines.replaceSubrange(18..<22, with: setupText(otherSecret)[18..<22]) }
        #expect(throws: g1PowersRejected) { try TrustedSetup(parsing: mixed) }
        #expect(throws: TrustedSetupError.unreadable(path: "/nonexistent/setup.txt")) {
            try TrustedSetup(contentsOfFile: "/nonexistent/setup.txt")
        }
    }

    @Test("a later point that is valid but not the right power, or Lagrange points out of order, is refused")
    func damagedLaterPoints() throws {
        let lines = setupText(Self.setup)
        // Lines 1-2 are the counts, then 16 Lagrange points (indices 2..<18), 4 G2 powers (18..<22) and 16 G1
        // powers (22..<38). Each replacement is a valid point of the subgroup, so only the consistency checks can
        // find it; the first powers, [s]G1 and [s]G2 and the sum of the Lagrange points stay as they were, so the
        // checks of those alone would pass.
        func replaced(_ index: Int, by point: String) -> String {
            var copy = lines
            copy[index] = point
            return copy.joined(separator: "\n")
        }
        let otherG1 = plainHex(G1Affine(G1Affine.generator * Fr(12345)).compressed)
        let otherG2 = plainHex(G2Affine(G2Affine.generator * Fr(12345)).compressed)
        // [s^5]G1, in the middle, and [s^15]G1, the last, which only one side of the G1 check multiplies.
        #expect(throws: g1PowersRejected) { try TrustedSetup(parsing: replaced(22 + 5, by: otherG1)) }
        #expect(throws: g1PowersRejected) { try TrustedSetup(parsing: replaced(22 + 15, by: otherG1)) }
        // [s^2]G2 and [s^3]G2, the last.
        #expect(throws: g2PowersRejected) { try TrustedSetup(parsing: replaced(18 + 2, by: otherG2)) }
        #expect(throws: g2PowersRejected) { try TrustedSetup(parsing: replaced(18 + 3, by: otherG2)) }
        // Two Lagrange points exchanged: each is a true basis point and their sum is unchanged, but they are now
        // paired with the wrong roots of unity.
        var swapped = lines
        swapped.swapAt(2 + 3, 2 + 9)
        #expect(throws: lagrangeRejected) { try TrustedSetup(parsing: swapped.joined(separator: "\n")) }
        // The undamaged text still loads (so the rejections above are the damage's doing).
        _ = try TrustedSetup(parsing: lines.joined(separator: "\n"))
    }

    @Test("a file with CRLF line ends reads as the same setup")
    func crlfLineEnds() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("setup-crlf-\(UUID()).txt")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data((setupText(Self.setup).joined(separator: "\r\n") + "\r\n").utf8).write(to: file)
        let parsed = try TrustedSetup(contentsOfFile: file.path)
        #expect(parsed.g1Lagrange == Self.setup.g1Lagrange)
        #expect(parsed.g1Monomial == Self.setup.g1Monomial)
        #expect(parsed.g2Monomial == Self.setup.g2Monomial)
    }

    @Test("a setup of one G1 point is refused with the count's line, not left to crash the consistency checks")
    func singleG1Point() throws {
        // Well formed in every other way: [L_0(s)]G1 = [s^0]G1 = G1 for n = 1, and two G2 powers.
        let generator = plainHex(G1Affine.generator.compressed)
        let text = ["1", "2", generator] + Self.setup.g2Monomial[..<2].map { plainHex($0.compressed) } + [generator]
        #expect(throws: TrustedSetupError.unsupportedCount(line: 1, count: 1)) {
            _ = try TrustedSetup(parsing: text.joined(separator: "\n") + "\n")  // a wrong success is not printed
        }
    }

    @Test("the mainnet setup loads: 4096 G1 points in each form and 65 G2 points")
    func mainnetSetup() throws {
        let setup = try KZGFixtures.mainnet.get().setup
        #expect(setup.g1Lagrange.count == 4096 && setup.g1Monomial.count == 4096 && setup.g2Monomial.count == 65)
        #expect(setup.domain.size == 4096)
    }
}
