import EIP4844
import Foundation
import Testing
import Yams

/// The consensus-spec reference tests of the EIP-4844 KZG functions: every case under `$KZG_VECTORS_DIR`
/// (default `../shared/kzg/vectors`), laid out as `<function>/kzg-mainnet/<case>/data.yaml`. An `output` of null
/// means the call must reject its input.
@Suite("EIP-4844 conformance")
struct EIP4844ConformanceTests {
    static let functions = [
        "blob_to_kzg_commitment", "compute_kzg_proof", "compute_blob_kzg_proof", "verify_kzg_proof",
        "verify_blob_kzg_proof", "verify_blob_kzg_proof_batch", "compute_challenge",
    ]

    static var vectorsDirectory: URL {
        if let path = ProcessInfo.processInfo.environment["KZG_VECTORS_DIR"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        return KZGFixtures.sharedDirectory.appendingPathComponent("vectors")
    }

    @Test("every spec vector of the seven EIP-4844 functions")
    func everyVector() throws {
        let context = try KZGFixtures.mainnet.get()
        let root = Self.vectorsDirectory
        var caseCount = 0
        var failures = [String]()
        for function in Self.functions {
            let directory = root.appendingPathComponent(function).appendingPathComponent("kzg-mainnet")
            let cases = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
            for name in cases.sorted() {
                let file = directory.appendingPathComponent(name).appendingPathComponent("data.yaml")
                guard FileManager.default.fileExists(atPath: file.path) else { continue }
                caseCount += 1
                let label = "\(function)/\(name)"
                do {
                    let text = try String(contentsOf: file, encoding: .utf8)
                    guard let document = try Yams.load(yaml: text) as? [String: Any],
                          let input = document["input"] as? [String: Any]
                    else {
                        failures.append("\(label): no input in data.yaml")
                        continue
                    }
                    let expected = VectorValue(yaml: document["output"])
                    let actual = VectorValue.outcome { () throws -> VectorValue in
                        try Self.run(function, input: input, context: context)
                    }
                    if actual != expected {
                        failures.append("\(label): expected \(expected), got \(actual)")
                    }
                } catch {
                    failures.append("\(label): unreadable (\(error))")
                }
            }
        }
        #expect(caseCount > 0, "no test vectors found under \(root.path)")
        #expect(failures.isEmpty, """
            \(failures.count) of \(caseCount) cases failed:
            \(failures.joined(separator: "\n"))
            """)
    }

    /// Runs one case. Anything the API throws, and any input that cannot even be made into the API's types,
    /// counts as a rejection.
    static func run(_ function: String, input: [String: Any], context: EIP4844Context) throws -> VectorValue {
        func field(_ key: String) throws -> [UInt8] {
            guard let text = input[key] as? String, let value = decodeHex(text) else {
                throw VectorError.badInput(key)
            }
            return value
        }
        func list(_ key: String) throws -> [[UInt8]] {
            guard let items = input[key] as? [Any] else { throw VectorError.badInput(key) }
            return try items.map {
                guard let text = $0 as? String, let value = decodeHex(text) else {
                    throw VectorError.badInput(key)
                }
                return value
            }
        }
        switch function {
        case "blob_to_kzg_commitment":
            return .bytes(context.blobToKZGCommitment(try Blob(bytes: field("blob"))).bytes)
        case "compute_kzg_proof":
            let (proof, y) = context.computeKZGProof(try Blob(bytes: field("blob")), z: try Bytes32(bytes: field("z")))
            return .list([proof.bytes, y.bytes])
        case "compute_blob_kzg_proof":
            return .bytes(context.computeBlobKZGProof(try Blob(bytes: field("blob")),
                                                      commitment: try KZGCommitment(bytes: field("commitment"))).bytes)
        case "verify_kzg_proof":
            return .bool(context.verifyKZGProof(
                commitment: try KZGCommitment(bytes: field("commitment")), z: try Bytes32(bytes: field("z")),
                y: try Bytes32(bytes: field("y")), proof: try KZGProof(bytes: field("proof"))))
        case "verify_blob_kzg_proof":
            return .bool(context.verifyBlobKZGProof(
                try Blob(bytes: field("blob")), commitment: try KZGCommitment(bytes: field("commitment")),
                proof: try KZGProof(bytes: field("proof"))))
        case "verify_blob_kzg_proof_batch":
            return .bool(try context.verifyBlobKZGProofBatch(
                try list("blobs").map { bytes throws(EIP4844Error) in try Blob(bytes: bytes) },
                commitments: try list("commitments").map { bytes throws(EIP4844Error) in
                    try KZGCommitment(bytes: bytes)
                },
                proofs: try list("proofs").map { bytes throws(EIP4844Error) in try KZGProof(bytes: bytes) }))
        case "compute_challenge":
            let challenge = context.computeChallenge(try Blob(bytes: field("blob")),
                                                     commitment: try KZGCommitment(bytes: field("commitment")))
            return .bytes(challenge.bigEndianBytes)
        default:
            throw VectorError.unknownFunction(function)
        }
    }
}

enum VectorError: Error {
    case badInput(String)
    case unknownFunction(String)
}

/// An expected or actual result, compared the way the vectors mean it.
enum VectorValue: Equatable, CustomStringConvertible {
    case rejected
    case bool(Bool)
    case bytes([UInt8])
    case list([[UInt8]])
    case unexpected(String)

    init(yaml value: Any?) {
        switch value {
        case nil, is NSNull: self = .rejected
        case let flag as Bool: self = .bool(flag)
        case let text as String: self = decodeHex(text).map(VectorValue.bytes) ?? .unexpected(text)
        case let items as [Any]:
            let parts = items.compactMap { ($0 as? String).flatMap(decodeHex) }
            self = parts.count == items.count ? .list(parts) : .unexpected("\(items)")
        case let other?: self = .unexpected("\(other)")
        }
    }

    /// The value `body` returns, or `.rejected` if it throws.
    static func outcome(_ body: () throws -> VectorValue) -> VectorValue {
        do { return try body() } catch { return .rejected }
    }

    var description: String {
        switch self {
        case .rejected: "rejection"
        case .bool(let flag): "\(flag)"
        case .bytes(let value): encodeHex(value)
        case .list(let parts): "[" + parts.map(encodeHex).joined(separator: ", ") + "]"
        case .unexpected(let text): "unreadable output \(text)"
        }
    }
}
