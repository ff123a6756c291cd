import Curves
import EIP4844
import Fields
import Foundation
import KZG
import MSM
import Polynomials

/// Times MSM, FFT, the trusted-setup load and every EIP-4844 call (median of `runs`), then the same calls through
/// ckzg (c-kzg-4844's Python bindings, run by `Benchmarks/ckzg_peer.py` in `.build/ckzg-venv`), in one table.
func runKZGBenchmarks(runs: Int = 10) {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    let setupPath = root.deletingLastPathComponent().appendingPathComponent("shared/kzg/trusted_setup.txt").path
    var rows = [(name: String, seconds: Double)]()

    let loadTime = medianSeconds(runs: min(runs, 3)) { _ = try! TrustedSetup(contentsOfFile: setupPath) }
    guard let setup = try? TrustedSetup(contentsOfFile: setupPath), let context = try? EIP4844Context(setup: setup)
    else {
        print("KZG benchmarks: cannot load \(setupPath)")
        return
    }
    var generator = BenchmarkGenerator(seed: 4844)
    let blobs = (0..<64).map { _ in randomBlob(using: &generator) }
    let commitments = blobs.map { context.blobToKZGCommitment($0) }
    let proofs = zip(blobs, commitments).map { context.computeBlobKZGProof($0, commitment: $1) }
    let z = Bytes32(Fr.random(using: &generator))
    let (proof, y) = context.computeKZGProof(blobs[0], z: z)

    let scalars = blobs[0].polynomial.evaluations
    rows.append(("G1 MSM, 4096 points", medianSeconds(runs: runs) {
        _ = try! multiScalarMultiplication(points: setup.g1Lagrange, scalars: scalars)
    }))
    rows.append(("FFT, 4096 points", medianSeconds(runs: runs) {
        var values = scalars
        try! EvaluationDomain.eip4844.fft(&values)
    }))
    rows.append(("trusted-setup load", loadTime))
    rows.append(("blob_to_kzg_commitment", medianSeconds(runs: runs) { _ = context.blobToKZGCommitment(blobs[0]) }))
    rows.append(("compute_kzg_proof", medianSeconds(runs: runs) { _ = context.computeKZGProof(blobs[0], z: z) }))
    rows.append(("compute_blob_kzg_proof", medianSeconds(runs: runs) {
        _ = context.computeBlobKZGProof(blobs[0], commitment: commitments[0])
    }))
    rows.append(("verify_kzg_proof", medianSeconds(runs: runs) {
        precondition(context.verifyKZGProof(commitment: commitments[0], z: z, y: y, proof: proof))
    }))
    rows.append(("verify_blob_kzg_proof", medianSeconds(runs: runs) {
        precondition(context.verifyBlobKZGProof(blobs[0], commitment: commitments[0], proof: proofs[0]))
    }))
    for count in [1, 4, 16, 64] {
        rows.append(("verify_blob_kzg_proof_batch (\(count))", medianSeconds(runs: runs) {
            precondition(try! context.verifyBlobKZGProofBatch(Array(blobs[..<count]),
                                                              commitments: Array(commitments[..<count]),
                                                              proofs: Array(proofs[..<count])))
        }))
    }

    let peer = ckzgFigures(root: root, setupPath: setupPath, runs: runs)
    print("KZG and EIP-4844 (median of \(runs); ckzg through Python, same machine)")
    print(pad("operation", 36) + pad("this backend", 16) + pad("ckzg", 16) + "ckzg / this")
    for row in rows {
        let theirs = peer[row.name]
        print(pad(row.name, 36) + pad(format(row.seconds), 16) + pad(theirs.map { format($0) } ?? "-", 16)
              + (theirs.map { String(format: "%.2fx", $0 / row.seconds) } ?? "-"))
    }
    if peer.isEmpty { print("(ckzg figures unavailable: see the message above)") }
}

private func medianSeconds(runs: Int, _ body: () -> Void) -> Double {
    body()  // warm-up: first-touch allocations and lazily built tables
    var times = [Double]()
    for _ in 0..<max(runs, 1) {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    times.sort()
    return times.count % 2 == 1 ? times[times.count / 2] : (times[times.count / 2 - 1] + times[times.count / 2]) / 2
}

private func format(_ seconds: Double) -> String {
    seconds >= 1 ? String(format: "%.2f s", seconds)
        : seconds >= 1e-3 ? String(format: "%.2f ms", seconds * 1e3) : String(format: "%.1f µs", seconds * 1e6)
}

private func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
}

private func randomBlob(using generator: inout BenchmarkGenerator) -> Blob {
    var bytes = [UInt8]()
    for _ in 0..<EIP4844Constants.fieldElementsPerBlob { bytes += Fr.random(using: &generator).bigEndianBytes }
    return try! Blob(bytes: bytes)  // canonical elements by construction
}

/// The ckzg figures by operation name, or empty (after saying why) if Python or ckzg is unavailable.
private func ckzgFigures(root: URL, setupPath: String, runs: Int) -> [String: Double] {
    let venv = root.appendingPathComponent(".build/ckzg-venv")
    let python = venv.appendingPathComponent("bin/python").path
    if !FileManager.default.isExecutableFile(atPath: python) {
        guard run("/usr/bin/env", ["python3", "-m", "venv", venv.path]) != nil,
              run(python, ["-m", "pip", "install", "--quiet", "ckzg==2.1.8"]) != nil
        else {
            print("ckzg: could not create \(venv.path) with ckzg 2.1.8 (is PyPI reachable?)")
            return [:]
        }
    }
    let script = root.appendingPathComponent("Benchmarks/ckzg_peer.py").path
    guard let output = run(python, [script, setupPath, String(runs)]),
          let figures = try? JSONDecoder().decode([String: Double].self, from: output)
    else {
        print("ckzg: \(script) failed")
        return [:]
    }
    return figures
}

/// Standard output of a program that exited with status 0, or nil.
private func run(_ path: String, _ arguments: [String]) -> Data? {
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

/// SplitMix64, so every run times the same blobs.
private struct BenchmarkGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}
