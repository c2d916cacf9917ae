import Glibc
import HTTPTypes
import Hummingbird
import HummingbirdCore
import Logging
import NIOCore
import NIOHTTPTypes

/// HTTP/1.1 as Hummingbird serves it, with one handler more on each connection: a
/// ``CachedAnswerHandler`` right before the requests go to Hummingbird, so that a request the cache
/// has the answer to is answered on the connection's event loop.
struct AnsweringHTTP1Channel: ServerChildChannel {
    typealias Value = HTTP1Channel.Value
    let http1: HTTP1Channel
    let answers: @Sendable (HTTPRequest) -> CachedAnswerHandler.Answer?
    let logger: Logger

    func setup(channel: any Channel, logger: Logger) -> EventLoopFuture<Value> {
        http1.setup(channel: channel, logger: logger).flatMapThrowing { value in
            // After the connection's state handler, which so sees every request and response (its
            // idle timeout, `Connection: close` and graceful shutdown count them all), and before
            // the requests become Hummingbird's.
            let operations = channel.pipeline.syncOperations
            let state = try operations.handler(type: HTTPConnectionStateHandler.self)
            try operations.addHandler(
                CachedAnswerHandler(answers: answers, logger: self.logger), position: .after(state))
            return value
        }
    }

    func handle(value: Value, logger: Logger) async {
        await http1.handle(value: value, logger: logger)
    }
}

/// Answers the requests the response cache has an answer for (see `Handlers.keptAnswer(to:)`) as
/// soon as they are read, on the connection's event loop, and hands every other request on to
/// Hummingbird: what nginx does for a file in its cache, with no task made and no thread changed.
///
/// Responses go out in the order the requests came: while a request handed on is unanswered, the
/// requests after it are handed on too. A request with a `Connection` header (`close`, an upgrade)
/// is handed on, for Hummingbird to end the connection as it asks, and every request after it. So is
/// a request that has or may have a body (`Content-Length` other than 0, `Transfer-Encoding`,
/// `Expect: 100-continue`): answered here, it would wait for a body the client may send only once
/// asked to. A client that does not read its answers is not answered here
/// either (the connection is not writable), so that what it has not read waits in Hummingbird, which
/// reads no further, rather than here.
final class CachedAnswerHandler: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    /// A response from the cache, and what the request log and metrics say of it.
    struct Answer {
        var head: HTTPResponse
        /// The body; nil for a 304 and for HEAD.
        var body: ByteBuffer?
        /// The route the request is counted under.
        var route: String
        /// Counts the request in the metrics once it is answered.
        var count: @Sendable (_ status: Int, _ duration: Duration) -> Void
    }

    let answers: @Sendable (HTTPRequest) -> Answer?
    let logger: Logger
    /// The requests handed on whose responses have not ended.
    private var handedOn = 0
    /// Whether a request handed on asked to end the connection: nothing more is answered here.
    private var ending = false
    /// The answer to the request being read, written once its end is read.
    private var answering: (answer: Answer, request: HTTPRequest, start: ContinuousClock.Instant)?
    private var date = HTTPDate()

    init(answers: @escaping @Sendable (HTTPRequest) -> Answer?, logger: Logger) {
        self.answers = answers
        self.logger = logger
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let request):
            let start = ContinuousClock.now
            if handedOn == 0, !ending, context.channel.isWritable, Self.isPlain(request), let answer = answers(request) {
                answering = (answer, request, start)
                return
            }
            if request.headerFields[.connection] != nil { ending = true }
            handedOn += 1
            context.fireChannelRead(data)
        case .body:
            // A GET's body means nothing to any route; Hummingbird's handlers ignore it too.
            if answering == nil { context.fireChannelRead(data) }
        case .end:
            guard let (answer, request, start) = answering else {
                context.fireChannelRead(data)
                return
            }
            answering = nil
            write(answer, context: context)
            let elapsed = ContinuousClock.now - start
            let status = answer.head.status.code
            answer.count(status, elapsed)
            logger.info(
                "\(request.method) \(request.path.map { $0.prefix { $0 != "?" } } ?? "") \(status)",
                metadata: ["route": "\(answer.route)", "ms": "\(elapsed.roundedMilliseconds)"])
        }
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        // A response to no request handed on (Hummingbird's 400 for bytes that are not HTTP) counts none.
        if case .end = unwrapOutboundIn(data), handedOn > 0 { handedOn -= 1 }
        context.write(data, promise: promise)
    }

    /// Whether `request` may be answered here: no `Connection` header and no body.
    private static func isPlain(_ request: HTTPRequest) -> Bool {
        let fields = request.headerFields
        return fields[.connection] == nil && fields[.transferEncoding] == nil && fields[.expect] == nil
            && (fields[.contentLength] ?? "0") == "0"
    }

    /// Writes `answer` with the headers Hummingbird gives every response (`Date`, `Server`).
    private func write(_ answer: Answer, context: ChannelHandlerContext) {
        var head = answer.head
        head.headerFields[.date] = date.now()
        head.headerFields[.server] = ReckonServer.serverName
        context.write(wrapOutboundOut(.head(head)), promise: nil)
        if let body = answer.body { context.write(wrapOutboundOut(.body(body)), promise: nil) }
        context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
    }
}

/// The `Date` header's text for the current second (RFC 9110's IMF-fixdate), made once a second.
struct HTTPDate {
    private var second = 0
    private var text = ""

    /// The date now, as `Sun, 06 Dec 2026 03:12:23 GMT`.
    mutating func now() -> String {
        let t = time(nil)
        guard t != second else { return text }
        var parts = tm()
        var seconds = t
        gmtime_r(&seconds, &parts)
        let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
        text =
            "\(days[Int(parts.tm_wday)]), \(two(parts.tm_mday)) \(months[Int(parts.tm_mon)]) \(parts.tm_year + 1900) "
            + "\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec)) GMT"
        second = t
        return text
    }
}
