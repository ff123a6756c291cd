import Chapter02Exercises
import Chapter04Exercises
import Chapter12Exercises
import EIP4844
import KZG

/// Chapter 12: the learner's whole backend (`YourBackend`: chapter 2's field, chapter 4's group, chapter 7's FFT,
/// chapter 8's MSM) under the workbook's EIP-4844 functions, beside the reference and ckzg, for the two calls a node
/// makes most. `tutor bench backend` runs it. Blobs are decoded before timing, for all three alike.
func chapter12Benchmarks() -> [ExerciseBenchmarks] {
    [
        ExerciseBenchmarks(
            exercise: "backend-assemble", peer: "ckzg",
            cases: [
                backendCase("blob_to_kzg_commitment", ckzgArguments: { [$0.blob.bytes.hex] }) { inputs, yours in
                    Contenders(
                        yours: { check in
                            let commitment = yours.settings.blobToKZGCommitment(yours.blob)
                            keepAlive(commitment)
                            return !check || commitment.compressed == inputs.commitment.bytes
                        },
                        reference: { keepAlive(inputs.context.blobToKZGCommitment(inputs.blob)) })
                },
                backendCase(
                    "verify_blob_kzg_proof",
                    ckzgArguments: { [$0.blob.bytes.hex, $0.commitment.bytes.hex, $0.blobProof.bytes.hex] }
                ) { inputs, yours in
                    Contenders(
                        yours: { check in
                            let valid = yours.settings.verifyBlobKZGProof(
                                yours.blob, commitment: yours.commitment, proof: yours.proof)
                            keepAlive(valid)
                            return !check || valid
                        },
                        reference: {
                            keepAlive(
                                inputs.context.verifyBlobKZGProof(
                                    inputs.blob, commitment: inputs.commitment, proof: inputs.blobProof))
                        })
                },
            ])
    ]
}

private func backendCase(
    _ function: String, ckzgArguments: @escaping (EIP4844Inputs) -> [String],
    _ contenders: @escaping (EIP4844Inputs, BackendInputs) -> Contenders
) -> BenchmarkCase {
    BenchmarkCase(name: function, sizes: [1], sizeUnit: nil, growth: nil, clock: .wall) {
        _ throws(LearnerProblem) in
        let inputs = EIP4844Inputs.shared
        let yours = try BackendInputs.make(from: inputs)
        var timed = contenders(inputs, yours)
        timed.peer = ckzgSamples(function: function, arguments: ckzgArguments(inputs), inputs: inputs)
        return timed
    }
}

/// The setup, blob, commitment and proof in the learner's backend. Making them runs the learner's decoding and
/// conversions, so it runs watched.
private struct BackendInputs: Sendable {
    let settings: KZGSettings<YourBackend>
    let blob: EncodedBlob<YourBackend.Scalar>
    let commitment: EncodedG1<YourBackend.G1>
    let proof: EncodedG1<YourBackend.G1>

    static func make(from inputs: EIP4844Inputs) throws(LearnerProblem) -> BackendInputs {
        let (setup, blob, commitment, proof) = (inputs.setup, inputs.blob, inputs.commitment, inputs.blobProof)
        let made = try watched(timeout: learnerCallTimeout) { () -> BackendInputs? in
            // The mainnet points enter chapter 4's type by their coordinates, as in chapter 12's tests.
            let settings = KZGSettings<YourBackend>(
                g1LagrangeBitReversed: setup.g1Lagrange.map {
                    Chapter04Exercises.G1Projective(x: $0.x, y: $0.y, z: .one)
                },
                g2Secret: setup.g2Monomial[1])
            guard let commitmentPoint = try? YourBackend.G1(validatingCompressed: commitment.bytes),
                let proofPoint = try? YourBackend.G1(validatingCompressed: proof.bytes)
            else { return nil }
            return BackendInputs(
                settings: settings,
                blob: EncodedBlob(
                    bytes: blob.bytes, polynomial: blob.polynomial.evaluations.map { Chapter02Exercises.Fr($0) }),
                commitment: EncodedG1(bytes: commitment.bytes, point: commitmentPoint),
                proof: EncodedG1(bytes: proof.bytes, point: proofPoint))
        }
        guard let made else { throw .wrongAnswer }
        return made
    }
}
