import EIP4844
import EIP7594
import Foundation
import Testing
import Yams

/// The consensus-spec reference tests of the EIP-4844 KZG functions and of the EIP-7594 cell functions: every case
/// under `$KZG_VECTORS_DIR`
/// (default `Data/kzg/vectors` in the package), laid out as `<function>/kzg-mainnet/<case>/data.yaml`. An `output`
/// of null means the call must reject its input.
///
/// Two kinds of trouble are kept apart. A rejection is the API throwing `EIP4844Error` on the case's input, which is
/// right exactly when the expected output is null. A harness error (a missing function folder, a file that is not
/// YAML, an input key absent or not hex) means the vectors or this runner are broken, and fails the test whatever the
/// expected output says.
@Suite("EIP-4844 conformance")
struct EIP4844ConformanceTests {
    static let functions = [
        "blob_to_kzg_commitment", "compute_kzg_proof", "compute_blob_kzg_proof", "verify_kzg_proof",
        "verify_blob_kzg_proof", "verify_blob_kzg_proof_batch", "compute_challenge",
        "compute_cells", "compute_cells_and_kzg_proofs", "verify_cell_kzg_proof_batch",
        "recover_cells_and_kzg_proofs", "compute_verify_cell_kzg_proof_batch_challenge",
    ]

    static var vectorsDirectory: URL {
        if let path = ProcessInfo.processInfo.environment["KZG_VECTORS_DIR"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        return KZGFixtures.dataDirectory.appendingPathComponent("vectors")
    }

    @Test("every spec vector of the seven EIP-4844 and five EIP-7594 functions")
    func everyVector() throws {
        let context = try KZGFixtures.mainnet.get()
        let cellContext = try KZGFixtures.mainnetCells.get()
        let report = Self.runAll(in: Self.vectorsDirectory) { function, input in
            try Self.run(function, input: input, context: context, cellContext: cellContext)
        }
        #expect(
            report.failures.isEmpty,
            """
            \(report.failures.count) problems in \(report.caseCount) cases under \(Self.vectorsDirectory.path):
            \(report.failures.joined(separator: "\n"))
            """)
    }

    /// A function folder with no cases is a harness error, not a pass: a renamed or missing folder must not turn
    /// into silently skipped vectors.
    @Test("a missing function folder fails the run")
    func missingFunctionFolderFails() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("vectors-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        let report = Self.runAll(in: empty) { _, _ in .rejected }
        #expect(report.caseCount == 0)
        #expect(report.failures.count == Self.functions.count)
        #expect(report.failures.allSatisfy { $0.contains("no cases") })
    }

    /// An input the runner cannot read is reported as a harness error even where the case expects a rejection:
    /// otherwise a typo in a key, or a vector the runner misreads, would pass as "rejected".
    @Test("a harness error is not counted as an expected rejection")
    func harnessErrorIsNotARejection() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vectors-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        for function in Self.functions {
            let caseFolder = folder.appendingPathComponent("\(function)/kzg-mainnet/case_0")
            try FileManager.default.createDirectory(at: caseFolder, withIntermediateDirectories: true)
            try Data("input:\n  misspelled_blob: '0x00'\noutput: null\n".utf8)
                .write(to: caseFolder.appendingPathComponent("data.yaml"))
        }
        let context = try KZGFixtures.mainnet.get()
        let cellContext = try KZGFixtures.mainnetCells.get()
        let report = Self.runAll(in: folder) { function, input in
            try Self.run(function, input: input, context: context, cellContext: cellContext)
        }
        #expect(report.caseCount == Self.functions.count)
        #expect(report.failures.count == Self.functions.count)
        #expect(report.failures.allSatisfy { $0.contains("harness error") })
    }

    /// What running a folder of vectors found: how many cases, and one line per problem.
    struct Report {
        var caseCount = 0
        var failures: [String] = []
    }

    /// Runs every case of every function in `functions` under `root` through `body`.
    static func runAll(in root: URL, _ body: (String, [String: Any]) throws -> VectorValue) -> Report {
        var report = Report()
        for function in functions {
            let directory = root.appendingPathComponent(function).appendingPathComponent("kzg-mainnet")
            let cases = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).filter {
                FileManager.default.fileExists(atPath: directory.appendingPathComponent("\($0)/data.yaml").path)
            }
            if cases.isEmpty {
                report.failures.append("\(function): harness error, no cases in \(directory.path)")
                continue
            }
            for name in cases.sorted() {
                report.caseCount += 1
                let label = "\(function)/\(name)"
                let file = directory.appendingPathComponent(name).appendingPathComponent("data.yaml")
                let document: [String: Any]
                let input: [String: Any]
                do {
                    let text = try String(contentsOf: file, encoding: .utf8)
                    guard let parsed = try Yams.load(yaml: text) as? [String: Any],
                        let parsedInput = parsed["input"] as? [String: Any]
                    else {
                        report.failures.append("\(label): harness error, no input in data.yaml")
                        continue
                    }
                    (document, input) = (parsed, parsedInput)
                } catch {
                    report.failures.append("\(label): harness error, unreadable data.yaml (\(error))")
                    continue
                }
                let expected = VectorValue(yaml: document["output"])
                if case .unexpected(let text) = expected {
                    report.failures.append("\(label): harness error, unreadable output \(text)")
                    continue
                }
                let actual: VectorValue
                do {
                    actual = try body(function, input)
                } catch let error as VectorError {
                    report.failures.append("\(label): harness error, \(error)")
                    continue
                } catch {
                    actual = .rejected
                }
                if actual != expected {
                    report.failures.append("\(label): expected \(expected), got \(actual)")
                }
            }
        }
        return report
    }

    /// Runs one case. What the API throws (`EIP4844Error`, `EIP7594Error`, also from the throwing initialisers of
    /// their types) is a rejection; a key that is missing or not hex throws `VectorError`, a harness error.
    static func run(
        _ function: String, input: [String: Any], context: EIP4844Context, cellContext: EIP7594Context
    ) throws -> VectorValue {
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
        func indices(_ key: String) throws -> [Int] {
            guard let items = input[key] as? [Any] else { throw VectorError.badInput(key) }
            return try items.map { item in
                if let value = item as? Int { return value }
                if let value = item as? Double, value >= 0, value.rounded() == value {
                    return value < 9.0e18 ? Int(value) : Int.max
                }
                // A decimal integer too large for Int (a uint64 index near 2^64) is out of range in any case.
                guard "\(item)".allSatisfy(\.isNumber), !"\(item)".isEmpty else { throw VectorError.badInput(key) }
                return Int.max
            }
        }
        func cells(_ key: String) throws -> [Cell] {
            try list(key).map { bytes throws(EIP7594Error) in try Cell(bytes: bytes) }
        }
        func commitments(_ key: String) throws -> [KZGCommitment] {
            try list(key).map { bytes throws(EIP4844Error) in try KZGCommitment(bytes: bytes) }
        }
        func proofs(_ key: String) throws -> [KZGProof] {
            try list(key).map { bytes throws(EIP4844Error) in try KZGProof(bytes: bytes) }
        }
        func cellsAndProofs(_ result: (cells: [Cell], proofs: [KZGProof])) -> VectorValue {
            .lists([result.cells.map(\.bytes), result.proofs.map(\.bytes)])
        }
        switch function {
        case "blob_to_kzg_commitment":
            return .bytes(context.blobToKZGCommitment(try Blob(bytes: field("blob"))).bytes)
        case "compute_kzg_proof":
            let (proof, y) = context.computeKZGProof(try Blob(bytes: field("blob")), z: try Bytes32(bytes: field("z")))
            return .list([proof.bytes, y.bytes])
        case "compute_blob_kzg_proof":
            return .bytes(
                context.computeBlobKZGProof(
                    try Blob(bytes: field("blob")),
                    commitment: try KZGCommitment(bytes: field("commitment"))
                ).bytes)
        case "verify_kzg_proof":
            return .bool(
                context.verifyKZGProof(
                    commitment: try KZGCommitment(bytes: field("commitment")), z: try Bytes32(bytes: field("z")),
                    y: try Bytes32(bytes: field("y")), proof: try KZGProof(bytes: field("proof"))))
        case "verify_blob_kzg_proof":
            return .bool(
                context.verifyBlobKZGProof(
                    try Blob(bytes: field("blob")), commitment: try KZGCommitment(bytes: field("commitment")),
                    proof: try KZGProof(bytes: field("proof"))))
        case "verify_blob_kzg_proof_batch":
            return .bool(
                try context.verifyBlobKZGProofBatch(
                    try list("blobs").map { bytes throws(EIP4844Error) in try Blob(bytes: bytes) },
                    commitments: try list("commitments").map { bytes throws(EIP4844Error) in
                        try KZGCommitment(bytes: bytes)
                    },
                    proofs: try list("proofs").map { bytes throws(EIP4844Error) in try KZGProof(bytes: bytes) }))
        case "compute_challenge":
            let challenge = context.computeChallenge(
                try Blob(bytes: field("blob")),
                commitment: try KZGCommitment(bytes: field("commitment")))
            return .bytes(challenge.bigEndianBytes)
        case "compute_cells":
            return .list(cellContext.computeCells(try Blob(bytes: field("blob"))).map(\.bytes))
        case "compute_cells_and_kzg_proofs":
            return cellsAndProofs(cellContext.computeCellsAndKZGProofs(try Blob(bytes: field("blob"))))
        case "verify_cell_kzg_proof_batch":
            // Every input is read (a harness error wins over a rejection) before any is validated.
            let (commitmentBytes, cellIndices, cellBytes, proofBytes) = (
                try list("commitments"), try indices("cell_indices"), try list("cells"), try list("proofs")
            )
            return .bool(
                try cellContext.verifyCellKZGProofBatch(
                    commitments: try commitmentBytes.map { bytes throws(EIP4844Error) in
                        try KZGCommitment(bytes: bytes)
                    },
                    cellIndices: cellIndices,
                    cells: try cellBytes.map { bytes throws(EIP7594Error) in try Cell(bytes: bytes) },
                    proofs: try proofBytes.map { bytes throws(EIP4844Error) in try KZGProof(bytes: bytes) }))
        case "recover_cells_and_kzg_proofs":
            let (cellIndices, cellBytes) = (try indices("cell_indices"), try list("cells"))
            return cellsAndProofs(
                try cellContext.recoverCellsAndKZGProofs(
                    cellIndices: cellIndices,
                    cells: try cellBytes.map { bytes throws(EIP7594Error) in try Cell(bytes: bytes) }))
        case "compute_verify_cell_kzg_proof_batch_challenge":
            guard let evaluations = input["cosets_evals"] as? [Any] else { throw VectorError.badInput("cosets_evals") }
            // Each cell arrives as its 64 field elements; a cell's bytes are their concatenation.
            let cellBytes = try evaluations.map { item -> [UInt8] in
                guard let parts = item as? [Any] else { throw VectorError.badInput("cosets_evals") }
                return try parts.flatMap { part -> [UInt8] in
                    guard let text = part as? String, let value = decodeHex(text) else {
                        throw VectorError.badInput("cosets_evals")
                    }
                    return value
                }
            }
            let (commitmentBytes, commitmentIndices, cellIndices, proofBytes) = (
                try list("commitments"), try indices("commitment_indices"), try indices("cell_indices"),
                try list("proofs")
            )
            let challenge = try cellContext.computeVerifyCellKZGProofBatchChallenge(
                commitments: try commitmentBytes.map { bytes throws(EIP4844Error) in try KZGCommitment(bytes: bytes) },
                commitmentIndices: commitmentIndices, cellIndices: cellIndices,
                cells: try cellBytes.map { bytes throws(EIP7594Error) in try Cell(bytes: bytes) },
                proofs: try proofBytes.map { bytes throws(EIP4844Error) in try KZGProof(bytes: bytes) })
            return .bytes(challenge.bigEndianBytes)
        default:
            throw VectorError.unknownFunction(function)
        }
    }
}

enum VectorError: Error, CustomStringConvertible {
    case badInput(String)
    case unknownFunction(String)

    var description: String {
        switch self {
        case .badInput(let key): "input `\(key)` is missing or not hex"
        case .unknownFunction(let name): "no runner for the function `\(name)`"
        }
    }
}

/// An expected or actual result, compared the way the vectors mean it.
enum VectorValue: Equatable, CustomStringConvertible {
    case rejected
    case bool(Bool)
    case bytes([UInt8])
    case list([[UInt8]])
    /// A list of lists, as `compute_cells_and_kzg_proofs` returns (cells, proofs).
    case lists([[[UInt8]]])
    case unexpected(String)

    init(yaml value: Any?) {
        switch value {
        case nil, is NSNull: self = .rejected
        case let flag as Bool: self = .bool(flag)
        case let text as String: self = decodeHex(text).map(VectorValue.bytes) ?? .unexpected(text)
        case let items as [Any] where !items.isEmpty && items.allSatisfy({ $0 is [Any] }):
            let parts = items.map { VectorValue(yaml: $0) }
            let lists = parts.compactMap { part -> [[UInt8]]? in
                if case .list(let values) = part { return values }
                return nil
            }
            self = lists.count == parts.count ? .lists(lists) : .unexpected("\(items)")
        case let items as [Any]:
            let parts = items.compactMap { ($0 as? String).flatMap(decodeHex) }
            self = parts.count == items.count ? .list(parts) : .unexpected("\(items)")
        case let other?: self = .unexpected("\(other)")
        }
    }

    var description: String {
        switch self {
        case .rejected: "rejection"
        case .bool(let flag): "\(flag)"
        case .bytes(let value): encodeHex(value)
        case .list(let parts): "[" + parts.map(encodeHex).joined(separator: ", ") + "]"
        case .lists(let lists):
            "[" + lists.map { "[" + $0.map(encodeHex).joined(separator: ", ") + "]" }.joined(separator: ", ") + "]"
        case .unexpected(let text): "unreadable output \(text)"
        }
    }
}
