import Chapter04Suites
import Testing

/// `g1-decompress`: the subgroup check against [r]P computed with GMP, and decoding of valid and of every kind of malformed encoding.
@Suite struct DecompressionTests {
    static let file = "\(exerciseFolder)/Decompression.swift"

    @Test func subgroup() { EncodingChecks.subgroup(LearnerG1(), file: Self.file) }
    @Test func decompression() { EncodingChecks.decompression(LearnerG1(), file: Self.file) }
}
