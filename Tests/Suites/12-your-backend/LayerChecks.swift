import Backend
import Chapter08Suites
import Curves
import Fields
import HiddenTestSupport
import Pairing
import Polynomials
import Testing

/// The layers of a backend, bottom first: when the protocol's vectors fail, the first wrong layer is the one to
/// fix, and the layers above it are not to blame.
public enum BackendLayer: Int, CaseIterable, Sendable, CustomStringConvertible {
    case field = 1
    case group, fft, msm, pairing

    public var description: String {
        switch self {
        case .field: "layer 1, the scalar field"
        case .group: "layer 2, the group G1"
        case .fft: "layer 3, the FFT"
        case .msm: "layer 4, the MSM"
        case .pairing: "layer 5, the pairing check"
        }
    }
}

extension BackendChecks {
    /// One quick check per layer, bottom first, on the backend as assembled: the first wrong layer is named with
    /// what it got wrong, and `layerFiles` says where each layer is written. The chapter's other suites check each
    /// layer on many more inputs.
    public func layers(
        file: String, layerFiles: [BackendLayer: String] = [:], sourceLocation: SourceLocation = #_sourceLocation
    ) {
        checkLearnerProperty(
            "your backend, layer by layer", in: file, cases: BackendLayer.allCases,
            input: { layer in
                "\(layer)\(layerFiles[layer].map { ", written in \($0)" } ?? "") (the layers below it are right)"
            },
            holds: { layer in
                switch layer {
                case .field: Self.fieldProblem()
                case .group: Self.groupProblem()
                case .fft: Self.fftProblem()
                case .msm: Self.msmProblem()
                case .pairing: Self.pairingProblem()
                }
            }, sourceLocation: sourceLocation)
    }

    static func fieldProblem() -> String? {
        let (a, b) = (Fr(123_456_789) * -Fr.one, Fr(987_654_321).inverse()!)
        guard let x = try? scalar(a), let y = try? scalar(b) else { return "a value below r was rejected" }
        let expected = [a + b, a - b, a * b, a.inverse()!, b.pow(UInt64(65537))].map(hex)
        let got = [x + y, x - y, x * y, x.inverse()!, y.pow(65537)].map(hex)
        if got != expected { return "a + b, a − b, a · b, a⁻¹, b^65537 are \(got), expected \(expected)" }
        var list = [x, .zero, y]
        B.Scalar.batchInverse(&list)
        let inverses = [hex(a.inverse()!), hex(Fr.zero), hex(b.inverse()!)]
        if list.map(hex) != inverses { return "batchInverse gives \(list.map(hex)), expected \(inverses)" }
        return nil
    }

    static func groupProblem() -> String? {
        let k = Fr(31_415_926_535) * Fr(89_793_238_462).inverse()!
        guard let scalar = try? scalar(k) else { return "a scalar was rejected" }
        let (p, expected) = (B.G1.generator * scalar, G1Projective.generator * k)
        if hex(p) != hex(expected) { return "[k]G1 for k = \(hex(k)) is \(hex(p)), expected \(hex(expected))" }
        if hex(p + p) != hex(expected.doubled()) {
            return "P + P is \(hex(p + p)), expected \(hex(expected.doubled()))"
        }
        guard let decoded = try? B.G1(validatingCompressed: p.compressed), decoded == p else {
            return "decoding the encoding of P, \(hex(p)), does not give P back"
        }
        return nil
    }

    static func fftProblem() -> String? {
        let coefficients = (1...8).map { Fr(UInt64($0 * $0)) }
        guard var values = try? coefficients.map(scalar) else { return "a value below r was rejected" }
        var expected = coefficients
        try! Polynomials.EvaluationDomain(size: 8).fft(&expected)
        B.fft(&values)
        if values.map(hex) != expected.map(hex) {
            return "fft of 1, 4, 9, …, 64 is \(values.map(hex)), expected \(expected.map(hex))"
        }
        B.inverseFFT(&values)
        if values.map(hex) != coefficients.map(hex) { return "inverseFFT does not give the coefficients back" }
        return nil
    }

    static func msmProblem() -> String? {
        let ks = (1...40).map { Fr(UInt64($0) * 1_000_003).inverse()! }
        let points = ks.map { G1Projective.generator * $0 }
        let scalars = ks.map { $0 * Fr(7) + Fr(UInt64(1) << 40) }
        guard let mine = try? points.map(point), let myScalars = try? scalars.map(scalar) else {
            return "a valid point or scalar was rejected"
        }
        let expected = G1Projective(MSMOracle.sum(points: points, scalars: scalars))
        let got = B.multiScalarMultiplication(B.msmBases(mine), scalars: myScalars)
        return hex(got) == hex(expected)
            ? nil : "Σ k_i · P_i over 40 points is \(hex(got)), expected \(hex(expected))"
    }

    static func pairingProblem() -> String? {
        let (a, b) = (Fr(1_234_567), Fr(7_654_321))
        guard let p = try? point(G1Projective.generator * a), let ab = try? point(G1Projective.generator * (a * b)),
            let q = try? B.G2(validatingCompressed: G2Affine(G2Projective.generator * b).compressed)
        else { return "a valid point was rejected" }
        let (prepared, generator) = (B.prepare(q), B.prepare(.generator))
        if !B.pairingCheck(p, prepared, -ab, generator) { return "e([a]G1, [b]G2) · e(−[ab]G1, G2) ≠ 1" }
        if B.pairingCheck(p, prepared, -p, generator) { return "e([a]G1, [b]G2) · e(−[a]G1, G2) = 1" }
        return nil
    }
}
