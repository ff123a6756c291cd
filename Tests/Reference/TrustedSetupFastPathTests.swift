import Curves
import Foundation
import Testing

@testable import KZG

/// The mainnet setup skips its subgroup and consistency checks when its SHA-256 matches the committed hash; these
/// tests are what makes that safe: they run every check on those very bytes, and show that any other bytes take the
/// full path.
@Suite struct TrustedSetupFastPathTests {
    static let mainnetText = try! String(contentsOfFile: KZGFixtures.trustedSetupPath, encoding: .utf8)

    @Test("the committed file is the one the hash names, so it takes the fast path")
    func committedFileMatchesHash() {
        #expect(TrustedSetup.isMainnet(Self.mainnetText))
    }

    @Test("the committed mainnet setup passes every check: subgroups and consistency")
    func mainnetPassesFullValidation() throws {
        let checked = try TrustedSetup(parsing: Self.mainnetText, fullValidation: true)
        let fast = try TrustedSetup(parsing: Self.mainnetText)
        #expect(checked.g1Lagrange == fast.g1Lagrange)
        #expect(checked.g1Monomial == fast.g1Monomial)
        #expect(checked.g2Monomial == fast.g2Monomial)
        // Every point is in its subgroup (as the full path checked while decoding).
        #expect(fast.g1Monomial.allSatisfy(\.isInSubgroup) && fast.g2Monomial.allSatisfy(\.isInSubgroup))
    }

    @Test("a copy that differs in one point is fully validated and refused")
    func alteredCopyIsValidated() {
        var lines = Self.mainnetText.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Swap two Lagrange points: every point still decodes and lies in G1, only the consistency check can tell.
        lines.swapAt(2, 3)
        let altered = lines.joined(separator: "\n")
        #expect(!TrustedSetup.isMainnet(altered))
        #expect {
            try TrustedSetup(parsing: altered)
        } throws: { error in
            if case .inconsistent = error as? TrustedSetupError { return true }
            return false
        }
    }

    @Test("a point outside G1 is refused when the subgroup is checked, and decodes when it is not")
    func subgroupCheckIsSkippedOnlyOnRequest() throws {
        // x = 0 ... the first x whose y² = x³ + 4 is a square, on E(Fp) but (with overwhelming probability, and
        // checked below) not in G1: the cofactor is about 2^126.
        var x: UInt8 = 0
        while true {
            var bytes = [UInt8](repeating: 0, count: 48)
            bytes[47] = x
            bytes[0] |= 0x80
            if let point = try? G1Affine(compressed: bytes, checkingSubgroup: false) {
                #expect(!point.isInSubgroup)
                #expect(throws: PointDecodingError.notInSubgroup) { try G1Affine(compressed: bytes) }
                return
            }
            x += 1
        }
    }
}
