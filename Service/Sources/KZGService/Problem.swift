import EIP4844
import EIP7594
import Foundation
import HTTPTypes

/// A failure the service reports as `application/problem+json` (RFC 9457): a stable `type` per kind of failure,
/// which clients may switch on, a status, a title that never changes for the type, and a detail for this case.
public struct ServiceProblem: Error, Sendable, Equatable {
    /// The kinds of failure. The raw value is the last part of the `type` URI and never changes.
    public enum Kind: String, Sendable, CaseIterable {
        case malformedJSON = "malformed-json"
        case malformedHex = "malformed-hex"
        case wrongLength = "wrong-length"
        case nonCanonicalFieldElement = "non-canonical-field-element"
        case invalidPoint = "invalid-point"
        case batchTooLarge = "batch-too-large"
        case batchLengthMismatch = "batch-length-mismatch"
        case cellIndexOutOfRange = "cell-index-out-of-range"
        case invalidCellIndices = "invalid-cell-indices"
        case wrongCellCount = "wrong-cell-count"
        case bodyTooLarge = "body-too-large"
        case unsupportedMediaType = "unsupported-media-type"
        case notFound = "not-found"
        case methodNotAllowed = "method-not-allowed"
        case unauthorized = "unauthorized"
        case rateLimited = "rate-limited"
        case overloaded = "overloaded"
        case timeout = "timeout"
        case notReady = "not-ready"
        case internalError = "internal-error"

        /// The `type` member: a URN, so that it names the failure without promising a page to fetch.
        public var typeURI: String { "urn:kzg-service:problem:\(rawValue)" }

        public var status: HTTPResponse.Status {
            switch self {
            case .malformedJSON, .malformedHex, .wrongLength, .nonCanonicalFieldElement, .invalidPoint,
                .batchTooLarge, .batchLengthMismatch, .cellIndexOutOfRange, .invalidCellIndices, .wrongCellCount:
                .badRequest
            case .bodyTooLarge: .contentTooLarge
            case .unsupportedMediaType: .unsupportedMediaType
            case .notFound: .notFound
            case .methodNotAllowed: .methodNotAllowed
            case .unauthorized: .unauthorized
            case .rateLimited: .tooManyRequests
            case .overloaded, .timeout, .notReady: .serviceUnavailable
            case .internalError: .internalServerError
            }
        }

        public var title: String {
            switch self {
            case .malformedJSON: "The body is not the JSON object this route takes"
            case .malformedHex: "A field is not 0x-prefixed hexadecimal"
            case .wrongLength: "A field has the wrong number of bytes"
            case .nonCanonicalFieldElement: "A field element is not below the BLS12-381 scalar modulus"
            case .invalidPoint: "A G1 point is not a valid compressed point of the prime-order subgroup"
            case .batchTooLarge: "The batch has more blobs than the service accepts"
            case .batchLengthMismatch: "The batch's lists have different lengths"
            case .cellIndexOutOfRange: "A cell index is not below 128, the cells of an extended blob"
            case .invalidCellIndices: "The cell indices repeat or are not in ascending order"
            case .wrongCellCount: "Recovery needs between 64 and 128 cells"
            case .bodyTooLarge: "The body is larger than the service accepts"
            case .unsupportedMediaType: "The body must be application/json"
            case .notFound: "No such route"
            case .methodNotAllowed: "The route does not take this method"
            case .unauthorized: "A valid API key is required"
            case .rateLimited: "Too many requests; retry later"
            case .overloaded: "Every worker is busy and the queue is full; retry later"
            case .timeout: "The request took longer than the service allows"
            case .notReady: "The service is not ready (starting or shutting down)"
            case .internalError: "The service failed"
            }
        }
    }

    public var kind: Kind
    public var detail: String
    /// Seconds after which a retry may succeed, sent as `Retry-After` (overload, rate limits, readiness).
    public var retryAfterSeconds: Int?
    /// The methods the route takes, sent as `Allow` with `method-not-allowed`.
    public var allow: String?

    public init(_ kind: Kind, detail: String, retryAfterSeconds: Int? = nil, allow: String? = nil) {
        self.kind = kind
        self.detail = detail
        self.retryAfterSeconds = retryAfterSeconds
        self.allow = allow
    }

    /// The problem for a reference validation error, with the request field it came from.
    public init(_ error: EIP4844Error, field: String) {
        switch error {
        case .wrongLength(_, let expected, let got):
            self.init(.wrongLength, detail: "\(field) has \(got) bytes, expected \(expected)")
        case .blobElementNotCanonical(let index):
            self.init(
                .nonCanonicalFieldElement, detail: "\(field): field element \(index) of the blob is not below r")
        case .fieldElementNotCanonical:
            self.init(.nonCanonicalFieldElement, detail: "\(field) is not below r")
        case .invalidCommitment(let reason), .invalidProof(let reason):
            self.init(.invalidPoint, detail: "\(field): \(reason)")
        case .batchLengthMismatch(let blobs, let commitments, let proofs):
            self.init(
                .batchLengthMismatch,
                detail: "\(blobs) blobs, \(commitments) commitments and \(proofs) proofs")
        case .setupSizeMismatch:
            self.init(.internalError, detail: "the trusted setup does not fit EIP-4844")
        }
    }

    /// The problem for an EIP-7594 validation error, with the request field it came from.
    public init(_ error: EIP7594Error, field: String) {
        switch error {
        case .cellWrongLength(let expected, let got):
            self.init(.wrongLength, detail: "\(field) has \(got) bytes, expected \(expected)")
        case .cellElementNotCanonical(let index):
            self.init(
                .nonCanonicalFieldElement, detail: "\(field): field element \(index) of the cell is not below r")
        case .cellIndexOutOfRange(let index):
            self.init(.cellIndexOutOfRange, detail: "\(field): \(index) is not a cell index (0 to 127)")
        case .duplicateCellIndex(let index):
            self.init(.invalidCellIndices, detail: "\(field): \(index) is given twice")
        case .cellIndicesNotAscending(let index):
            self.init(.invalidCellIndices, detail: "\(field): \(index) follows a larger index; give them ascending")
        case .notEnoughCells(let got, let needed):
            self.init(.wrongCellCount, detail: "\(got) cells; recovery needs at least \(needed)")
        case .tooManyCells(let got, let maximum):
            self.init(.wrongCellCount, detail: "\(got) cells; an extended blob has \(maximum)")
        case .lengthMismatch(let counts):
            self.init(
                .batchLengthMismatch,
                detail: "the lists have lengths \(counts.map(String.init).joined(separator: ", "))")
        case .commitmentIndexOutOfRange, .setupTooSmall:
            self.init(.internalError, detail: "the cell functions failed")
        }
    }

    /// The JSON body: `type`, `title`, `status`, `detail`.
    public var body: [UInt8] {
        let object: [String: Any] = [
            "type": kind.typeURI, "title": kind.title, "status": kind.status.code, "detail": detail,
        ]
        // Plain strings and an integer: serialisation cannot fail.
        let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        return Array(data)
    }
}
