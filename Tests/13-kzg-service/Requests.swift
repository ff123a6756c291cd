import ConfigCheckSupport
import Foundation

/// The chapter's folder, as `LearnerConfigFile.load` takes it.
let chapterFolder = "13-kzg-service"

/// Request bodies the checks send. Every blob is the zero blob: its commitment and its proof are the point at
/// infinity (compressed: 0xc0 then 47 zero bytes), so a batch of them verifies without anything to compute first.
enum Requests {
    static let zeroBlob = "0x" + String(repeating: "00", count: 131_072)
    static let pointAtInfinity = "0xc0" + String(repeating: "00", count: 47)

    /// `verify_blob_kzg_proof_batch` with `count` zero blobs, their commitments and proofs: valid, about 262 kB a
    /// blob.
    static func zeroBatch(_ count: Int) -> Data {
        let body: [String: [String]] = [
            "blobs": Array(repeating: zeroBlob, count: count),
            "commitments": Array(repeating: pointAtInfinity, count: count),
            "proofs": Array(repeating: pointAtInfinity, count: count),
        ]
        return try! JSONSerialization.data(withJSONObject: body)
    }

    /// A body of exactly `size` bytes that is valid JSON (a batch padded with spaces), to probe the body limit.
    static func paddedBatch(size: Int) -> Data {
        var body = zeroBatch(1)
        body.append(contentsOf: [UInt8](repeating: UInt8(ascii: " "), count: max(0, size - body.count)))
        return body
    }

    /// The problem type of an `application/problem+json` answer, if it is one.
    static func problemType(_ answer: HTTPAnswer) -> String? { answer.jsonObject?["type"] as? String }

    /// One line for a message: the status and the problem's type or the body's start.
    static func describe(_ answer: HTTPAnswer) -> String {
        "\(answer.status) " + (problemType(answer) ?? String(answer.text.prefix(120)))
    }
}
