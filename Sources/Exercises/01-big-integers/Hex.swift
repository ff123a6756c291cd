import ExerciseSupport

extension UInt256 {
    /// The value in hexadecimal: `0x`, then lowercase digits without leading zeros (`0x0` for zero), the form
    /// Python's `hex()` and the workbook's test messages use.
    public var hex: String {
        unimplemented()
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
        unimplemented()
    }
}
