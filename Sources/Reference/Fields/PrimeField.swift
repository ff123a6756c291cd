import Limbs

/// A prime field ℤ/qℤ whose elements are kept in Montgomery form.
///
/// The arithmetic operators, `squared`, `doubled`, conversion and equality come from each field's unrolled
/// Montgomery code; everything that follows from them (exponentiation, inversion, the Legendre symbol, encodings,
/// random elements) is written once, here.
public protocol PrimeField: Hashable, Sendable, CustomStringConvertible {
    associatedtype Canonical: FixedWidthLimbs

    static var modulus: Canonical { get }
    /// Bytes in the canonical big-endian encoding: 32 for Fr, 48 for Fp.
    static var byteCount: Int { get }
    static var zero: Self { get }
    static var one: Self { get }

    init(canonical: Canonical) throws(FieldError)
    var canonical: Canonical { get }

    static func + (a: Self, b: Self) -> Self
    static func - (a: Self, b: Self) -> Self
    static func * (a: Self, b: Self) -> Self
    static prefix func - (a: Self) -> Self
    func squared() -> Self
    func doubled() -> Self
    var isZero: Bool { get }
    /// The multiplicative inverse, or nil for zero, in constant time. Fp and Fr use Bernstein–Yang divsteps
    /// (SafeGCD.swift); the default below is Fermat's a^(q−2).
    func inverse() -> Self?
    /// The inverse in time that may depend on the value: only for public values (points being decoded or added in
    /// an MSM). The default is `inverse()`.
    func inverseVariableTime() -> Self?
}

/// Why bytes or an integer are not a field element.
public enum FieldError: Error, Equatable, CustomStringConvertible {
    case wrongLength(expected: Int, got: Int)
    /// The value is ≥ the modulus: it names an element, but not in the one canonical way.
    case nonCanonical

    public var description: String {
        switch self {
        case .wrongLength(let expected, let got): "a field element is \(expected) bytes, got \(got)"
        case .nonCanonical: "the value is not less than the field modulus"
        }
    }
}

extension PrimeField {
    @inlinable public static func += (a: inout Self, b: Self) { a = a + b }
    @inlinable public static func -= (a: inout Self, b: Self) { a = a - b }
    @inlinable public static func *= (a: inout Self, b: Self) { a = a * b }

    /// A small integer as a field element (reduced, since it may exceed tiny moduli in other fields).
    public init(_ small: UInt64) {
        var limbs = Canonical.zero
        limbs[limb: 0] = small
        // Every small value is below both BLS12-381 moduli, so this never throws.
        self = try! Self(canonical: limbs)
    }

    public var isOne: Bool { self == .one }

    /// `self^exponent`, left-to-right square and multiply.
    ///
    /// Not constant time in the exponent: use it for public exponents (the constants of inversion, square roots
    /// and roots of unity), never for a secret one.
    @inlinable
    public func pow(_ exponent: some FixedWidthLimbs) -> Self {
        var result = Self.one
        for bit in stride(from: exponent.bitWidth - 1, through: 0, by: -1) {
            result = result.squared()
            if exponent.bit(at: bit) { result = result * self }
        }
        return result
    }

    /// `self^exponent` by a sliding window of `width` bits (Menezes, van Oorschot, Vanstone, "Handbook of Applied
    /// Cryptography", Algorithm 14.85): the odd powers self, self³, …, self^(2^width − 1) first, then one squaring
    /// per bit of the exponent and one multiplication per window that starts and ends with a 1. The windows are an
    /// addition chain for the exponent: for the square-root exponent (p + 1)/4 of Fp (379 bits, 229 of them ones)
    /// that is 378 squarings and about 70 multiplications with the table, instead of 228 for `pow`.
    ///
    /// Not constant time in the exponent: for public exponents only (square roots, Legendre symbols).
    @inlinable
    public func powSlidingWindow(_ exponent: some FixedWidthLimbs, width: Int = 5) -> Self {
        let square = squared()
        var oddPowers = [self]  // oddPowers[k] = self^(2k + 1)
        oddPowers.reserveCapacity(1 << (width - 1))
        for _ in 1..<(1 << (width - 1)) { oddPowers.append(oddPowers[oddPowers.count - 1] * square) }
        var result = Self.one
        var started = false
        var bit = exponent.bitWidth - 1
        while bit >= 0 {
            guard exponent.bit(at: bit) else {
                if started { result = result.squared() }
                bit -= 1
                continue
            }
            // The longest window [low, bit] of at most `width` bits that ends in a 1.
            var low = Swift.max(bit - width + 1, 0)
            while !exponent.bit(at: low) { low += 1 }
            var window = 0
            for index in stride(from: bit, through: low, by: -1) {
                if started { result = result.squared() }
                window = window << 1 | (exponent.bit(at: index) ? 1 : 0)
            }
            result = started ? result * oddPowers[window >> 1] : oddPowers[window >> 1]
            started = true
            bit = low - 1
        }
        return result
    }

    @inlinable
    public func pow(_ exponent: UInt64) -> Self {
        var result = Self.one
        for bit in stride(from: 63 - exponent.leadingZeroBitCount, through: 0, by: -1) {
            result = result.squared()
            if (exponent >> UInt64(bit)) & 1 == 1 { result = result * self }
        }
        return result
    }

    /// The multiplicative inverse, or nil for zero: the default for a field without a faster method.
    ///
    /// Fermat's little theorem: a^(q−2) = a⁻¹ for a ≠ 0. A fixed exponent makes the sequence of operations
    /// independent of `self`; the nil check is the only branch on the value.
    @inlinable
    public func inverse() -> Self? {
        isZero ? nil : pow(Self.modulus.subtractingReportingBorrow(Canonical(2)).difference)
    }

    @inlinable
    public func inverseVariableTime() -> Self? { inverse() }

    /// The Legendre symbol (self / q): 1 for a non-zero square, −1 for a non-square, 0 for zero.
    ///
    /// Euler's criterion: a^((q−1)/2) is 1 or −1 for a ≠ 0.
    @inlinable
    public var legendreSymbol: Int {
        if isZero { return 0 }
        return powSlidingWindow(Self.modulus.shiftedRight(by: 1)) == .one ? 1 : -1
    }

    /// Inverts every non-zero element of `elements` with one field inversion (Montgomery's trick: invert the product,
    /// then peel off one factor at a time). Zeros stay zero.
    @inlinable
    public static func batchInverse(_ elements: inout [Self]) {
        var scratch: [Self] = []
        batchInverse(&elements, scratch: &scratch)
    }

    /// `batchInverse`, keeping its prefix products in `scratch` so that a caller in a loop allocates only once.
    @inlinable
    public static func batchInverse(_ elements: inout [Self], scratch prefixProducts: inout [Self]) {
        batchInverse(&elements, scratch: &prefixProducts, variableTime: false)
    }

    /// `batchInverse` with its one inversion in variable time (`inverseVariableTime`): for public elements only,
    /// such as the denominators of the affine additions in an MSM. The products around it are the same either way.
    @inlinable
    public static func batchInverseVariableTime(_ elements: inout [Self]) {
        var scratch: [Self] = []
        batchInverse(&elements, scratch: &scratch, variableTime: true)
    }

    /// `batchInverseVariableTime`, keeping its prefix products in `scratch`.
    @inlinable
    public static func batchInverseVariableTime(_ elements: inout [Self], scratch prefixProducts: inout [Self]) {
        batchInverse(&elements, scratch: &prefixProducts, variableTime: true)
    }

    @inlinable
    static func batchInverse(_ elements: inout [Self], scratch prefixProducts: inout [Self], variableTime: Bool) {
        prefixProducts.removeAll(keepingCapacity: true)
        prefixProducts.reserveCapacity(elements.count)
        var running = Self.one
        for element in elements {
            prefixProducts.append(running)
            if !element.isZero { running = running * element }
        }
        // `running` is a product of non-zero elements, so it has an inverse.
        var inverse = (variableTime ? running.inverseVariableTime() : running.inverse()) ?? .one
        for index in elements.indices.reversed() where !elements[index].isZero {
            let element = elements[index]
            elements[index] = inverse * prefixProducts[index]
            inverse = inverse * element
        }
    }

    /// Exactly `byteCount` big-endian bytes of a value below the modulus. Inlinable to be specialised in callers,
    /// as the limbs' initializer it calls.
    @inlinable
    public init(bigEndianBytes bytes: some Collection<UInt8>) throws(FieldError) {
        guard bytes.count == Self.byteCount else { throw .wrongLength(expected: Self.byteCount, got: bytes.count) }
        // Pad to the limb width (Fp's 48 bytes fill UInt384 exactly; Fr's 32 fill UInt256).
        let padded = [UInt8](repeating: 0, count: Canonical.byteCount - bytes.count) + bytes
        let value: Canonical
        do { value = try Canonical(bigEndianBytes: padded) } catch {
            throw .wrongLength(expected: Self.byteCount, got: bytes.count)
        }
        try self.init(canonical: value)
    }

    /// The canonical value, big-endian, `byteCount` bytes.
    public var bigEndianBytes: [UInt8] { Array(canonical.bigEndianBytes.suffix(Self.byteCount)) }

    /// A uniformly random element, drawn by rejection sampling from `generator`.
    ///
    /// Reducing a random integer modulo q would favour small residues; instead, draw as many bits as q has and
    /// try again when the draw is ≥ q (fewer than half of the draws for both BLS12-381 fields).
    public static func random(using generator: inout some RandomNumberGenerator) -> Self {
        let bits = modulus.bitWidth
        while true {
            var candidate = Canonical.zero
            for i in 0..<Canonical.limbCount { candidate[limb: i] = generator.next() }
            candidate = candidate.shiftedLeft(by: Canonical.bitCount - bits).shiftedRight(by: Canonical.bitCount - bits)
            if let element = try? Self(canonical: candidate) { return element }
        }
    }

    /// A uniformly random element from the system's cryptographically secure generator.
    public static func random() -> Self {
        var generator = SystemRandomNumberGenerator()
        return random(using: &generator)
    }

    public var description: String { canonical.hex }
}
