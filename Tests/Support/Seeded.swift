import Testing

/// A failure message that ends with the run's seed and how to replay it.
public func seeded(_ message: String) -> Comment {
    Comment(rawValue: "\(message) (\(TestSeed.replayHint))")
}
