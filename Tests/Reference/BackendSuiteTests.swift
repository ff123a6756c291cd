import Chapter12Suites
import Curves
import KZG
import Testing

/// The reference as a `KZGBackend`, through chapter 12's checks (`Tests/Suites/12-your-backend`): every layer and
/// every consensus-spec EIP-4844 vector through the spec functions written once over the interface, the same bar
/// the learner's backend meets.
@Suite struct BackendSuiteTests {
    static let checks = BackendChecks(ReferenceBackend.self) { G1Projective($0) }

    @Test func field() {
        Self.checks.fieldArithmetic(file: "Fields")
        Self.checks.fieldEncodings(file: "Fields")
        Self.checks.batchInversion(file: "Fields")
    }
    @Test func group() {
        Self.checks.groupLaw(file: "Curves")
        Self.checks.groupDecoding(file: "Curves")
    }
    @Test func fft() { Self.checks.fft(file: "Polynomials") }
    @Test func msm() { Self.checks.msm(file: "MSM") }
    @Test func pairing() { Self.checks.pairing(file: "Pairing") }
    @Test func layerByLayer() { Self.checks.layers(file: "KZG") }
    @Test func consensusVectors() {
        Self.checks.vectors(
            [
                "compute_challenge", "verify_kzg_proof", "verify_blob_kzg_proof", "verify_blob_kzg_proof_batch",
                "blob_to_kzg_commitment", "compute_kzg_proof", "compute_blob_kzg_proof",
            ],
            file: "EIP4844")
    }
}
