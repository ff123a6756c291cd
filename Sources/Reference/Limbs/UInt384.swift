/// A 384-bit unsigned integer: six 64-bit limbs, least significant first. Holds elements of Fp.
public struct UInt384: FixedWidthLimbs {
    public var storage: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64)

    public static let limbCount = 6
    public static let zero = UInt384(storage: (0, 0, 0, 0, 0, 0))

    @inlinable
    public init(storage: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64)) { self.storage = storage }

    public init(limbs: [UInt64]) {
        precondition(limbs.count == 6, "UInt384 takes 6 limbs, got \(limbs.count)")
        storage = (limbs[0], limbs[1], limbs[2], limbs[3], limbs[4], limbs[5])
    }

    @inlinable
    public subscript(limb index: Int) -> UInt64 {
        get {
            precondition(index >= 0 && index < 6)
            return withUnsafeBytes(of: storage) { $0.load(fromByteOffset: index * 8, as: UInt64.self) }
        }
        set {
            precondition(index >= 0 && index < 6)
            withUnsafeMutableBytes(of: &storage) {
                $0.storeBytes(of: newValue, toByteOffset: index * 8, as: UInt64.self)
            }
        }
    }

    public static func == (a: UInt384, b: UInt384) -> Bool {
        a.storage.0 == b.storage.0 && a.storage.1 == b.storage.1 && a.storage.2 == b.storage.2
            && a.storage.3 == b.storage.3 && a.storage.4 == b.storage.4 && a.storage.5 == b.storage.5
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(storage.0)
        hasher.combine(storage.1)
        hasher.combine(storage.2)
        hasher.combine(storage.3)
        hasher.combine(storage.4)
        hasher.combine(storage.5)
    }
}
