import Chapter04Suites
import Testing

/// `g1-compress`: the 48-byte encoding against one built from the integers with GMP, and the generator's known encoding.
@Suite struct CompressionTests {
    static let file = "\(exerciseFolder)/Compression.swift"

    @Test func compression() { EncodingChecks.compression(LearnerG1(), file: Self.file) }
}
