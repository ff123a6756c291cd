import Curves
import EIP4844
import Fields
import Foundation
import KZG
import MSM
import Polynomials
import SeededRandom

/// Times MSM, FFT, the trusted-setup load and every EIP-4844 call (median of `runs`), then the same calls through
/// ckzg (c-kzg-4844's Python bindings, run by `scripts/ckzg_peer.py` in the environment `scripts/ckzg-venv.sh`
/// makes), in one table.
func runKZGBenchmarks(runs: Int = 10) {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    let setupPath = root.appendingPathComponent("Data/kzg/trusted_setup.txt").path
    var rows = [(name: String, nanoseconds: Double)]()

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
    rows.append(("trusted-setup load", loadTime))
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

    var peer = ckzgFigures(root: root, setupPath: setupPath, runs: runs)
    // The MSM has no Python binding: its figure is blst's own Pippenger (the one ckzg calls), one thread.
    if let msm = blstFigures("kzg")["G1 MSM, 4096 points"] { peer["G1 MSM, 4096 points"] = msm / 1e9 }
    printTable(
        "KZG and EIP-4844 (median of \(runs); ckzg through its Python bindings, MSM from blst; same machine)",
        header: ["operation", "this backend", "ckzg", "ckzg / this"],
        rows: rows.map { row in
            let theirs = peer[row.name]
            return [
                row.name, formatDuration(nanoseconds: row.nanoseconds),
                theirs.map { formatDuration(nanoseconds: $0 * 1e9) } ?? "-",
                theirs.map { String(format: "%.2fx", $0 * 1e9 / row.nanoseconds) } ?? "-",
            ]
        })
}

private func randomBlob(using generator: inout SeededGenerator) -> Blob {
    var bytes = [UInt8]()
    for _ in 0..<EIP4844Constants.fieldElementsPerBlob { bytes += Fr.random(using: &generator).bigEndianBytes }
    return try! Blob(bytes: bytes)  // canonical elements by construction
}

/// The ckzg figures by operation name, or empty (after saying why) if Python or ckzg is unavailable.
private func ckzgFigures(root: URL, setupPath: String, runs: Int) -> [String: Double] {
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
