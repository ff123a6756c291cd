import Chapter02Exercises
import Fields
import GMP
import HiddenTestSupport
import Limbs
import Testing

/// `fr-canonical-encoding`: 32 big-endian bytes of the canonical value, compared with GMP and with the reference's
/// encoding; the decoder against GMP, with every value of r or more and every wrong length rejected as the
/// reference rejects them.
@Suite struct EncodingTests {
    static let file = "\(TestField.exerciseFolder)/Encoding.swift"

    static func hex(_ bytes: [UInt8]) -> String {
        bytes.isEmpty ? "(no bytes)" : bytes.map { String(format: "%02x", $0) }.joined()
    }

    static func describe(_ result: Result<LearnerFr, FrError>) -> String {
        switch result {
        case .success(let element): TestField.describe(element)
        case .failure(let error): "throws \(error)"
        }
    }

    static func decode(_ bytes: some Collection<UInt8>) -> Result<LearnerFr, FrError> {
        Result { () throws(FrError) in try LearnerFr(bigEndianBytes: bytes) }
    }

    /// The reference's verdict on the same bytes, translated into the learner's error type.
    static func referenceDecode(_ bytes: [UInt8]) -> Result<LearnerFr, FrError> {
        do {
            let element = try Fields.Fr(bigEndianBytes: bytes)
            return .success(TestField.learner(canonical: TestField.gmp(element)))
        } catch .wrongLength(let expected, let got) {
            return .failure(.wrongLength(expected: expected, got: got))
        } catch {
            return .failure(.nonCanonical)
        }
    }

    @Test func encode() {
        var generator = TestSeed.generator(for: "\(Self.self).\(#function)")
        let values = TestField.values(count: 10_000, generator: &generator)
        // The two oracles agree on every expected encoding.
        #expect(
            values.allSatisfy { value in
                value.bigEndianBytes(count: 32)
                    == (try? Fields.Fr(canonical: UInt256(limbs: value.limbs(count: 4))))?.bigEndianBytes
            })
        checkLearnerFunction(
            "bigEndianBytes", in: Self.file, cases: values,
            input: { "the element \($0.hex)" },
            output: { Self.hex($0) },
            expected: { $0.bigEndianBytes(count: 32) },
            actual: { TestField.learner(canonical: $0).bigEndianBytes })
    }

    @Test func decode() {
        var generator = TestSeed.generator(for: "\(Self.self).\(#function)")
        let encodings = TestField.values(count: 10_000, generator: &generator).map { $0.bigEndianBytes(count: 32) }
        // The two oracles agree on every expected element.
        #expect(
            encodings.allSatisfy { bytes in
                Self.referenceDecode(bytes) == .success(TestField.learner(canonical: GMPInteger(bigEndianBytes: bytes)))
            })
        checkLearnerFunction(
            "init(bigEndianBytes:)", in: Self.file, cases: encodings,
            input: { Self.hex($0) },
            output: Self.describe,
            expected: { .success(TestField.learner(canonical: GMPInteger(bigEndianBytes: $0))) },
            actual: { Self.decode($0) })
    }

    /// r, r + 1, 2^255, 2^256 − 1, values a reducing decoder would accept, and random values of r or more.
    @Test func rejectNonCanonical() {
        var generator = TestSeed.generator(for: "\(Self.self).\(#function)")
        let one = GMPInteger(1)
        var values = [
            TestField.r, TestField.r + one, TestField.r + (one << 200), TestField.r * GMPInteger(2),
            one << 255, TestField.twoTo256 - one,
        ]
        while values.count < 1_000 {
            let candidate = GMPInteger(limbs: (0..<4).map { _ in generator.next() })
            if !(candidate < TestField.r) { values.append(candidate) }
        }
        checkLearnerFunction(
            "init(bigEndianBytes:)", in: Self.file, cases: values.map { $0.bigEndianBytes(count: 32) },
            input: { "\(Self.hex($0)), a value of r or more" },
            output: Self.describe,
            expected: { Self.referenceDecode($0) },
            actual: { Self.decode($0) })
    }

    @Test func rejectWrongLengths() {
        checkLearnerFunction(
            "init(bigEndianBytes:)", in: Self.file,
            cases: [0, 1, 31, 33, 48, 64].map { [UInt8](repeating: 0, count: $0) },
            input: { "\($0.count) zero bytes" },
            output: Self.describe,
            expected: { Self.referenceDecode($0) },
            actual: { Self.decode($0) })
    }

    /// 32 bytes out of the middle of a longer array: the slice's first index is not 0.
    @Test func decodeSlices() {
        var generator = TestSeed.generator(for: "\(Self.self).\(#function)")
        var cases: [([UInt8], Int)] = []
        for offset in [1, 7, 16] {
            for _ in 0..<100 {
                let encoding = TestField.gmp(Fields.Fr.random(using: &generator)).bigEndianBytes(count: 32)
                cases.append(([UInt8](repeating: 0xff, count: offset) + encoding + [0xff, 0xff], offset))
            }
        }
        checkLearnerFunction(
            "init(bigEndianBytes:)", in: Self.file, cases: cases,
            input: { "bytes[\($0.1) ..< \($0.1 + 32)] of \(Self.hex($0.0))" },
            output: Self.describe,
            expected: { bytes, offset in Self.referenceDecode(Array(bytes[offset..<offset + 32])) },
            actual: { bytes, offset in Self.decode(bytes[offset..<offset + 32]) })
    }
}
