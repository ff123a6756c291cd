import Testing

/// `backend-assemble`: the pairing check, then the whole backend layer by layer (the first wrong layer is named),
/// then the verifier's consensus-spec EIP-4844 vectors through the spec functions written once over `KZGBackend`:
/// every case of `compute_challenge`, `verify_kzg_proof`, `verify_blob_kzg_proof` and
/// `verify_blob_kzg_proof_batch`. The prover's vectors run in `MSMTests`, where their time goes. Shared with the
/// reference's tests: `Tests/Suites/12-your-backend`.
@Suite struct BackendTests {
    static let file = Learner.file("Backend.swift")

    @Test func pairing() { Learner.checks.pairing(file: Self.file) }
    @Test func layerByLayer() {
        Learner.checks.layers(
            file: Self.file,
            layerFiles: [
                .field: Learner.file("Scalar.swift"), .group: Learner.file("Group.swift"),
                .fft: Learner.file("FFT.swift"), .msm: Learner.file("MSM.swift"), .pairing: Self.file,
            ])
    }
    @Test func verifierVectors() {
        Learner.checks.vectors(
            ["compute_challenge", "verify_kzg_proof", "verify_blob_kzg_proof", "verify_blob_kzg_proof_batch"],
            file: Self.file)
    }
}
