import Foundation
import HiddenTestSupport
import Yams

/// The consensus-spec reference tests of the EIP-4844 KZG functions and the EIP-7594 cell functions: every case under `$KZG_VECTORS_DIR` (default
/// `Data/kzg/vectors` in the package), laid out as `<function>/kzg-mainnet/<case>/data.yaml`. An `output` of null
/// means the call must reject its input.
///
/// Two kinds of trouble are kept apart. A rejection is the implementation throwing on the case's input, which is
/// right exactly when the expected output is null. A harness error (a missing function folder, a file that is not
/// YAML, an input key absent or not hex) means the vectors or this runner are broken: it is reported as such, and
/// never counts as a rejection.
public struct ConsensusVector: Sendable {
    /// The spec function, e.g. `verify_kzg_proof`.
    public let function: String
    /// The case's folder name, e.g. `verify_kzg_proof_case_correct_proof_0_0`.
    public let name: String
    /// The inputs: hex strings or lists of hex strings, decoded.
    public let input: [String: VectorInput]
    public let expected: VectorValue

    public init(function: String, name: String, input: [String: VectorInput], expected: VectorValue) {
        (self.function, self.name, self.input, self.expected) = (function, name, input, expected)
    }

    /// "function/name: key 0x0102… (131072 bytes), …", long inputs shortened.
    public var summary: String {
        let inputs = input.keys.sorted().map { key in "\(key) \(input[key]!)" }.joined(separator: ", ")
        return "\(function)/\(name): \(inputs)"
    }

    /// The bytes under `key`, or a harness error.
    public func bytes(_ key: String) throws(VectorError) -> [UInt8] {
        guard case .bytes(let value)? = input[key] else { throw .badInput(key) }
        return value
    }

    /// The list under `key`, or a harness error. An empty YAML list reads as one of hex strings.
    public func list(_ key: String) throws(VectorError) -> [[UInt8]] {
        guard case .list(let value)? = input[key] else { throw .badInput(key) }
        return value
    }

    /// The integers under `key`, or a harness error.
    public func integers(_ key: String) throws(VectorError) -> [Int] {
        switch input[key] {
        case .integers(let values)?: return values
        case .list(let values)? where values.isEmpty: return []
        default: throw .badInput(key)
        }
    }

    /// The list of lists under `key`, or a harness error.
    public func nested(_ key: String) throws(VectorError) -> [[[UInt8]]] {
        switch input[key] {
        case .nested(let values)?: return values
        case .list(let values)? where values.isEmpty: return []
        default: throw .badInput(key)
        }
    }
}

/// One input of a vector.
public enum VectorInput: Sendable, CustomStringConvertible {
    case bytes([UInt8])
    case list([[UInt8]])
    /// A list of integers (EIP-7594's cell and commitment indices). An integer too large for `Int` (a uint64
    /// near 2^64) is read as `Int.max`: out of range for any index, as it is for the spec.
    case integers([Int])
    /// A list of lists of hex strings (EIP-7594's `cosets_evals`: each cell as its field elements).
    case nested([[[UInt8]]])

    public var description: String {
        switch self {
        case .bytes(let value): abbreviatedHex(value)
        case .list(let items): "[" + items.map(abbreviatedHex).joined(separator: ", ") + "]"
        case .integers(let values): "\(values)"
        case .nested(let lists):
            "[" + lists.map { "[" + $0.map(abbreviatedHex).joined(separator: ", ") + "]" }.joined(separator: ", ") + "]"
        }
    }

    /// A YAML value as an input, or nil when it is none of the shapes the vectors use.
    init?(yaml value: Any) {
        if let text = value as? String, let bytes = decodeHex(text) {
            self = .bytes(bytes)
            return
        }
        guard let items = value as? [Any] else { return nil }
        let hex = items.compactMap { ($0 as? String).flatMap(decodeHex) }
        if hex.count == items.count {
            self = .list(hex)
            return
        }
        let integers = items.compactMap(Self.integer)
        if integers.count == items.count {
            self = .integers(integers)
            return
        }
        let lists = items.compactMap { item -> [[UInt8]]? in
            guard let parts = item as? [Any] else { return nil }
            let decoded = parts.compactMap { ($0 as? String).flatMap(decodeHex) }
            return decoded.count == parts.count ? decoded : nil
        }
        guard lists.count == items.count else { return nil }
        self = .nested(lists)
    }

    private static func integer(_ item: Any) -> Int? {
        if let value = item as? Int { return value }
        if let value = item as? Double, value >= 0, value.rounded() == value {
            return value < 9.0e18 ? Int(value) : Int.max
        }
        let text = "\(item)"
        return !text.isEmpty && text.allSatisfy(\.isASCII) && text.allSatisfy(\.isNumber) ? Int.max : nil
    }
}

/// A harness error: the vectors or the runner are broken, whatever the case expects.
public enum VectorError: Error, CustomStringConvertible {
    case badInput(String)
    case unknownFunction(String)

    public var description: String {
        switch self {
        case .badInput(let key): "input `\(key)` is missing or not hex"
        case .unknownFunction(let name): "no runner for the function `\(name)`"
        }
    }
}

/// An expected or actual result, compared the way the vectors mean it.
public enum VectorValue: Equatable, Sendable, CustomStringConvertible {
    case rejected
    case bool(Bool)
    case bytes([UInt8])
    case list([[UInt8]])
    /// A list of lists, as `compute_cells_and_kzg_proofs` returns (cells, proofs).
    case lists([[[UInt8]]])
    /// An output the runner cannot read, or a harness error while running: never equal to an expected value.
    case harnessError(String)

    /// The `output` of a data.yaml.
    public init(yaml value: Any?) {
        switch value {
        case nil, is NSNull: self = .rejected
        case let flag as Bool: self = .bool(flag)
        case let text as String: self = decodeHex(text).map(VectorValue.bytes) ?? .harnessError("unreadable \(text)")
        case let items as [Any] where !items.isEmpty && items.allSatisfy({ $0 is [Any] }):
            let lists = items.compactMap { item -> [[UInt8]]? in
                guard case .list(let values) = VectorValue(yaml: item) else { return nil }
                return values
            }
            self = lists.count == items.count ? .lists(lists) : .harnessError("unreadable \(items)")
        case let items as [Any]:
            let parts = items.compactMap { ($0 as? String).flatMap(decodeHex) }
            self = parts.count == items.count ? .list(parts) : .harnessError("unreadable \(items)")
        case let other?: self = .harnessError("unreadable \(other)")
        }
    }

    public static func == (lhs: Self, rhs: Self) -> Bool {
        switch (lhs, rhs) {
        case (.rejected, .rejected): true
        case (.bool(let a), .bool(let b)): a == b
        case (.bytes(let a), .bytes(let b)): a == b
        case (.list(let a), .list(let b)): a == b
        case (.lists(let a), .lists(let b)): a == b
        default: false  // a harness error equals nothing, not even another one
        }
    }

    public var description: String {
        switch self {
        case .rejected: "rejection"
        case .bool(let flag): "\(flag)"
        case .bytes(let value): encodeHex(value)
        case .list(let parts): "[" + parts.map(encodeHex).joined(separator: ", ") + "]"
        case .lists(let lists):
            "[" + lists.map { "[" + $0.map(encodeHex).joined(separator: ", ") + "]" }.joined(separator: ", ") + "]"
        case .harnessError(let text): "harness error, \(text)"
        }
    }
}

public enum ConsensusVectors {
    /// The five EIP-7594 (PeerDAS) cell functions the vectors cover.
    public static let cellFunctions = [
        "compute_cells", "compute_cells_and_kzg_proofs", "verify_cell_kzg_proof_batch",
        "recover_cells_and_kzg_proofs", "compute_verify_cell_kzg_proof_batch_challenge",
    ]

    /// The seven EIP-4844 functions the vectors cover.
    public static let functions = [
        "blob_to_kzg_commitment", "compute_kzg_proof", "compute_blob_kzg_proof", "verify_kzg_proof",
        "verify_blob_kzg_proof", "verify_blob_kzg_proof_batch", "compute_challenge",
    ]

    /// `$KZG_VECTORS_DIR`, or `Data/kzg/vectors` in the package.
    public static var directory: URL {
        if let path = ProcessInfo.processInfo.environment["KZG_VECTORS_DIR"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Data/kzg/vectors")
    }

    /// Every case of `function` under `root`, sorted by name, and one line per harness error. A folder with no
    /// cases is a harness error: a renamed or missing folder must not turn into silently skipped vectors.
    public static func load(_ function: String, from root: URL = directory) -> (
        cases: [ConsensusVector], problems: [String]
    ) {
        let folder = root.appendingPathComponent(function).appendingPathComponent("kzg-mainnet")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter {
            FileManager.default.fileExists(atPath: folder.appendingPathComponent("\($0)/data.yaml").path)
        }.sorted()
        guard !names.isEmpty else { return ([], ["\(function): harness error, no cases in \(folder.path)"]) }
        var cases: [ConsensusVector] = []
        var problems: [String] = []
        for name in names {
            let label = "\(function)/\(name)"
            let file = folder.appendingPathComponent(name).appendingPathComponent("data.yaml")
            do {
                let text = try String(contentsOf: file, encoding: .utf8)
                guard let document = try Yams.load(yaml: text) as? [String: Any],
                    let rawInput = document["input"] as? [String: Any]
                else {
                    problems.append("\(label): harness error, no input in data.yaml")
                    continue
                }
                var input: [String: VectorInput] = [:]
                // A value of no known shape is left out, so that reading it is a harness error.
                for (key, value) in rawInput { input[key] = VectorInput(yaml: value) }
                let expected = VectorValue(yaml: document["output"])
                if case .harnessError(let text) = expected {
                    problems.append("\(label): harness error, \(text) output")
                    continue
                }
                cases.append(ConsensusVector(function: function, name: name, input: input, expected: expected))
            } catch {
                problems.append("\(label): harness error, unreadable data.yaml (\(error))")
            }
        }
        return (cases, problems)
    }

    /// Runs one case on `implementation`: what it throws is a rejection, a missing or unreadable input a harness
    /// error.
    public static func run(_ vector: ConsensusVector, on implementation: some EIP4844Implementation) -> VectorValue {
        do {
            return try result(of: vector, on: implementation)
        } catch let error as VectorError {
            return .harnessError("\(error)")
        } catch {
            return .rejected
        }
    }

    private static func result(of vector: ConsensusVector, on implementation: some EIP4844Implementation) throws
        -> VectorValue
    {
        switch vector.function {
        case "blob_to_kzg_commitment":
            return .bytes(try implementation.blobToKZGCommitment(blob: vector.bytes("blob")))
        case "compute_kzg_proof":
            let (proof, y) = try implementation.computeKZGProof(blob: vector.bytes("blob"), z: vector.bytes("z"))
            return .list([proof, y])
        case "compute_blob_kzg_proof":
            return .bytes(
                try implementation.computeBlobKZGProof(
                    blob: vector.bytes("blob"), commitment: vector.bytes("commitment")))
        case "verify_kzg_proof":
            return .bool(
                try implementation.verifyKZGProof(
                    commitment: vector.bytes("commitment"), z: vector.bytes("z"), y: vector.bytes("y"),
                    proof: vector.bytes("proof")))
        case "verify_blob_kzg_proof":
            return .bool(
                try implementation.verifyBlobKZGProof(
                    blob: vector.bytes("blob"), commitment: vector.bytes("commitment"),
                    proof: vector.bytes("proof")))
        case "verify_blob_kzg_proof_batch":
            return .bool(
                try implementation.verifyBlobKZGProofBatch(
                    blobs: vector.list("blobs"), commitments: vector.list("commitments"),
                    proofs: vector.list("proofs")))
        case "compute_challenge":
            return .bytes(
                try implementation.computeChallenge(blob: vector.bytes("blob"), commitment: vector.bytes("commitment"))
            )
        default:
            throw VectorError.unknownFunction(vector.function)
        }
    }
}

/// Hex, shortened past 32 bytes to its first 16 and its length: blobs are 131072 bytes.
func abbreviatedHex(_ bytes: [UInt8]) -> String {
    bytes.count <= 32 ? encodeHex(bytes) : encodeHex(Array(bytes.prefix(16))) + "… (\(bytes.count) bytes)"
}
