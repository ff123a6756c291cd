import ExerciseSupport
import Fields

extension G1Affine {
    /// The 48-byte compressed encoding (ZCash BLS12-381 serialisation, the one Ethereum's consensus and KZG specs
    /// use): x as 48 big-endian bytes with the flags of `CompressionFlags` in the top three bits of the first
    /// byte. The compression flag is always set; the y flag is set when y is the larger of ±y, that is when y,
    /// as an integer in [0, p), exceeds (p − 1)/2. The point at infinity is 0xc0 followed by 47 zero bytes.
    public var compressed: [UInt8] {
        unimplemented()
    }
}
