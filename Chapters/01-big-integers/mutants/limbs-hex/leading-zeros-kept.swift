// Every nibble is printed, leading zeros included.
import ExerciseSupport

extension U256 {
    /// The value in hexadecimal: `0x`, then lowercase digits without leading zeros (`0x0` for zero), the form
    /// Python's `hex()` and the workbook's test messages use.
    public var hex: String {
        // BEGIN SOLUTION
        let digits = Array("0123456789abcdef")
        var text = ""
        var started = false
        for limb in limbs.reversed() {
            for nibbleIndex in (0 ..< 16).reversed() {
                let nibble = Int((limb >> (4 * UInt64(nibbleIndex))) & 0xf)
                started = true
                if started { text.append(digits[nibble]) }
            }
        }
        return "0x" + (started ? text : "0")
        // END SOLUTION
    }

    /// Parses hexadecimal text: an optional `0x` or `0X` prefix, then at least one ASCII hex digit (either case).
    /// Leading zeros are allowed, any number of them.
    ///
    /// Throws `.noDigits` when nothing follows the prefix; otherwise `.invalidHexDigit(c)` for the first character
    /// `c` that is not `0`–`9`, `a`–`f` or `A`–`F` (signs, spaces, underscores and non-ASCII digits included);
    /// otherwise `.tooLarge` when the value needs more than 256 bits.
    ///
    /// Parsing takes time that depends on the text: it is meant for public data (specifications, test vectors),
    /// never for secrets.
    public init(hex text: String) throws(U256DecodingError) {
        // BEGIN SOLUTION
        var digits = Substring(text)
        if digits.hasPrefix("0x") || digits.hasPrefix("0X") { digits = digits.dropFirst(2) }
        guard !digits.isEmpty else { throw .noDigits }
        var values: [UInt64] = []
        for character in digits {
            // `Character.hexDigitValue` also accepts fullwidth forms such as "Ａ", so only ASCII is let through.
            guard character.isASCII, let value = character.hexDigitValue else { throw .invalidHexDigit(character) }
            values.append(UInt64(value))
        }
        var result = U256.zero
        for value in values {
            // Multiplying by 16 would push the top nibble out of limb 3: the value needs 257 bits or more.
            guard result[3] >> 60 == 0 else { throw .tooLarge }
            for i in (1 ..< U256.limbCount).reversed() {
                result[i] = result[i] << 4 | result[i - 1] >> 60
            }
            result[0] = result[0] << 4 | value
        }
        self = result
        // END SOLUTION
    }
}
