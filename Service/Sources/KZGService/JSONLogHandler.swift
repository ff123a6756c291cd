import Foundation
import Logging
import Synchronization

/// A swift-log handler that writes one JSON object per line: `timestamp` (RFC 3339, UTC, milliseconds), `level`,
/// `message`, `logger`, then the metadata (`request_id`, `route`, `status`, `duration_ms`, …) as members.
///
/// Nothing secret is ever put in metadata: API keys are named by their position (`key-1`), never by their value.
public struct JSONLogHandler: LogHandler {
    public var logLevel: Logger.Level
    public var metadata: Logger.Metadata = [:]
    let label: String
    let write: @Sendable (String) -> Void

    public init(
        label: String, level: Logger.Level, write: @escaping @Sendable (String) -> Void = JSONLogHandler.standardOutput
    ) {
        self.label = label
        self.logLevel = level
        self.write = write
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var object: [String: Any] = [
            "timestamp": Self.timestamp(), "level": event.level.rawValue, "message": "\(event.message)",
            "logger": label,
        ]
        for (key, value) in metadata.merging(event.metadata ?? [:], uniquingKeysWith: { $1 }) {
            object[key] = Self.json(value)
        }
        guard
            let data = try? JSONSerialization.data(
                withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        else { return }
        write(String(decoding: data, as: UTF8.self))
    }

    private static func json(_ value: Logger.MetadataValue) -> Any {
        switch value {
        case .string(let text): text
        case .stringConvertible(let convertible):
            if let number = convertible as? Int {
                number
            } else if let number = convertible as? Double {
                number
            } else {
                convertible.description
            }
        case .array(let values): values.map(json)
        case .dictionary(let dictionary): dictionary.mapValues(json)
        }
    }

    private static func timestamp() -> String {
        Date().formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true))
    }

    private static let outputLock = Mutex(())

    /// Writes the line to standard output in one call, so that lines from concurrent requests never interleave.
    public static let standardOutput: @Sendable (String) -> Void = { line in
        outputLock.withLock { _ in
            var bytes = Array(line.utf8)
            bytes.append(UInt8(ascii: "\n"))
            var offset = 0
            while offset < bytes.count {
                let written = bytes[offset...].withUnsafeBytes { buffer in
                    Foundation.write(STDOUT_FILENO, buffer.baseAddress, buffer.count)
                }
                if written <= 0 { break }
                offset += written
            }
        }
    }
}
