import Curves
import EIP4844
import EIP7594
import Fields
import Foundation
import KZG
import MSM
import Polynomials
import SeededRandom

/// Times MSM, FFT, the trusted-setup load, every EIP-4844 call and the EIP-7594 cell calls (median of `runs`),
/// then the same calls through ckzg (c-kzg-4844's Python bindings, run by `scripts/ckzg_peer.py` in the environment
/// `scripts/ckzg-venv.sh` makes), in one table. Rows ckzg has and this backend does not (its precomputation
/// setting 8) show "-" in this backend's column.
func runKZGBenchmarks(runs: Int = 10) {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    let setupPath = root.appendingPathComponent("Data/kzg/trusted_setup.txt").path
    var rows = [(name: String, nanoseconds: Double?)]()

    let loadTime = wallNanoseconds(runs: min(runs, 3)) { _ = try! TrustedSetup(contentsOfFile: setupPath) }
    guard let setup = try? TrustedSetup(contentsOfFile: setupPath), let context = try? EIP4844Context(setup: setup)
    else {
        print("KZG benchmarks: cannot load \(setupPath)")
        return
    }
    var generator = SeededGenerator(seed: 4844)
    let blobs = (0..<64).map { _ in randomBlob(using: &generator) }
    let commitments = blobs.map { context.blobToKZGCommitment($0) }
    let proofs = zip(blobs, commitments).map { context.computeBlobKZGProof($0, commitment: $1) }
    let z = Bytes32(Fr.random(using: &generator))
    let (proof, y) = context.computeKZGProof(blobs[0], z: z)

    let scalars = blobs[0].polynomial.evaluations
    rows.append(
        (
            "G1 MSM, 4096 points",
            wallNanoseconds(runs: runs) {
                _ = try! multiScalarMultiplication(points: setup.g1Lagrange, scalars: scalars)
            }
        ))
    rows.append(
        (
            "FFT, 4096 points",
            wallNanoseconds(runs: runs) {
                var values = scalars
                try! EvaluationDomain.eip4844.fft(&values)
            }
        ))
    rows.append(("trusted-setup load (EIP-4844)", loadTime))
    rows.append(("blob_to_kzg_commitment", wallNanoseconds(runs: runs) { _ = context.blobToKZGCommitment(blobs[0]) }))
    rows.append(("compute_kzg_proof", wallNanoseconds(runs: runs) { _ = context.computeKZGProof(blobs[0], z: z) }))
    rows.append(
        (
            "compute_blob_kzg_proof",
            wallNanoseconds(runs: runs) {
                _ = context.computeBlobKZGProof(blobs[0], commitment: commitments[0])
            }
        ))
    rows.append(
        (
            "verify_kzg_proof",
            wallNanoseconds(runs: runs) {
                precondition(context.verifyKZGProof(commitment: commitments[0], z: z, y: y, proof: proof))
            }
        ))
    rows.append(
        (
            "verify_blob_kzg_proof",
            wallNanoseconds(runs: runs) {
                precondition(context.verifyBlobKZGProof(blobs[0], commitment: commitments[0], proof: proofs[0]))
            }
        ))
    for count in [1, 4, 16, 64] {
        rows.append(
            (
                "verify_blob_kzg_proof_batch (\(count))",
                wallNanoseconds(runs: runs) {
                    precondition(
                        try! context.verifyBlobKZGProofBatch(
                            Array(blobs[..<count]),
                            commitments: Array(commitments[..<count]),
                            proofs: Array(proofs[..<count])))
                }
            ))
    }

    rows += cellRows(setup: setup, setupPath: setupPath, blob: blobs[0], commitment: commitments[0], runs: runs)

    var peer = ckzgFigures(root: root, setupPath: setupPath, runs: runs)
    // The MSM has no Python binding: its figure is blst's own Pippenger (the one ckzg calls), one thread.
    if let msm = blstFigures("kzg")["G1 MSM, 4096 points"] { peer["G1 MSM, 4096 points"] = msm / 1e9 }
    printTable(
        "KZG and EIP-4844 (median of \(runs); ckzg through its Python bindings, MSM from blst; same machine)",
        header: ["operation", "this backend", "ckzg", "ckzg / this"],
        rows: rows.map { row in
            let theirs = peer[row.name]
            return [
                row.name, row.nanoseconds.map { formatDuration(nanoseconds: $0) } ?? "-",
                theirs.map { formatDuration(nanoseconds: $0 * 1e9) } ?? "-",
                theirs.flatMap { theirs in row.nanoseconds.map { String(format: "%.2fx", theirs * 1e9 / $0) } } ?? "-",
            ]
        })
}

/// The EIP-7594 rows of `runKZGBenchmarks` alone, without ckzg.
func runCellBenchmarks(runs: Int = 10) {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    let setupPath = root.appendingPathComponent("Data/kzg/trusted_setup.txt").path
    guard let setup = try? TrustedSetup(contentsOfFile: setupPath), let context = try? EIP4844Context(setup: setup)
    else {
        print("KZG benchmarks: cannot load \(setupPath)")
        return
    }
    var generator = SeededGenerator(seed: 4844)
    let blob = randomBlob(using: &generator)
    let rows = cellRows(
        setup: setup, setupPath: setupPath, blob: blob, commitment: context.blobToKZGCommitment(blob), runs: runs)
    printTable(
        "EIP-7594 (median of \(runs))", header: ["operation", "this backend"],
        rows: rows.compactMap { row in row.nanoseconds.map { [row.name, formatDuration(nanoseconds: $0)] } })
}

/// The EIP-7594 rows. ckzg's setup load (precomputation 0) includes its FK20 tables, so it is compared with the
/// load plus `EIP7594Context`; the rows of ckzg's precomputation 8 have no counterpart here.
private func cellRows(setup: TrustedSetup, setupPath: String, blob: Blob, commitment: KZGCommitment, runs: Int)
    -> [(name: String, nanoseconds: Double?)]
{
    var rows = [(name: String, nanoseconds: Double?)]()
    rows.append(
        (
            "trusted-setup load, with FK20 tables",
            wallNanoseconds(runs: min(runs, 3)) {
                _ = try! EIP7594Context(setup: TrustedSetup(contentsOfFile: setupPath))
            }
        ))
    rows.append(("trusted-setup load, precompute 8", nil))
    let context = try! EIP7594Context(setup: setup)  // the mainnet setup has 4096 G1 and 65 G2 points
    let (cells, proofs) = context.computeCellsAndKZGProofs(blob)
    let half = Array(stride(from: 0, to: 128, by: 2))
    for suffix in ["", ", precompute 8"] {
        let ours = suffix.isEmpty
        rows.append(
            ("compute_cells" + suffix, ours ? wallNanoseconds(runs: runs) { _ = context.computeCells(blob) } : nil))
        rows.append(
            (
                "compute_cells_and_kzg_proofs" + suffix,
                ours ? wallNanoseconds(runs: runs) { _ = context.computeCellsAndKZGProofs(blob) } : nil
            ))
        rows.append(
            (
                "recover_cells_and_kzg_proofs (half)" + suffix,
                ours
                    ? wallNanoseconds(runs: runs) {
                        _ = try! context.recoverCellsAndKZGProofs(cellIndices: half, cells: half.map { cells[$0] })
                    } : nil
            ))
        rows.append(
            (
                "verify_cell_kzg_proof_batch (128 cells)" + suffix,
                ours
                    ? wallNanoseconds(runs: runs) {
                        precondition(
                            try! context.verifyCellKZGProofBatch(
                                commitments: Array(repeating: commitment, count: 128), cellIndices: Array(0..<128),
                                cells: cells, proofs: proofs))
                    } : nil
            ))
    }
    return rows
}

func randomBlob(using generator: inout SeededGenerator) -> Blob {
    var bytes = [UInt8]()
    for _ in 0..<EIP4844Constants.fieldElementsPerBlob { bytes += Fr.random(using: &generator).bigEndianBytes }
    return try! Blob(bytes: bytes)  // canonical elements by construction
}

/// The ckzg figures by operation name, or empty (after saying why) if Python or ckzg is unavailable.
func ckzgFigures(root: URL, setupPath: String, runs: Int) -> [String: Double] {
    let bootstrap = root.appendingPathComponent("scripts/ckzg-venv.sh").path
    guard let pythonPath = run("/bin/sh", [bootstrap]),
        let python = String(data: pythonPath, encoding: .utf8)?.trimmingCharacters(in: .whitespacesAndNewlines)
    else {
        print("ckzg: \(bootstrap) could not make the environment with ckzg (is PyPI reachable?)")
        return [:]
    }
    let script = root.appendingPathComponent("scripts/ckzg_peer.py").path
    guard let output = run(python, [script, "time", setupPath, String(runs)]),
        let figures = try? JSONDecoder().decode([String: Double].self, from: output)
    else {
        print("ckzg: \(script) failed")
        return [:]
    }
    return figures
}

/// Standard output of a program that exited with status 0, or nil.
func run(_ path: String, _ arguments: [String]) -> Data? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    let output = Pipe()
    process.standardOutput = output
    guard (try? process.run()) != nil else { return nil }
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return process.terminationStatus == 0 ? data : nil
}
