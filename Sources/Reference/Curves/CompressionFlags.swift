/// The three flag bits in the first byte of a ZCash-format point encoding.
enum CompressionFlags {
    static let compressed: UInt8 = 0b1000_0000
    static let infinity: UInt8 = 0b0100_0000
    static let largestY: UInt8 = 0b0010_0000
    static let all: UInt8 = 0b1110_0000

    /// The flags of a compressed encoding: checks the compression bit and the single canonical form of the
    /// identity, and tells whether the point is the identity.
    static func read(_ bytes: [UInt8]) throws(PointDecodingError) -> (isInfinity: Bool, largestY: Bool) {
        let first = bytes[0]
        guard first & compressed != 0 else { throw .missingCompressionFlag }
        let largest = first & largestY != 0
        guard first & infinity != 0 else { return (false, largest) }
        guard !largest, first & ~all == 0, bytes.dropFirst().allSatisfy({ $0 == 0 }) else {
            throw .nonCanonicalInfinity
        }
        return (true, false)
    }
}
