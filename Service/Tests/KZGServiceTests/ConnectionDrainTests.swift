import HTTPTypes
import KZGService
import NIOCore
import NIOEmbedded
import NIOHTTPTypes
import Testing

/// The keep-alive connections on shutdown: announced closes only, never a close under a request on its way.
@Suite struct ConnectionDrainTests {
    static let grace = TimeAmount.seconds(1)

    static func connection() throws -> EmbeddedChannel {
        let channel = EmbeddedChannel(handler: ConnectionDrainHandler(idleGrace: grace))
        try channel.connect(to: SocketAddress(ipAddress: "127.0.0.1", port: 8080)).wait()
        return channel
    }

    static func request(_ channel: EmbeddedChannel) throws {
        try channel.writeInbound(
            HTTPRequestPart.head(HTTPRequest(method: .post, scheme: nil, authority: nil, path: "/v1/x")))
        try channel.writeInbound(HTTPRequestPart.end(nil))
    }

    /// Writes a response's head and end, and returns the head as it left the handler.
    static func respond(_ channel: EmbeddedChannel) throws -> HTTPResponse {
        try channel.writeOutbound(HTTPResponsePart.head(HTTPResponse(status: .ok)))
        try channel.writeOutbound(HTTPResponsePart.end(nil))
        guard case .head(let head) = try channel.readOutbound(as: HTTPResponsePart.self) else {
            throw ChannelError.inappropriateOperationForState
        }
        return head
    }

    static func quiesce(_ channel: EmbeddedChannel) {
        channel.pipeline.fireUserInboundEventTriggered(ChannelShouldQuiesceEvent())
    }

    @Test func beforeShutdownConnectionsStayOpenWithoutAnnouncement() throws {
        let channel = try Self.connection()
        try Self.request(channel)
        let head = try Self.respond(channel)
        #expect(head.headerFields[.connection] == nil)
        channel.embeddedEventLoop.advanceTime(by: .seconds(60))
        #expect(channel.isActive)
    }

    @Test func aRequestInProgressIsAnsweredWithConnectionCloseThenClosed() throws {
        let channel = try Self.connection()
        try Self.request(channel)
        Self.quiesce(channel)
        #expect(channel.isActive, "closed under a request in progress")
        let head = try Self.respond(channel)
        #expect(head.headerFields[.connection] == "close")
        channel.embeddedEventLoop.run()
        #expect(!channel.isActive, "still open after announcing its close")
    }

    @Test func anIdleConnectionWaitsForTheRequestOnItsWay() throws {
        let channel = try Self.connection()
        Self.quiesce(channel)
        channel.embeddedEventLoop.advanceTime(by: .milliseconds(500))
        #expect(channel.isActive, "an idle connection was closed at once: a request on its way would be reset")
        try Self.request(channel)
        channel.embeddedEventLoop.advanceTime(by: .seconds(5))
        #expect(channel.isActive, "closed under a request that arrived within the grace")
        let head = try Self.respond(channel)
        #expect(head.headerFields[.connection] == "close")
        channel.embeddedEventLoop.run()
        #expect(!channel.isActive)
    }

    @Test func aSilentConnectionClosesAfterTheGrace() throws {
        let channel = try Self.connection()
        Self.quiesce(channel)
        channel.embeddedEventLoop.advanceTime(by: Self.grace)
        #expect(!channel.isActive)
    }

    /// A response whose head left before the shutdown did not announce the close, so the client may send again at
    /// once: the connection waits for that request and announces the close on its answer.
    @Test func aResponseThatDidNotAnnounceTheCloseDoesNotClose() throws {
        let channel = try Self.connection()
        try Self.request(channel)
        try channel.writeOutbound(HTTPResponsePart.head(HTTPResponse(status: .ok)))
        Self.quiesce(channel)
        try channel.writeOutbound(HTTPResponsePart.end(nil))
        channel.embeddedEventLoop.run()
        #expect(channel.isActive, "closed after a response that did not say so")
        _ = try channel.readOutbound(as: HTTPResponsePart.self)
        _ = try channel.readOutbound(as: HTTPResponsePart.self)
        try Self.request(channel)
        let head = try Self.respond(channel)
        #expect(head.headerFields[.connection] == "close")
        channel.embeddedEventLoop.run()
        #expect(!channel.isActive)
    }
}
