import Chapter02Exercises
import Chapter04Exercises
import Chapter12Exercises
import Curves
import EIP4844
import Fields
import Foundation
import KZG
import SeededRandom

/// `bench backend`: chapter 12's `YourBackend` (the learner's chapters 2, 4, 7 and 8, built in release like the
/// rest) beside the reference and ckzg, on the same blob from a fixed seed, for the two calls a node makes most:
/// committing to a blob and verifying a blob's proof. Blobs are decoded before timing, for all three alike
/// (ckzg's figures include its decoding, which is about a hundredth of a commitment). Medians of `runs`.
///
/// With chapter 12's stubs in place this stops at the first unwritten function, saying which.
func runBackendBenchmarks(runs: Int = 10) {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    let setupPath = root.appendingPathComponent("Data/kzg/trusted_setup.txt").path
    guard let setup = try? TrustedSetup(contentsOfFile: setupPath), let context = try? EIP4844Context(setup: setup)
    else {
        print("backend benchmarks: cannot load \(setupPath)")
        return
    }
    // The mainnet points enter chapter 4's type by their coordinates, as in chapter 12's tests.
    let yours = KZGSettings<YourBackend>(
        g1LagrangeBitReversed: setup.g1Lagrange.map { Chapter04Exercises.G1Projective(x: $0.x, y: $0.y, z: .one) },
        g2Secret: setup.g2Monomial[1])
    var generator = SeededGenerator(seed: 4844)
    let blob = randomBlob(using: &generator)
    let commitment = context.blobToKZGCommitment(blob)
    let proof = context.computeBlobKZGProof(blob, commitment: commitment)
    let yourBlob = EncodedBlob(
        bytes: blob.bytes, polynomial: blob.polynomial.evaluations.map { Chapter02Exercises.Fr($0) })
    let yourCommitment = EncodedG1(
        bytes: commitment.bytes, point: try! YourBackend.G1(validatingCompressed: commitment.bytes))
    let yourProof = EncodedG1(bytes: proof.bytes, point: try! YourBackend.G1(validatingCompressed: proof.bytes))
    // Figures of a wrong backend mean nothing: check both calls first.
    guard yours.blobToKZGCommitment(yourBlob).compressed == commitment.bytes,
        yours.verifyBlobKZGProof(yourBlob, commitment: yourCommitment, proof: yourProof)
    else {
        print("backend benchmarks: your backend's commitment or verification disagrees with the reference's")
        return
    }

    let reference: [String: Double] = [
        "blob_to_kzg_commitment": wallNanoseconds(runs: runs) { keepAlive(context.blobToKZGCommitment(blob)) },
        "verify_blob_kzg_proof": wallNanoseconds(runs: runs) {
            precondition(context.verifyBlobKZGProof(blob, commitment: commitment, proof: proof))
        },
    ]
    let mine: [String: Double] = [
        "blob_to_kzg_commitment": wallNanoseconds(runs: runs) { keepAlive(yours.blobToKZGCommitment(yourBlob)) },
        "verify_blob_kzg_proof": wallNanoseconds(runs: runs) {
            precondition(yours.verifyBlobKZGProof(yourBlob, commitment: yourCommitment, proof: yourProof))
        },
    ]
    let peer = ckzgFigures(root: root, setupPath: setupPath, runs: runs)
    printTable(
        "Your backend (chapter 12) beside the reference and ckzg (median of \(runs); release build; same machine)",
        header: ["operation", "your backend", "reference", "ckzg", "yours / reference", "yours / ckzg"],
        rows: ["blob_to_kzg_commitment", "verify_blob_kzg_proof"].map { name in
            let (yoursTime, referenceTime) = (mine[name]!, reference[name]!)
            let ckzg = peer[name].map { $0 * 1e9 }
            return [
                name, formatDuration(nanoseconds: yoursTime), formatDuration(nanoseconds: referenceTime),
                ckzg.map { formatDuration(nanoseconds: $0) } ?? "-", String(format: "%.1fx", yoursTime / referenceTime),
                ckzg.map { String(format: "%.1fx", yoursTime / $0) } ?? "-",
            ]
        })
}
