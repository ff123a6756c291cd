import Fields
import GMP
import HiddenTestSupport
import Limbs
import Testing

/// Both BLS12-381 prime fields against GMP: 10,000 random cases per operation, plus the edges where reductions
/// happen. A failure prints the seed; `WORKBOOK_SEED=<seed>` replays it.
@Suite struct FieldsTests {
    static let cases = 10_000

    static func gmp<F: PrimeField>(_ x: F) -> GMPInteger { GMPInteger(limbs: x.canonical.limbs) }
    static func modulus<F: PrimeField>(_: F.Type) -> GMPInteger { GMPInteger(limbs: F.modulus.limbs) }

    /// 0, 1, 2, m−1, m−2, (m±1)/2, powers of two, and values just below and above R-related boundaries,
    /// then uniformly random elements.
    static func elements<F: PrimeField>(_: F.Type, count: Int, generator: inout SeededGenerator) -> [F] {
        let m = modulus(F.self)
        var special: [GMPInteger] = [
            GMPInteger(0), GMPInteger(1), GMPInteger(2), m - GMPInteger(1), m - GMPInteger(2),
            m >> 1, (m >> 1) + GMPInteger(1),
        ]
        for bits in [1, 63, 64, 65, 127, 128, 191, 192, 255, F.modulus.bitWidth - 1] where bits < F.modulus.bitWidth {
            special.append(GMPInteger(1) << bits)
            special.append((GMPInteger(1) << bits) - GMPInteger(1))
        }
        let fixed = special.map { try! F(canonical: F.Canonical(limbs: $0.limbs(count: F.Canonical.limbCount))) }
        return fixed + (0..<count).map { _ in F.random(using: &generator) }
    }

    func checkRing<F: PrimeField>(_ type: F.Type) {
        var generator = TestSeed.generator(for: "ring-\(F.self)")
        let m = Self.modulus(F.self)
        let xs = Self.elements(F.self, count: Self.cases, generator: &generator)
        let ys = xs.shuffled(using: &generator)
        for (x, y) in zip(xs, ys) {
            let (gx, gy) = (Self.gmp(x), Self.gmp(y))
            #expect(Self.gmp(x + y) == (gx + gy) % m, seeded("\(x) + \(y)"))
            #expect(Self.gmp(x - y) == (gx - gy) % m, seeded("\(x) - \(y)"))
            #expect(Self.gmp(-x) == (-gx) % m, seeded("-\(x)"))
            #expect(Self.gmp(x * y) == (gx * gy) % m, seeded("\(x) * \(y)"))
            #expect(Self.gmp(x.squared()) == (gx * gx) % m, seeded("\(x)^2"))
            #expect(Self.gmp(x.doubled()) == (gx + gx) % m, seeded("2·\(x)"))
            #expect((x == y) == (gx == gy), seeded("\(x) == \(y)"))
        }
    }

    @Test func frRing() { checkRing(Fr.self) }
    @Test func fpRing() { checkRing(Fp.self) }

    func checkExponentiations<F: PrimeField>(_ type: F.Type, squareRoot: (F) -> F?) {
        var generator = TestSeed.generator(for: "pow-\(F.self)")
        let m = Self.modulus(F.self)
        let xs = Self.elements(F.self, count: Self.cases, generator: &generator)
        for x in xs {
            let gx = Self.gmp(x)
            let exponent = F.Canonical(limbs: (0..<F.Canonical.limbCount).map { _ in generator.next() })
            #expect(
                Self.gmp(x.pow(exponent)) == GMPInteger.powmod(gx, GMPInteger(limbs: exponent.limbs), m),
                seeded("\(x)^\(exponent)"))
            if let inverse = x.inverse() {
                #expect(Self.gmp(inverse) == gx.inverse(modulo: m), seeded("\(x)⁻¹"))
            } else {
                #expect(x.isZero, seeded("only zero has no inverse, but \(x) got none"))
            }
            #expect(x.legendreSymbol == gx.legendre(m), seeded("Legendre symbol of \(x)"))
            if let root = squareRoot(x) {
                #expect(root.squared() == x, seeded("√\(x) = \(root) does not square back"))
            } else {
                #expect(gx.legendre(m) == -1, seeded("\(x) is a square but no root was found"))
            }
        }
    }

    @Test func frExponentiations() { checkExponentiations(Fr.self) { $0.squareRoot() } }
    @Test func fpExponentiations() { checkExponentiations(Fp.self) { $0.squareRoot() } }

    func checkMontgomeryConstants<F: PrimeField>(_ type: F.Type, limbs: Int) {
        let m = Self.modulus(F.self)
        let r = (GMPInteger(1) << (64 * limbs)) % m
        // Montgomery form of one is R mod m; of any x it is x·R mod m. Reading x back must undo it.
        #expect(Self.gmp(F.one) == GMPInteger(1))
        #expect(Self.gmp(F(12345)) == GMPInteger(12345))
        #expect(r != GMPInteger(1), seeded("the Montgomery radix must not be trivial modulo m"))
    }

    @Test func montgomeryConstants() {
        checkMontgomeryConstants(Fr.self, limbs: 4)
        checkMontgomeryConstants(Fp.self, limbs: 6)
        #expect(Fr.modulus.hex == "0x73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff00000001")
        #expect(
            Fp.modulus.hex
                == "0x1a0111ea397fe69a4b1ba7b6434bacd764774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaaab")
    }

    func checkEncoding<F: PrimeField>(_ type: F.Type) throws {
        var generator = TestSeed.generator(for: "encoding-\(F.self)")
        let m = Self.modulus(F.self)
        for x in Self.elements(F.self, count: Self.cases, generator: &generator) {
            #expect(x.bigEndianBytes == Self.gmp(x).bigEndianBytes(count: F.byteCount), seeded("encoding of \(x)"))
            #expect(try F(bigEndianBytes: x.bigEndianBytes) == x, seeded("round trip of \(x)"))
        }
        // The modulus itself, m + 1 and the all-ones string name elements only non-canonically: rejected.
        for bad in [m, m + GMPInteger(1), (GMPInteger(1) << (8 * F.byteCount)) - GMPInteger(1)] {
            #expect(throws: FieldError.nonCanonical) { try F(bigEndianBytes: bad.bigEndianBytes(count: F.byteCount)) }
        }
        #expect(throws: FieldError.wrongLength(expected: F.byteCount, got: F.byteCount + 1)) {
            try F(bigEndianBytes: [UInt8](repeating: 0, count: F.byteCount + 1))
        }
        #expect(throws: FieldError.wrongLength(expected: F.byteCount, got: 0)) { try F(bigEndianBytes: [UInt8]()) }
    }

    @Test func frEncoding() throws { try checkEncoding(Fr.self) }
    @Test func fpEncoding() throws { try checkEncoding(Fp.self) }

    @Test func randomElementsAreUniformEnough() {
        // 4,000 draws into 8 equal bins of [0, r): each bin expects 500. A correct sampler exceeds χ² = 55.9 over
        // 7 degrees of freedom with probability 10⁻⁹. A sampler that reduces a 255-bit draw mod r instead of
        // rejecting gives the values below 2^255 − r ≈ 0.104·r twice the weight: about 830 draws land in the first
        // bin, χ² ≈ 250. The draws come from the run's seed, so a failure replays.
        var generator = TestSeed.generator()
        var counts = [Int](repeating: 0, count: 8)
        let r = Self.modulus(Fr.self)
        for _ in 0..<4_000 {
            let x = Self.gmp(Fr.random(using: &generator))
            var bin = 0
            while bin < 7 && !(x < (r * GMPInteger(UInt64(bin + 1))) >> 3) { bin += 1 }
            counts[bin] += 1
        }
        let chiSquared = counts.map { Double(($0 - 500) * ($0 - 500)) / 500 }.reduce(0, +)
        #expect(chiSquared < 55.9, seeded("bins \(counts)"))
    }

    @Test func systemRandomElementsAreDistinct() {
        // The system CSPRNG path: 1,000 draws from a 255-bit field never collide unless the source is broken.
        let draws = Set((0..<1_000).map { _ in Fr.random() })
        #expect(draws.count == 1_000)
    }

    @Test func rootsOfUnity() {
        let r = Self.modulus(Fr.self)
        let generator = GMPInteger(7)
        for k in 0...32 {
            let root = Fr.rootOfUnity(log2Order: k)
            // 7^((r−1)/2^k), as the EIP-4844 spec computes it, straight from GMP.
            let expected = GMPInteger.powmod(generator, (r - GMPInteger(1)) >> k, r)
            #expect(Self.gmp(root) == expected, seeded("ω of order 2^\(k)"))
            #expect(root.pow(UInt64(1) << UInt64(k)) == .one, seeded("ω_\(k)^(2^\(k)) must be 1"))
            if k > 0 {
                #expect(
                    root.pow(UInt64(1) << UInt64(k - 1)) == -Fr.one, seeded("ω_\(k) must have order exactly 2^\(k)"))
            }
        }
        #expect(Fr.multiplicativeGenerator.legendreSymbol == -1, seeded("a generator of Fr^* is a non-residue"))
    }

    @Test func batchInverse() {
        var generator = TestSeed.generator()
        var xs = (0..<500).map { _ in Fr.random(using: &generator) }
        xs[17] = .zero
        var inverted = xs
        Fr.batchInverse(&inverted)
        for (x, y) in zip(xs, inverted) {
            #expect(x.isZero ? y.isZero : x * y == .one, seeded("batch inverse of \(x)"))
        }
    }

    @Test func reducingBigEndian() {
        var generator = TestSeed.generator()
        let r = Self.modulus(Fr.self)
        for length in [0, 1, 7, 8, 9, 31, 32, 33, 48, 64] {
            for _ in 0..<50 {
                let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
                #expect(
                    Self.gmp(Fr(reducingBigEndian: bytes)) == GMPInteger(bigEndianBytes: bytes) % r, seeded("\(bytes)"))
            }
        }
    }
}
