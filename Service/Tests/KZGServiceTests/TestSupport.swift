import EIP4844
import Foundation
import HTTPTypes
import Hummingbird
import KZGService
import Logging
import NIOCore
import NIOEmbedded
import SeededRandom
import Synchronization

/// What the tests share: the repository's folders, the loaded backend, and services built around it.
enum Fixtures {
    /// The repository (the workbook) this package sits in.
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let serviceRoot = repositoryRoot.appendingPathComponent("Service")
    static let vectors = repositoryRoot.appendingPathComponent("Data/kzg/vectors")

    /// The committed trusted setup, loaded and checked once for the whole test run.
    static let backend: KZGBackend = {
        try! ServiceState.loadBackend(path: ServiceConfiguration.embeddedTrustedSetupPath)
    }()

    /// A ready service (unless `ready` is false) with `configuration`, and the lines it logged.
    static func service(
        _ configuration: ServiceConfiguration = ServiceConfiguration(), apiKeys: [String] = [], ready: Bool = true
    ) -> (application: TestApplication, dependencies: ServiceDependencies, logs: LogLines) {
        let state = ServiceState()
        if ready { state.markReady(backend, loadSeconds: 0) }
        let dependencies = ServiceDependencies(
            configuration: configuration, state: state, metrics: ServiceMetrics(version: ServiceState.version),
            apiKeys: APIKeys(keys: apiKeys))
        let logs = LogLines()
        let logger = Logger(label: "test") { label in
            JSONLogHandler(label: label, level: .info, write: { logs.append($0) })
        }
        let application = TestApplication(responder: ServiceRouter.make(dependencies).buildResponder(), logger: logger)
        return (application, dependencies, logs)
    }

    /// Canonical blob bytes: every 32-byte element starts with a byte below 0x73, so it is below
    /// r = 0x73eda753… whatever follows.
    static func randomBlobBytes(using generator: inout SeededGenerator) -> [UInt8] {
        var bytes = [UInt8]()
        bytes.reserveCapacity(EIP4844Constants.bytesPerBlob)
        for _ in 0..<EIP4844Constants.fieldElementsPerBlob {
            bytes.append(UInt8.random(in: 0...0x72, using: &generator))
            for _ in 1..<32 { bytes.append(UInt8.random(in: 0...255, using: &generator)) }
        }
        return bytes
    }

    static func randomBytes32(using generator: inout SeededGenerator) -> [UInt8] {
        [UInt8.random(in: 0...0x72, using: &generator)]
            + (1..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
    }
}

/// Lines written by the JSON log handler.
final class LogLines: Sendable {
    private let lines = Mutex([String]())
    func append(_ line: String) { lines.withLock { $0.append(line) } }
    var all: [String] { lines.withLock { $0 } }
}

/// A JSON body from a dictionary.
func jsonBody(_ object: [String: Any]) -> ByteBuffer {
    ByteBuffer(bytes: try! JSONSerialization.data(withJSONObject: object))
}

func jsonObject(_ buffer: ByteBuffer) -> [String: Any]? {
    try? JSONSerialization.jsonObject(with: Data(buffer: buffer)) as? [String: Any]
}

/// The router without a server: each request goes straight to its responder, as the server would pass it.
struct TestApplication: Sendable {
    let responder: RouterResponder<ServiceRequestContext>
    let logger: Logger

    enum Mode { case router }

    func test(_ mode: Mode, _ body: (TestClient) async throws -> Void) async throws {
        try await body(TestClient(responder: responder, logger: logger))
    }
}

struct TestResponse {
    let status: HTTPResponse.Status
    let headers: HTTPFields
    let body: ByteBuffer
}

struct TestClient {
    let responder: RouterResponder<ServiceRequestContext>
    let logger: Logger

    func execute(uri: String, method: HTTPRequest.Method, headers: HTTPFields = [:], body: ByteBuffer? = nil)
        async throws -> TestResponse
    {
        let head = HTTPRequest(method: method, scheme: "http", authority: "localhost", path: uri, headerFields: headers)
        let request = Request(head: head, body: RequestBody(buffer: body ?? ByteBuffer()))
        let context = ServiceRequestContext(
            source: ApplicationRequestContextSource(channel: EmbeddedChannel(), logger: logger))
        let response = try await responder.respond(to: request, context: context)
        let collector = BodyCollector()
        try await response.body.write(collector)
        return TestResponse(status: response.status, headers: response.headers, body: collector.buffer)
    }
}

/// Collects a response body.
final class BodyCollector: ResponseBodyWriter, @unchecked Sendable {
    var buffer = ByteBuffer()
    func write(_ buffer: ByteBuffer) async throws {
        var buffer = buffer
        self.buffer.writeBuffer(&buffer)
    }
    func finish(_ trailingHeaders: HTTPFields?) async throws {}
}

extension TestClient {
    /// POSTs `object` as JSON to `/v1/<route>`.
    func post(_ route: String, _ object: [String: Any], headers: HTTPFields = [:]) async throws -> TestResponse {
        var headers = headers
        headers[.contentType] = "application/json"
        return try await execute(uri: "/v1/\(route)", method: .post, headers: headers, body: jsonBody(object))
    }
}

/// The problem document of `response`, checked to be `application/problem+json` with the given kind and its
/// status: returns its members.
@discardableResult
func expectProblem(_ response: TestResponse, _ kind: ServiceProblem.Kind) -> [String: Any]? {
    guard response.status == kind.status,
        response.headers[.contentType] == "application/problem+json",
        let object = jsonObject(response.body),
        object["type"] as? String == kind.typeURI,
        object["status"] as? Int == Int(kind.status.code),
        object["title"] as? String == kind.title,
        object["detail"] is String
    else {
        return nil
    }
    return object
}
