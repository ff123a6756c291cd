// init(hex:) checks the size while scanning: too long with a late bad digit throws .tooLarge, not .invalidHexDigit.
import ExerciseSupport

extension UInt256 {
    /// The value in hexadecimal: `0x`, then lowercase digits without leading zeros (`0x0` for zero), the form
    /// Python's `hex()` and the workbook's test messages use.
    public var hex: String {
        let digits = Array("0123456789abcdef")
        var text = ""
        var started = false
        for limb in limbs.reversed() {
            for nibbleIndex in (0 ..< 16).reversed() {
                let nibble = Int((limb >> (4 * UInt64(nibbleIndex))) & 0xf)
                if nibble != 0 { started = true }
                if started { text.append(digits[nibble]) }
            }
        }
        return "0x" + (started ? text : "0")
    }

    /// Parses hexadecimal text: an optional `0x` or `0X` prefix, then at least one ASCII hex digit (either case).
    /// Leading zeros are allowed, any number of them.
    ///
    /// Throws `.noDigits` when nothing follows the prefix; otherwise `.invalidHexDigit(c)` for the first character
    /// `c` that is not `0`–`9`, `a`–`f` or `A`–`F` (signs, spaces, underscores and non-ASCII digits included);
    /// otherwise `.tooLarge` when the value needs more than 256 bits. So a string that is both too large and has a
    /// bad character, wherever that character is, throws `.invalidHexDigit`: every character is checked before the
    /// value's size.
    ///
    /// Parsing takes time that depends on the text: it is meant for public data (specifications, test vectors),
    /// never for secrets.
    public init(hex text: String) throws(LimbsError) {
        var digits = Substring(text)
        if digits.hasPrefix("0x") || digits.hasPrefix("0X") { digits = digits.dropFirst(2) }
        guard !digits.isEmpty else { throw .noDigits }
        var result = UInt256.zero
        for character in digits {
            guard character.isASCII, let digit = character.hexDigitValue else { throw .invalidHexDigit(character) }
            let value = UInt64(digit)
            // Multiplying by 16 would push the top nibble out of limb 3: the value needs 257 bits or more.
            guard result[limb: 3] >> 60 == 0 else { throw .tooLarge }
            for i in (1 ..< UInt256.limbCount).reversed() {
                result[limb: i] = result[limb: i] << 4 | result[limb: i - 1] >> 60
            }
            result[limb: 0] = result[limb: 0] << 4 | value
        }
        self = result
    }
}
