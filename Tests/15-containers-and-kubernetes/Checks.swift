import ConfigCheckSupport
import Foundation
import Testing

/// This chapter's folder in `Sources/Exercises/`.
let chapter = "15-containers-and-kubernetes"

extension String {
    var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
    func lastLines(_ count: Int) -> String {
        split(separator: "\n").suffix(count).joined(separator: "\n")
    }
}

/// Polls `url` until it answers 200, for at most `seconds`.
func waitUntilReady(_ url: String, seconds: Double) async -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
        if let answer = try? await HTTPProbe.get(url, timeout: 2), answer.status == 200 { return true }
        try? await Task.sleep(for: .milliseconds(250))
    }
    return false
}
