import Crypto
import Curves
import Fields
import Foundation
import MSM
import Pairing
import Polynomials

/// Why a trusted setup was refused. Errors about the file name the line (1-based) they found the problem on.
public enum TrustedSetupError: Error, Equatable, Sendable {
    /// The file could not be read.
    case unreadable(path: String)
    /// Line 1 or 2 is not a decimal count.
    case malformedCount(line: Int)
    /// The G1 count is below 2 or not a power of two (the Lagrange points need a domain of roots of unity, and the
    /// consistency checks need [s]G1), or the G2 count is below 2 (verification needs [s]G2).
    case unsupportedCount(line: Int, count: Int)
    /// The file ended before the points the header announced.
    case missingLine(line: Int)
    /// A point line is not hexadecimal of the right length (`expected` bytes).
    case malformedHex(line: Int, expected: Int)
    /// A point line does not decode to a point of the subgroup.
    case invalidPoint(line: Int, PointDecodingError)
    /// Something other than blank lines after the last point.
    case trailingContent(line: Int)
    /// The points are well formed but do not fit together as one setup; `reason` says which check failed.
    case inconsistent(reason: String)
    /// `insecureForTesting` was asked for a size it cannot build (fewer than 2 points of either group, or a G1
    /// count that is not a power of two).
    case unsupportedSize(Int)
}

/// Powers of a secret s hidden in the groups: what KZG commits and verifies with.
///
/// The standard text format (the one c-kzg-4844 and the Ethereum clients ship): line 1 the number n of G1 points,
/// line 2 the number m of G2 points, then n compressed G1 points [L_i(s)]G1 of the Lagrange basis on the n-th
/// roots of unity in natural order, m compressed G2 points [s^i]G2, n compressed G1 points [s^i]G1; all in hex
/// without `0x`. The Lagrange points are stored here bit-reversed, matching blobs (the spec's
/// `bit_reversal_permutation(KZG_SETUP_G1_LAGRANGE)`).
public struct TrustedSetup: Sendable {
    /// [L_i(s)]G1 in bit-reversed order of the roots: committing to evaluations is a single MSM with these.
    public let g1Lagrange: [G1Affine]
    /// [s^i]G1, i = 0 … n-1.
    public let g1Monomial: [G1Affine]
    /// [s^i]G2, i = 0 … m-1; verification uses [s]G2.
    public let g2Monomial: [G2Affine]
    /// The n-point domain the Lagrange basis is defined on.
    public let domain: EvaluationDomain
    /// The setup in `ReferenceBackend`'s forms, with the KZG protocol written once over any backend: commitments,
    /// openings and verification go through it (`KZGCommitments.swift`).
    public let settings: KZGSettings<ReferenceBackend>

    /// Reads and validates the setup file at `path` (see `init(parsing:)`).
    public init(contentsOfFile path: String) throws(TrustedSetupError) {
        guard let data = FileManager.default.contents(atPath: path),
            let text = String(data: data, encoding: .utf8)
        else { throw .unreadable(path: path) }
        try self.init(parsing: text)
    }

    /// SHA-256 of the mainnet setup as committed in `Data/kzg/trusted_setup.txt` (the file of c-kzg-4844 and the
    /// consensus specifications, from the Ethereum KZG ceremony), byte for byte with LF line ends.
    public static let mainnetSHA256 = "d39b9f2d047cc9dca2de58f264b6a09448ccd34db967881a6713eacacf0f26b7"

    /// Whether `text` is, byte for byte, the committed mainnet setup (its SHA-256 is `mainnetSHA256`).
    public static func isMainnet(_ text: String) -> Bool {
        let digest = SHA256.hash(data: Array(text.utf8))
        return digest.map { byte in String(byte, radix: 16).leftPadded(to: 2) }.joined() == mainnetSHA256
    }

    /// Parses and validates a setup in the text format: counts, hex, every point decoded with the on-curve and
    /// subgroup checks, then the checks of `validateConsistency`. Points are decoded on all cores. Lines may end
    /// in LF or CRLF.
    ///
    /// The one exception is the mainnet setup, recognised by its SHA-256 (`isMainnet`): its points are decoded and
    /// checked to be on their curves, but neither checked to be in their subgroups nor for consistency, which is
    /// nine tenths of the cost of loading. That is safe because the content is fixed: a collision or second
    /// preimage of SHA-256 aside, these are exactly the bytes that `TrustedSetupTests` loads with every check
    /// (`init(parsing:fullValidation: true)`), so the checks would give the same answer every time. A file that
    /// differs from it in a single byte (another setup, a corrupted or malicious copy, CRLF line ends) has another
    /// hash and is fully validated.
    public init(parsing text: String) throws(TrustedSetupError) {
        try self.init(parsing: text, fullValidation: !Self.isMainnet(text))
    }

    /// `init(parsing:)`, with the subgroup and consistency checks only when `fullValidation` (see there).
    init(parsing text: String, fullValidation: Bool) throws(TrustedSetupError) {
        // A String splits into Characters, and CR LF is one Character (one grapheme cluster), not CR then LF:
        // both line ends have to be named.
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        while lines.last?.isEmpty == true { lines.removeLast() }
        let g1Count = try Self.count(in: lines, line: 1)
        let g2Count = try Self.count(in: lines, line: 2)
        guard g1Count >= 2, g1Count & (g1Count - 1) == 0, g1Count.trailingZeroBitCount <= 32 else {
            throw .unsupportedCount(line: 1, count: g1Count)
        }
        guard g2Count >= 2 else { throw .unsupportedCount(line: 2, count: g2Count) }
        let lastLine = 2 + 2 * g1Count + g2Count
        guard lines.count >= lastLine else { throw .missingLine(line: lines.count + 1) }
        guard lines.count == lastLine else { throw .trailingContent(line: lastLine + 1) }

        // Lines are numbered from 1; the first point is on line 3.
        let lagrange: [G1Affine] = try Self.decode(lines, from: 3, count: g1Count, bytes: 48) {
            bytes throws(PointDecodingError) in
            try G1Affine(compressed: bytes, checkingSubgroup: fullValidation)
        }
        let g2: [G2Affine] = try Self.decode(lines, from: 3 + g1Count, count: g2Count, bytes: 96) {
            bytes throws(PointDecodingError) in
            try G2Affine(compressed: bytes, checkingSubgroup: fullValidation)
        }
        let monomial: [G1Affine] = try Self.decode(lines, from: 3 + g1Count + g2Count, count: g1Count, bytes: 48) {
            bytes throws(PointDecodingError) in
            try G1Affine(compressed: bytes, checkingSubgroup: fullValidation)
        }
        // Power of two up to 2^32, checked above.
        let domain = try! EvaluationDomain(size: g1Count)
        try self.init(lagrangeInNaturalOrder: lagrange, g1Monomial: monomial, g2Monomial: g2, domain: domain)
        if fullValidation { try validateConsistency() }
    }

    init(
        lagrangeInNaturalOrder lagrange: [G1Affine], g1Monomial: [G1Affine], g2Monomial: [G2Affine],
        domain: EvaluationDomain
    ) throws(TrustedSetupError) {
        // The count is the domain size, a power of two.
        g1Lagrange = try! bitReversalPermutation(lagrange)
        self.g1Monomial = g1Monomial
        self.g2Monomial = g2Monomial
        self.domain = domain
        // Both callers have checked that there are at least two G2 powers.
        settings = KZGSettings(g1LagrangeBitReversed: g1Lagrange.map(G1Projective.init), g2Secret: g2Monomial[1])
    }

    /// Checks that the three lists are one setup, every point of them, not only the first few:
    /// - [s^0]G1 and [s^0]G2 are the generators;
    /// - G1 powers: [s^(i+1)]G1 = s · [s^i]G1 for every i, where s is the secret of [s]G2;
    /// - G2 powers: [s^(i+1)]G2 = s · [s^i]G2 for every i, with the same s;
    /// - Lagrange points: [L_i(s)]G1 for that same s, in bit-reversed order.
    ///
    /// Each family of equations is folded into one by a random linear combination, as the Ethereum KZG ceremony
    /// specification advises (github.com/ethereum/kzg-ceremony-specs, README, "Pairing Checks": "Correct
    /// construction of G1 Powers", e([s^(i+1)]G1, G2) = e([s^i]G1, [s]G2), and "Random Linear combination"); the
    /// G2 powers are checked by the same relation with the groups exchanged. If one equation fails, the combined
    /// one is a linear form in the random scalars with a non-zero coefficient, so whatever the other scalars, it
    /// holds for at most one value of that equation's scalar: it passes with probability at most 1/r. That needs
    /// scalars the file's author cannot predict: they come from `SystemRandomNumberGenerator` (a CSPRNG, through
    /// `Fr.random()`), never from a seed or from the file, or a malicious file could be built whose errors cancel.
    ///
    /// Cost: for n G1 points, about four n-point MSMs, an n-point inverse FFT, 2(m-1) G2 scalar multiplications
    /// and two pairing products. Not constant time, and it need not be: every input is public.
    public func validateConsistency() throws(TrustedSetupError) {
        guard g1Monomial[0] == G1Affine.generator, g2Monomial[0] == G2Affine.generator else {
            throw .inconsistent(reason: "the first powers are not the group generators")
        }
        try checkG1Powers()
        try checkG2Powers()
        try checkLagrangePoints()
    }

    /// e(Σ ρ_i [s^i]G1, [s]G2) = e(Σ ρ_i [s^(i+1)]G1, G2) for i = 0 … n-2, the G1 equations with random
    /// weights ρ. With [s^0]G1 = G1 this makes every [s^i]G1 the i-th power of the secret of [s]G2.
    private func checkG1Powers() throws(TrustedSetupError) {
        let weights = (1..<g1Monomial.count).map { _ in Fr.random() }
        // One scalar per point on both sides: the counts match by construction.
        let lower = try! multiScalarMultiplication(points: Array(g1Monomial.dropLast()), scalars: weights)
        let upper = try! multiScalarMultiplication(points: Array(g1Monomial.dropFirst()), scalars: weights)
        guard pairingProductIsOne([(G1Affine(lower), settings.g2Secret), (-G1Affine(upper), settings.g2Generator)])
        else {
            throw .inconsistent(reason: "the G1 points are not successive powers of the secret in [s]G2")
        }
    }

    /// e([s]G1, Σ ρ_i [s^i]G2) = e(G1, Σ ρ_i [s^(i+1)]G2) for i = 0 … m-2, the G2 equations with random weights
    /// ρ. Run after `checkG1Powers`, which has made [s]G1 and [s]G2 hold the same s, so with [s^0]G2 = G2 this
    /// makes every [s^i]G2 the i-th power of it. There is no G2 MSM (for 65 points it would hardly pay), so each
    /// side is a sum of scalar multiplications, spread over the cores.
    private func checkG2Powers() throws(TrustedSetupError) {
        let weights = (1..<g2Monomial.count).map { _ in Fr.random() }
        let terms = ParallelSlots.map(count: weights.count) { index in
            (g2Monomial[index] * weights[index], g2Monomial[index + 1] * weights[index])
        }
        var lower = G2Projective.identity
        var upper = G2Projective.identity
        for (lowerTerm, upperTerm) in terms {
            lower += lowerTerm
            upper += upperTerm
        }
        guard pairingProductIsOne([(g1Monomial[1], G2Affine(lower)), (-G1Affine.generator, G2Affine(upper))]) else {
            throw .inconsistent(reason: "the G2 points are not successive powers of the secret in [s]G1")
        }
    }

    /// Σ ρ_k g1Lagrange[k] = Σ c_j [s^j]G1, where c are the coefficients of the polynomial p whose values on the
    /// domain are the random ρ: both sides are [p(s)]G1 exactly when the points are the Lagrange basis at s. No
    /// pairing is needed, both sides being in G1. g1Lagrange[k] is [L_{brp(k)}(s)]G1, so ρ_k is the value at
    /// ω^brp(k), and the values in the natural order the inverse FFT takes are ρ permuted back (the bit-reversal
    /// permutation is its own inverse).
    private func checkLagrangePoints() throws(TrustedSetupError) {
        let weights = (0..<g1Lagrange.count).map { _ in Fr.random() }
        // The lists have the domain's size, a power of two, so neither the permutation nor the MSMs can throw.
        let combined = try! multiScalarMultiplication(points: g1Lagrange, scalars: weights)
        var coefficients = try! bitReversalPermutation(weights)
        try! domain.inverseFFT(&coefficients)
        let expected = try! multiScalarMultiplication(points: g1Monomial, scalars: coefficients)
        guard combined == expected else {
            throw .inconsistent(reason: "the Lagrange points are not the Lagrange basis at the secret of the powers")
        }
    }

    private static func count(in lines: [String], line: Int) throws(TrustedSetupError) -> Int {
        guard lines.count >= line else { throw .missingLine(line: line) }
        guard let value = Int(lines[line - 1]) else { throw .malformedCount(line: line) }
        guard value > 0, value <= 1 << 32 else { throw .unsupportedCount(line: line, count: value) }
        return value
    }

    /// Decodes `count` point lines starting at 1-based line `first`, spread over all cores; the first failing line
    /// (lowest number) is the one reported.
    private static func decode<Point: Sendable>(
        _ lines: [String], from first: Int, count: Int, bytes: Int,
        _ decodePoint: @Sendable ([UInt8]) throws(PointDecodingError) -> Point
    ) throws(TrustedSetupError) -> [Point] {
        let results = ParallelSlots<Result<Point, TrustedSetupError>>.map(count: count) { index in
            let lineNumber = first + index
            guard let raw = hexBytes(lines[lineNumber - 1]), raw.count == bytes else {
                return .failure(.malformedHex(line: lineNumber, expected: bytes))
            }
            do throws(PointDecodingError) {
                return .success(try decodePoint(raw))
            } catch {
                return .failure(.invalidPoint(line: lineNumber, error))
            }
        }
        var points = [Point]()
        points.reserveCapacity(count)
        for result in results {
            switch result {
            case .success(let point): points.append(point)
            case .failure(let error): throw error
            }
        }
        return points
    }
}

extension String {
    fileprivate func leftPadded(to length: Int) -> String {
        String(repeating: "0", count: Swift.max(0, length - count)) + self
    }
}

/// Bytes from hex digits (no `0x`), or nil if a character is not a hex digit or the count is odd.
func hexBytes(_ text: String) -> [UInt8]? {
    let digits = Array(text.utf8)
    guard digits.count % 2 == 0 else { return nil }
    var bytes = [UInt8]()
    bytes.reserveCapacity(digits.count / 2)
    var index = 0
    while index < digits.count {
        guard let high = hexValue(digits[index]), let low = hexValue(digits[index + 1]) else { return nil }
        bytes.append(high << 4 | low)
        index += 2
    }
    return bytes
}

private func hexValue(_ digit: UInt8) -> UInt8? {
    switch digit {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): digit - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): digit - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): digit - UInt8(ascii: "A") + 10
    default: nil
    }
}
