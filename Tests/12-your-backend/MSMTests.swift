import Testing

/// `backend-msm`: the backend's MSM against one scalar multiplication per point (shared with the reference's
/// tests: `Tests/Suites/12-your-backend`), then the prover's consensus-spec vectors, each valid one an MSM of 4096
/// points through your backend: every case of `blob_to_kzg_commitment` and `compute_blob_kzg_proof`, and of
/// `compute_kzg_proof`'s 28 valid cases (four blobs at seven points each) every fourth, with all 7 invalid ones.
/// A valid proof costs about half a second in a debug build, and the other 21 exercise the same operations on the
/// same blobs; `ReferenceTests` runs all 35 on the reference, and `bench backend` runs your backend in release.
@Suite struct MSMTests {
    static let file = Learner.file("MSM.swift")

    @Test func againstOneProductAtATime() { Learner.checks.msm(file: Self.file) }
    @Test func proverVectors() {
        Learner.checks.vectors(
            ["blob_to_kzg_commitment", "compute_kzg_proof", "compute_blob_kzg_proof"],
            everyOther: ["compute_kzg_proof": 4], file: Self.file)
    }
}
