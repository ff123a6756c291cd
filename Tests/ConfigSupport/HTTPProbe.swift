import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// One HTTP answer as a probe saw it.
public struct HTTPAnswer: Sendable {
    public let status: Int
    public let headers: [String: String]
    public let body: Data
    public var text: String { String(decoding: body, as: UTF8.self) }

    /// The body as a JSON object, if it is one.
    public var jsonObject: [String: Any]? { (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] }
}

/// Why a probe got no answer at all.
public struct ProbeError: Error, CustomStringConvertible, Sendable {
    public let description: String
}

/// Plain HTTP requests to a service on this machine, each on a fresh connection, with a timeout.
public enum HTTPProbe {
    private static let session: URLSession = {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.httpMaximumConnectionsPerHost = 8
        return URLSession(configuration: configuration)
    }()

    public static func get(_ url: String, timeout: TimeInterval = 10) async throws(ProbeError) -> HTTPAnswer {
        try await send("GET", url, body: nil, timeout: timeout)
    }

    public static func post(
        _ url: String, json: Data, contentType: String = "application/json", timeout: TimeInterval = 60
    ) async throws(ProbeError) -> HTTPAnswer {
        try await send("POST", url, body: json, contentType: contentType, timeout: timeout)
    }

    public static func send(
        _ method: String, _ url: String, body: Data?, contentType: String = "application/json",
        timeout: TimeInterval
    ) async throws(ProbeError) -> HTTPAnswer {
        guard let address = URL(string: url) else { throw ProbeError(description: "`\(url)` is not a URL") }
        var request = URLRequest(url: address, timeoutInterval: timeout)
        request.httpMethod = method
        if let body {
            request.httpBody = body
            request.setValue(contentType, forHTTPHeaderField: "Content-Type")
        }
        do {
            let (data, response) = try await session.data(for: request)
            guard let http = response as? HTTPURLResponse else {
                throw ProbeError(description: "\(method) \(url): not an HTTP answer")
            }
            var headers: [String: String] = [:]
            for (name, value) in http.allHeaderFields {
                if let name = name as? String, let value = value as? String { headers[name.lowercased()] = value }
            }
            return HTTPAnswer(status: http.statusCode, headers: headers, body: data)
        } catch let error as ProbeError {
            throw error
        } catch {
            throw ProbeError(description: "\(method) \(url): no answer (\(error.localizedDescription))")
        }
    }
}
