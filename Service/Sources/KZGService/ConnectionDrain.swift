import HTTPTypes
import NIOCore
import NIOHTTPTypes

/// Closes a keep-alive connection on graceful shutdown without racing the client.
///
/// When the listener closes, each open connection gets a `ChannelShouldQuiesceEvent`. Hummingbird's own handler
/// closes a connection at once if no request is in progress, but "no request in progress" on the server's side
/// does not mean the client is not sending one: a request already on its way into a kept-alive connection arrives
/// at a closed socket, and the client sees a reset with no answer. RFC 9112 §9.6 (tear-down) says how to avoid
/// that race: announce the close in a response (`Connection: close`) and close after sending it; then the client
/// knows not to send on that connection again.
///
/// So on quiesce this handler (placed before Hummingbird's, which never sees the event):
/// - a request in progress gets `Connection: close` on its response, and the connection closes once the response
///   is written;
/// - an idle connection is kept for `idleGrace`: a request arriving meanwhile is answered the same way; only a
///   connection that stays silent that long is closed (as an idle timeout would), so a client that sends the moment
///   its previous answer arrives is still answered;
/// - a response whose head was already written without the announcement does not close the connection: it counts
///   as idle after it, and the next request carries the announcement.
public final class ConnectionDrainHandler: ChannelDuplexHandler, RemovableChannelHandler {
    public typealias InboundIn = HTTPRequestPart
    public typealias InboundOut = HTTPRequestPart
    public typealias OutboundIn = HTTPResponsePart
    public typealias OutboundOut = HTTPResponsePart

    /// How long a quiescing connection with no request in progress waits for one before it closes.
    public static let defaultIdleGrace = TimeAmount.seconds(1)

    let idleGrace: TimeAmount
    /// Requests whose head was read and whose response end is not written yet (more than one when pipelined).
    private var requestsInProgress = 0
    private var quiescing = false
    /// Whether the response being written announced `Connection: close`.
    private var closeAnnounced = false
    private var idleClose: Scheduled<Void>?

    public init(idleGrace: TimeAmount = ConnectionDrainHandler.defaultIdleGrace) {
        self.idleGrace = idleGrace
    }

    public func handlerRemoved(context: ChannelHandlerContext) {
        idleClose?.cancel()
        idleClose = nil
    }

    public func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        if case .head = unwrapInboundIn(data) {
            requestsInProgress += 1
            idleClose?.cancel()
            idleClose = nil
        }
        context.fireChannelRead(data)
    }

    public func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        switch unwrapOutboundIn(data) {
        case .head(var head) where quiescing:
            head.headerFields[.connection] = "close"
            closeAnnounced = true
            context.write(wrapOutboundOut(.head(head)), promise: promise)
        case .head:
            closeAnnounced = false
            context.write(data, promise: promise)
        case .end:
            requestsInProgress -= 1
            guard quiescing, requestsInProgress == 0 else {
                context.write(data, promise: promise)
                return
            }
            if closeAnnounced {
                // Close once the response is on the wire: closing with writes pending would drop them.
                let written = promise ?? context.eventLoop.makePromise()
                context.writeAndFlush(data, promise: written)
                written.futureResult.whenComplete { _ in context.close(promise: nil) }
            } else {
                context.write(data, promise: promise)
                waitForRequestOrClose(context: context)
            }
        case .body:
            context.write(data, promise: promise)
        }
    }

    public func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        guard event is ChannelShouldQuiesceEvent else {
            context.fireUserInboundEventTriggered(event)
            return
        }
        guard !quiescing else { return }
        quiescing = true
        if requestsInProgress == 0 { waitForRequestOrClose(context: context) }
    }

    private func waitForRequestOrClose(context: ChannelHandlerContext) {
        guard idleClose == nil else { return }
        idleClose = context.eventLoop.assumeIsolatedUnsafeUnchecked().scheduleTask(in: idleGrace) {
            self.idleClose = nil
            if self.requestsInProgress == 0 { context.close(promise: nil) }
        }
    }
}

@available(*, unavailable)
extension ConnectionDrainHandler: Sendable {}
