import Chapter01Exercises
import GMP
import HiddenTestSupport
import Testing

/// `limbs-hex`: minimal lowercase output against GMP, the parser on every accepted spelling, and each rejection
/// with its documented error.
@Suite struct HexTests {
    static let file = "\(TestValues.exerciseFolder)/Hex.swift"

    static func describe(_ result: Result<UInt256, LimbsError>) -> String {
        switch result {
        case .success(let value): TestValues.hex(value)
        case .failure(let error): "throws \(error)"
        }
    }

    static func parse(_ text: String) -> Result<UInt256, LimbsError> {
        Result { () throws(LimbsError) in try UInt256(hex: text) }
    }

    @Test func format() {
        var generator = TestSeed.generator(for: "\(Self.self).\(#function)")
        var values = TestValues.edgeValues
        for _ in 0..<10_000 { values.append(TestValues.uniformValue(using: &generator)) }
        // Values with fewer significant digits, so leading zeros inside the top limb are exercised.
        for _ in 0..<1_000 {
            let shortened = TestValues.gmp(TestValues.uniformValue(using: &generator)) >> Int(generator.next() % 256)
            values.append(TestValues.learner(shortened))
        }
        checkLearnerFunction(
            "hex", in: Self.file, cases: values,
            input: { "the value with limbs \($0.limbs.map(TestValues.hex))" },
            output: { "\"\($0)\"" },
            expected: { TestValues.gmp($0).hex },
            actual: { $0.hex })
    }

    /// Each random value spelled several ways: with and without a prefix, either case, padded with leading zeros
    /// past 64 digits.
    @Test func parseValid() {
        var generator = TestSeed.generator(for: "\(Self.self).\(#function)")
        var texts: [String] = [
            "0", "0x0", "0X0", "00000", "0x" + String(repeating: "0", count: 100),
            "f", "F", "0xf", String(repeating: "f", count: 64),
            "0x" + String(repeating: "0", count: 10) + String(repeating: "F", count: 64),
        ]
        for index in 0..<10_000 {
            let value = TestValues.gmp(TestValues.uniformValue(using: &generator)) >> Int(generator.next() % 256)
            let digits = String(value.hex.dropFirst(2))
            switch index % 5 {
            case 0: texts.append("0x" + digits)
            case 1: texts.append(digits.uppercased())
            case 2: texts.append("0X" + digits)
            case 3: texts.append(String(repeating: "0", count: Int(generator.next() % 20)) + digits)
            default:
                texts.append("0x" + String(digits.map { generator.next() & 1 == 0 ? Character($0.uppercased()) : $0 }))
            }
        }
        checkLearnerFunction(
            "init(hex:)", in: Self.file, cases: texts,
            input: { "\"\($0)\"" },
            output: Self.describe,
            expected: { .success(TestValues.learner(GMPInteger(hex: $0)!)) },
            actual: Self.parse)
    }

    @Test func rejectInvalid() {
        let cases: [(String, LimbsError)] = [
            ("", .noDigits), ("0x", .noDigits), ("0X", .noDigits),
            ("0xg", .invalidHexDigit("g")), ("12 34", .invalidHexDigit(" ")), (" 1", .invalidHexDigit(" ")),
            ("1\n", .invalidHexDigit("\n")), ("-1", .invalidHexDigit("-")), ("+1", .invalidHexDigit("+")),
            ("0x0x1", .invalidHexDigit("x")), ("x1", .invalidHexDigit("x")), ("1_000", .invalidHexDigit("_")),
            ("0xabcdefg", .invalidHexDigit("g")), ("0xé", .invalidHexDigit("é")),
            // Fullwidth digit one and fullwidth small a: `Character.hexDigitValue` accepts both.
            ("\u{FF11}", .invalidHexDigit("\u{FF11}")), ("0x\u{FF41}b", .invalidHexDigit("\u{FF41}")),
            // Every character is checked before the value's size: the bad digit is reported, not the overflow.
            (String(repeating: "f", count: 65) + "g", .invalidHexDigit("g")),
            ("1" + String(repeating: "0", count: 64), .tooLarge),
            (String(repeating: "f", count: 65), .tooLarge),
            ("0x" + String(repeating: "0", count: 10) + "1" + String(repeating: "0", count: 64), .tooLarge),
            ("0x" + String(repeating: "f", count: 100), .tooLarge),
        ]
        checkLearnerFunction(
            "init(hex:)", in: Self.file, cases: cases,
            input: { "\"\($0.0)\"" },
            output: Self.describe,
            expected: { .failure($0.1) },
            actual: { Self.parse($0.0) })
    }
}
