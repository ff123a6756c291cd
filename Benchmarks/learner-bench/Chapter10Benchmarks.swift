import Chapter10Exercises
import EIP4844
import Fields
import Foundation
import KZG
import SeededRandom

/// Chapter 10: the learner's EIP-4844 functions against the reference's `EIP4844Context` and against ckzg (the Python
/// bindings of c-kzg-4844, on blst), all three on the same blob, commitment, proof and point.
func chapter10Benchmarks() -> [ExerciseBenchmarks] {
    [
        ExerciseBenchmarks(
            exercise: "eip4844-prove", peer: "ckzg",
            cases: [
                eip4844Case("blob_to_kzg_commitment", ckzgArguments: { [$0.blob.bytes.hex] }) { inputs, yours in
                    Contenders(
                        yours: { check in
                            let commitment = Chapter10Exercises.blobToKZGCommitment(yours.blob, setup: inputs.setup)
                            keepAlive(commitment)
                            return !check || commitment.bytes == inputs.commitment.bytes
                        },
                        reference: { keepAlive(inputs.context.blobToKZGCommitment(inputs.blob)) })
                },
                eip4844Case("compute_blob_kzg_proof", ckzgArguments: { [$0.blob.bytes.hex, $0.commitment.bytes.hex] }) {
                    inputs, yours in
                    Contenders(
                        yours: { check in
                            let proof = Chapter10Exercises.computeBlobKZGProof(
                                yours.blob, commitment: yours.commitment, setup: inputs.setup)
                            keepAlive(proof)
                            return !check || proof.bytes == inputs.blobProof.bytes
                        },
                        reference: {
                            keepAlive(inputs.context.computeBlobKZGProof(inputs.blob, commitment: inputs.commitment))
                        })
                },
            ]),
        ExerciseBenchmarks(
            exercise: "eip4844-verify", peer: "ckzg",
            cases: [
                eip4844Case(
                    "verify_kzg_proof",
                    ckzgArguments: { [$0.commitment.bytes.hex, $0.z.bytes.hex, $0.y.bytes.hex, $0.proof.bytes.hex] }
                ) { inputs, yours in
                    Contenders(
                        yours: { check in
                            let valid = Chapter10Exercises.verifyKZGProof(
                                commitment: yours.commitment, z: yours.z, y: yours.y, proof: yours.proof,
                                setup: inputs.setup)
                            keepAlive(valid)
                            return !check || valid
                        },
                        reference: {
                            keepAlive(
                                inputs.context.verifyKZGProof(
                                    commitment: inputs.commitment, z: inputs.z, y: inputs.y, proof: inputs.proof))
                        })
                },
                eip4844Case(
                    "verify_blob_kzg_proof",
                    ckzgArguments: { [$0.blob.bytes.hex, $0.commitment.bytes.hex, $0.blobProof.bytes.hex] }
                ) { inputs, yours in
                    Contenders(
                        yours: { check in
                            let valid = Chapter10Exercises.verifyBlobKZGProof(
                                yours.blob, commitment: yours.commitment, proof: yours.blobProof, setup: inputs.setup)
                            keepAlive(valid)
                            return !check || valid
                        },
                        reference: {
                            keepAlive(
                                inputs.context.verifyBlobKZGProof(
                                    inputs.blob, commitment: inputs.commitment, proof: inputs.blobProof))
                        })
                },
            ]),
    ]
}

/// One EIP-4844 function timed three ways; `ckzgArguments` are its arguments as `scripts/ckzg_peer.py` takes them.
private func eip4844Case(
    _ function: String, ckzgArguments: @escaping (EIP4844Inputs) -> [String],
    _ contenders: @escaping (EIP4844Inputs, LearnerInputs) -> Contenders
) -> BenchmarkCase {
    BenchmarkCase(name: function, sizes: [1], sizeUnit: nil, growth: nil, clock: .wall) { _ throws(LearnerProblem) in
        let inputs = EIP4844Inputs.shared
        let yours = try inputs.learnerInputs()
        var timed = contenders(inputs, yours)
        timed.peer = ckzgSamples(function: function, arguments: ckzgArguments(inputs), inputs: inputs)
        return timed
    }
}

/// A random blob (seeded), its commitment and proofs by the reference, and the mainnet trusted setup.
final class EIP4844Inputs: Sendable {
    static let shared = EIP4844Inputs()

    let setupPath: String
    let setup: TrustedSetup
    let context: EIP4844Context
    let blob: EIP4844.Blob
    let commitment: EIP4844.KZGCommitment
    let blobProof: EIP4844.KZGProof
    let z: EIP4844.Bytes32
    let y: EIP4844.Bytes32
    let proof: EIP4844.KZGProof

    private init() {
        setupPath = URL(fileURLWithPath: workbookRoot).appendingPathComponent("Data/kzg/trusted_setup.txt").path
        guard let setup = try? TrustedSetup(contentsOfFile: setupPath), let context = try? EIP4844Context(setup: setup)
        else { fatalError("cannot load the trusted setup at \(setupPath)") }
        self.setup = setup
        self.context = context
        var generator = SeededGenerator(seed: 4844)
        var bytes = [UInt8]()
        for _ in 0..<EIP4844.EIP4844Constants.fieldElementsPerBlob {
            bytes += Fr.random(using: &generator).bigEndianBytes
        }
        blob = try! EIP4844.Blob(bytes: bytes)  // canonical elements by construction
        commitment = context.blobToKZGCommitment(blob)
        blobProof = context.computeBlobKZGProof(blob, commitment: commitment)
        z = EIP4844.Bytes32(Fr.random(using: &generator))
        (proof, y) = context.computeKZGProof(blob, z: z)
    }

    /// The same values as the learner's types. Making the blob runs the learner's `blobToPolynomial`, so it runs
    /// watched.
    func learnerInputs() throws(LearnerProblem) -> LearnerInputs {
        let bytes = blob.bytes
        let learnerBlob = try watched(timeout: learnerCallTimeout) { try? Chapter10Exercises.Blob(bytes: bytes) }
        guard let learnerBlob else { throw .wrongAnswer }
        return LearnerInputs(
            blob: learnerBlob, commitment: Chapter10Exercises.KZGCommitment(commitment.point),
            blobProof: Chapter10Exercises.KZGProof(blobProof.point), z: Chapter10Exercises.Bytes32(z.fieldElement),
            y: Chapter10Exercises.Bytes32(y.fieldElement), proof: Chapter10Exercises.KZGProof(proof.point))
    }
}

struct LearnerInputs: Sendable {
    let blob: Chapter10Exercises.Blob
    let commitment: Chapter10Exercises.KZGCommitment
    let blobProof: Chapter10Exercises.KZGProof
    let z: Chapter10Exercises.Bytes32
    let y: Chapter10Exercises.Bytes32
    let proof: Chapter10Exercises.KZGProof
}

/// ckzg's samples of `function`, in nanoseconds, through `scripts/ckzg_peer.py samples` in the environment
/// `scripts/ckzg-venv.sh` makes; nil, after a note saying why, when Python or ckzg is unavailable.
func ckzgSamples(function: String, arguments: [String], inputs: EIP4844Inputs) -> [Double]? {
    let root = URL(fileURLWithPath: workbookRoot)
    guard let pythonOutput = output(of: "/bin/sh", [root.appendingPathComponent("scripts/ckzg-venv.sh").path]),
        let python = String(decoding: pythonOutput, as: UTF8.self).split(separator: "\n").last.map(String.init)
    else {
        Report.note("ckzg: scripts/ckzg-venv.sh could not make its environment (are python3-venv and PyPI reachable?)")
        return nil
    }
    let request: [String: Any] = [
        "trusted_setup": inputs.setupPath, "runs": 7,
        "calls": [["name": function, "function": function, "args": arguments]],
    ]
    let input = try! JSONSerialization.data(withJSONObject: request)
    guard
        let reply = output(
            of: python, [root.appendingPathComponent("scripts/ckzg_peer.py").path, "samples"],
            input: input),
        let seconds = (try? JSONSerialization.jsonObject(with: reply) as? [String: [Double]])?[function]
    else {
        Report.note("ckzg: scripts/ckzg_peer.py samples failed for \(function)")
        return nil
    }
    return seconds.map { $0 * 1e9 }
}

/// Standard output of a program that exited with status 0 (its standard error passes through), or nil.
private func output(of path: String, _ arguments: [String], input: Data? = nil) -> Data? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    let standardOutput = Pipe()
    let standardInput = Pipe()
    process.standardOutput = standardOutput
    process.standardInput = standardInput
    guard (try? process.run()) != nil else { return nil }
    standardInput.fileHandleForWriting.write(input ?? Data())
    try? standardInput.fileHandleForWriting.close()
    let data = standardOutput.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return process.terminationStatus == 0 ? data : nil
}

extension [UInt8] {
    var hex: String { map { String(format: "%02x", $0) }.joined() }
}
