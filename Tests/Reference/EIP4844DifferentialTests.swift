import EIP4844
import Fields
import Foundation
import HiddenTestSupport
import Polynomials
import Testing

/// The same calls through this backend and through c-kzg-4844 (the `ckzg` Python package, installed by
/// `scripts/ckzg-venv.sh` on first use): byte-identical commitments and proofs, the same verdict on correct and
/// tampered proofs, the same rejections.
@Suite("EIP-4844 against ckzg")
struct EIP4844DifferentialTests {
    @Test("random blobs give the same results as ckzg")
    func sameAsCKZG() throws {
        let python = try Self.peerPython()
        let context = try KZGFixtures.mainnet.get()
        var generator = TestSeed.generator()
        let blobs = (0..<4).map { _ in Self.randomBlob(using: &generator) }
        let blobBytes = blobs.map(\.bytes)

        var calls = [PeerCall]()
        var expected = [PeerResult]()
        func call(_ function: String, _ args: [PeerArgument], _ result: PeerResult) {
            calls.append(PeerCall(function: function, args: args))
            expected.append(result)
        }

        let commitments = blobs.map { context.blobToKZGCommitment($0) }
        let proofs = zip(blobs, commitments).map { context.computeBlobKZGProof($0, commitment: $1) }
        for (index, blob) in blobs.enumerated() {
            call("blob_to_kzg_commitment", [.hex(blob.bytes)], .ok(.hex(commitments[index].bytes)))
            call(
                "compute_blob_kzg_proof", [.hex(blob.bytes), .hex(commitments[index].bytes)],
                .ok(.hex(proofs[index].bytes)))
            call(
                "verify_blob_kzg_proof",
                [
                    .hex(blob.bytes), .hex(commitments[index].bytes),
                    .hex(proofs[index].bytes),
                ],
                .ok(.bool(context.verifyBlobKZGProof(blob, commitment: commitments[index], proof: proofs[index]))))
            // Tampered: the proof of the next blob.
            let other = proofs[(index + 1) % proofs.count]
            call(
                "verify_blob_kzg_proof", [.hex(blob.bytes), .hex(commitments[index].bytes), .hex(other.bytes)],
                .ok(.bool(context.verifyBlobKZGProof(blob, commitment: commitments[index], proof: other))))

            // A random point, and a root of unity (the in-domain case of the quotient).
            let root = EvaluationDomain.eip4844.bitReversedElements[Int.random(in: 0..<4096, using: &generator)]
            for z in [Bytes32(Fr.random(using: &generator)), Bytes32(root)] {
                let (proof, y) = context.computeKZGProof(blob, z: z)
                call("compute_kzg_proof", [.hex(blob.bytes), .hex(z.bytes)], .ok(.list([proof.bytes, y.bytes])))
                let commitment = commitments[index]
                call(
                    "verify_kzg_proof", [.hex(commitment.bytes), .hex(z.bytes), .hex(y.bytes), .hex(proof.bytes)],
                    .ok(.bool(context.verifyKZGProof(commitment: commitment, z: z, y: y, proof: proof))))
                let wrongY = Bytes32(y.fieldElement + .one)
                call(
                    "verify_kzg_proof",
                    [
                        .hex(commitment.bytes), .hex(z.bytes), .hex(wrongY.bytes),
                        .hex(proof.bytes),
                    ],
                    .ok(.bool(context.verifyKZGProof(commitment: commitment, z: z, y: wrongY, proof: proof))))
            }
        }

        let batchArguments: ([[UInt8]], [KZGProof]) -> [PeerArgument] = { blobs, proofs in
            [.list(blobs), .list(commitments.map(\.bytes)), .list(proofs.map(\.bytes))]
        }
        call(
            "verify_blob_kzg_proof_batch", batchArguments(blobBytes, proofs),
            .ok(.bool(try context.verifyBlobKZGProofBatch(blobs, commitments: commitments, proofs: proofs))))
        let swapped = [proofs[1], proofs[0]] + proofs[2...]
        call(
            "verify_blob_kzg_proof_batch", batchArguments(blobBytes, swapped),
            .ok(.bool(try context.verifyBlobKZGProofBatch(blobs, commitments: commitments, proofs: swapped))))

        // Inputs both must reject: a blob element equal to r, and a z equal to r.
        var badBlob = blobBytes[0]
        badBlob.replaceSubrange(64..<96, with: Fr.modulus.bigEndianBytes)
        #expect(throws: EIP4844Error.blobElementNotCanonical(index: 2)) { try Blob(bytes: badBlob) }
        call("blob_to_kzg_commitment", [.hex(badBlob)], .rejected)
        #expect(throws: EIP4844Error.fieldElementNotCanonical) { try Bytes32(bytes: Fr.modulus.bigEndianBytes) }
        call("compute_kzg_proof", [.hex(blobBytes[0]), .hex(Fr.modulus.bigEndianBytes)], .rejected)

        let actual = try Self.runPeer(python: python, calls: calls)
        try #require(actual.count == calls.count, "ckzg answered \(actual.count) of \(calls.count) calls")
        var mismatches = [String]()
        for index in calls.indices where actual[index] != expected[index] {
            mismatches.append(
                "\(calls[index].function) (call \(index + 1)): ckzg \(actual[index]), "
                    + "ours \(expected[index])")
        }
        #expect(
            mismatches.isEmpty,
            """
            \(mismatches.count) of \(calls.count) calls differ from ckzg:
            \(mismatches.joined(separator: "\n"))
            replay: \(TestSeed.replayHint)
            """)
        // The verdicts must not all be the same, or the comparison could not tell a broken verifier.
        #expect(expected.contains(.ok(.bool(true))) && expected.contains(.ok(.bool(false))))
    }

    static func randomBlob(using generator: inout SeededGenerator) -> Blob {
        var bytes = [UInt8]()
        bytes.reserveCapacity(EIP4844Constants.bytesPerBlob)
        for _ in 0..<EIP4844Constants.fieldElementsPerBlob {
            bytes += Fr.random(using: &generator).bigEndianBytes
        }
        return try! Blob(bytes: bytes)  // canonical elements by construction
    }

    /// The Python of the environment `scripts/ckzg-venv.sh` makes (on first use) with ckzg; a clear failure if it
    /// cannot.
    static func peerPython() throws -> String {
        let bootstrap = KZGFixtures.packageRoot.appendingPathComponent("scripts/ckzg-venv.sh").path
        let made = try runProcess("/bin/sh", [bootstrap])
        try #require(
            made.status == 0,
            """
            \(bootstrap) could not make the environment with ckzg (is PyPI reachable?):
            \(made.errorOutput)
            """)
        return made.output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func runPeer(python: String, calls: [PeerCall]) throws -> [PeerResult] {
        let script = KZGFixtures.packageRoot.appendingPathComponent("scripts/ckzg_peer.py").path
        let request = PeerRequest(trusted_setup: KZGFixtures.trustedSetupPath, calls: calls)
        let result = try runProcess(python, [script, "calls"], input: try JSONEncoder().encode(request))
        try #require(result.status == 0, "ckzg_peer.py failed: \(result.errorOutput)")
        return try JSONDecoder().decode([PeerResult].self, from: Data(result.output.utf8))
    }
}

struct PeerRequest: Encodable {
    let trusted_setup: String
    let calls: [PeerCall]
}

struct PeerCall: Encodable {
    let function: String
    let args: [PeerArgument]
}

enum PeerArgument: Encodable {
    case hex([UInt8])
    case list([[UInt8]])
    /// Cell indices, sent as JSON integers.
    case indices([Int])

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .hex(let value): try container.encode(plainHex(value))
        case .list(let values): try container.encode(values.map(plainHex))
        case .indices(let values): try container.encode(values)
        }
    }
}

/// What a call gave: `{"ok": value}` or `{"error": message}` (any rejection compares equal to any other).
enum PeerResult: Decodable, Equatable, CustomStringConvertible {
    case ok(PeerValue)
    case rejected

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        if container.contains(.error) {
            self = .rejected
        } else {
            self = .ok(try container.decode(PeerValue.self, forKey: .ok))
        }
    }

    enum Key: String, CodingKey { case ok, error }

    var description: String {
        switch self {
        case .ok(let value): "\(value)"
        case .rejected: "rejected"
        }
    }
}

enum PeerValue: Decodable, Equatable, CustomStringConvertible {
    case bool(Bool)
    case hex([UInt8])
    case list([[UInt8]])
    /// A list of lists, as the cell calls return (cells, proofs).
    case lists([[[UInt8]]])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let flag = try? container.decode(Bool.self) {
            self = .bool(flag)
        } else if let text = try? container.decode(String.self), let value = decodeHex(text) {
            self = .hex(value)
        } else if let lists = try? container.decode([[String]].self) {
            self = .lists(
                try lists.map { parts in
                    try parts.map {
                        guard let value = decodeHex($0) else {
                            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not hex: \($0)")
                        }
                        return value
                    }
                })
        } else {
            let parts = try container.decode([String].self)
            self = .list(
                try parts.map {
                    guard let value = decodeHex($0) else {
                        throw DecodingError.dataCorruptedError(in: container, debugDescription: "not hex: \($0)")
                    }
                    return value
                })
        }
    }

    var description: String {
        switch self {
        case .bool(let flag): "\(flag)"
        case .hex(let value): encodeHex(value)
        case .list(let parts): "[" + parts.map(encodeHex).joined(separator: ", ") + "]"
        case .lists(let lists): "[" + lists.map { "[\($0.count) items]" }.joined(separator: ", ") + "]"
        }
    }
}

/// Runs a program to completion: its exit status, standard output, and standard error.
///
/// The input is written in full before the output is read, which suits programs that read all their input
/// first (as `ckzg_peer.py` does); standard error goes to a temporary file so it can never block the program.
func runProcess(_ path: String, _ arguments: [String], input: Data? = nil) throws
    -> (status: Int32, output: String, errorOutput: String)
{
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    let errorFile = FileManager.default.temporaryDirectory.appendingPathComponent("kzg-peer-\(UUID()).err")
    _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
    defer { try? FileManager.default.removeItem(at: errorFile) }
    let stdout = Pipe()
    let stdin = Pipe()
    process.standardOutput = stdout
    process.standardError = try FileHandle(forWritingTo: errorFile)
    process.standardInput = stdin
    try process.run()
    if let input { stdin.fileHandleForWriting.write(input) }
    try stdin.fileHandleForWriting.close()
    let output = String(decoding: stdout.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    let errorOutput = (try? String(contentsOf: errorFile, encoding: .utf8)) ?? ""
    return (process.terminationStatus, output, errorOutput)
}
