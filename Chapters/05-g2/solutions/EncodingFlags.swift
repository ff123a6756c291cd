/// The three flag bits in the first byte of a compressed point (the ZCash BLS12-381 serialisation, as in the
/// consensus specs and every BLS library). The x-coordinate is below p < 2^381, so its top three bits are free.
public enum EncodingFlags {
    /// Bit 7: the encoding is compressed (x only). Always set here.
    public static let compressed: UInt8 = 0b1000_0000
    /// Bit 6: the point at infinity; then every other bit of the encoding is 0.
    public static let infinity: UInt8 = 0b0100_0000
    /// Bit 5: y is the lexicographically largest of the two roots ±y.
    public static let largestY: UInt8 = 0b0010_0000
    /// All three.
    public static let all: UInt8 = 0b1110_0000
}
