import Chapter01Exercises
import GMP
import HiddenTestSupport
import Testing

/// `limbs-big-endian-bytes`: the 32-byte encoding against GMP's export, the decoder on random bytes, on slices that
/// do not start at index 0, and on every wrong length.
@Suite struct BigEndianBytesTests {
    static let file = "\(TestValues.exerciseFolder)/BigEndianBytes.swift"

    static func hex(_ bytes: [UInt8]) -> String {
        bytes.isEmpty ? "(no bytes)" : bytes.map { String(format: "%02x", $0) }.joined()
    }

    static func describe(_ result: Result<UInt256, LimbsError>) -> String {
        switch result {
        case .success(let value): TestValues.hex(value)
        case .failure(let error): "throws \(error)"
        }
    }

    @Test func encode() {
        var generator = TestSeed.generator(for: "\(Self.self).\(#function)")
        let values =
            TestValues.edgeValues
            + (0..<10_000).map { _ in TestValues.uniformValue(using: &generator) }
        checkLearnerFunction(
            "bigEndianBytes", in: Self.file, cases: values,
            input: { TestValues.hex($0) },
            output: { Self.hex($0) },
            expected: { TestValues.gmp($0).bigEndianBytes(count: 32) },
            actual: { $0.bigEndianBytes })
    }

    @Test func decode() {
        var generator = TestSeed.generator(for: "\(Self.self).\(#function)")
        var inputs = TestValues.edgeValues.map { TestValues.gmp($0).bigEndianBytes(count: 32) }
        for _ in 0..<10_000 { inputs.append((0..<32).map { _ in UInt8(truncatingIfNeeded: generator.next()) }) }
        checkLearnerFunction(
            "init(bigEndianBytes:)", in: Self.file, cases: inputs,
            input: { Self.hex($0) },
            output: Self.describe,
            expected: { .success(TestValues.learner(GMPInteger(bigEndianBytes: $0))) },
            actual: { bytes in Result { () throws(LimbsError) in try UInt256(bigEndianBytes: bytes) } })
    }

    /// 32 bytes taken out of the middle of a longer array: the slice's first index is not 0.
    @Test func decodeSlices() {
        var generator = TestSeed.generator(for: "\(Self.self).\(#function)")
        var cases: [([UInt8], Int)] = []
        for offset in [1, 5, 8, 31] {
            for _ in 0..<100 {
                cases.append(((0..<32 + offset + 3).map { _ in UInt8(truncatingIfNeeded: generator.next()) }, offset))
            }
        }
        checkLearnerFunction(
            "init(bigEndianBytes:)", in: Self.file, cases: cases,
            input: { "bytes[\($0.1) ..< \($0.1 + 32)] of \(Self.hex($0.0))" },
            output: Self.describe,
            expected: { bytes, offset in
                .success(TestValues.learner(GMPInteger(bigEndianBytes: Array(bytes[offset..<offset + 32]))))
            },
            actual: { bytes, offset in
                Result { () throws(LimbsError) in try UInt256(bigEndianBytes: bytes[offset..<offset + 32]) }
            })
    }

    @Test func rejectWrongLengths() {
        let lengths = [0, 1, 16, 31, 33, 48, 64]
        checkLearnerFunction(
            "init(bigEndianBytes:)", in: Self.file, cases: lengths.map { [UInt8](repeating: 0x01, count: $0) },
            input: { "\($0.count) bytes: \(Self.hex($0))" },
            output: Self.describe,
            expected: { .failure(.wrongLength(expected: 32, got: $0.count)) },
            actual: { bytes in Result { () throws(LimbsError) in try UInt256(bigEndianBytes: bytes) } })
    }
}
