// Modular inversion by Bernstein and Yang's "divsteps": D. J. Bernstein, B.-Y. Yang, "Fast constant-time gcd
// computation and modular inversion", TCHES 2019 (eprint 2019/266), with the batching of 62 steps on machine words
// and the signed radix-2^62 updates described for libsecp256k1's `modinv64` (P. Wuille, "The safegcd implementation
// in libsecp256k1 explained", 2021).
//
// One divstep maps (δ, f, g), f odd, to
//     (1 − δ, g, (g − f)/2)            if δ > 0 and g is odd,
//     (1 + δ, f, (g + (g mod 2)·f)/2)  otherwise.
// Started from (1, M, x) it keeps gcd(f, g) = gcd(M, x) and reaches g = 0 with f = ±gcd; Theorem 11.2 of the paper
// bounds the number of steps: ⌈(49d + 57)/17⌉ for f² + 4g² ≤ 5·2^(2d), d ≥ 46, which is 1102 steps for the 381-bit
// p and 739 for the 255-bit r. Each step only looks at the lowest bit of g and at δ, so 62 steps at a time run on the
// lowest 64 bits of f and g alone, building a 2×2 matrix T with |entries| ≤ 2^62 such that
//     (f, g) after 62 steps = T·(f, g) / 2^62.
// The full-width f and g, and the cofactors d, e with d·x ≡ c·f and e·x ≡ c·g (mod M), are then updated once per
// 62 steps: that is where the multiplications are.
//
// The constant-time entry point runs the fixed number of batches whatever the input, with masks for every choice, so
// its time does not depend on x (Swift gives no guarantee about the machine code, but nothing here branches on data).
// The variable-time entry point stops as soon as g = 0: use it only on public values.

/// An integer in signed radix 2^62, least significant limb first: every limb but the top one is in [0, 2^62), the
/// top one carries the sign. Seven limbs hold 434 bits, room for the 381-bit p with a sign and a factor of two.
@frozen @usableFromInline
struct Signed62Limbs {
    @usableFromInline var storage: (Int64, Int64, Int64, Int64, Int64, Int64, Int64)

    @inlinable @inline(__always)
    init() { storage = (0, 0, 0, 0, 0, 0, 0) }

    @inlinable
    subscript(index: Int) -> Int64 {
        @inline(__always) get {
            withUnsafeBytes(of: storage) { $0.load(fromByteOffset: index &* 8, as: Int64.self) }
        }
        @inline(__always) set {
            withUnsafeMutableBytes(of: &storage) {
                $0.storeBytes(of: newValue, toByteOffset: index &* 8, as: Int64.self)
            }
        }
    }

    @usableFromInline static let mask62: Int64 = (1 << 62) - 1

    /// The non-negative integer with the given 64-bit limbs (least significant first), in radix 2^62.
    @inlinable @inline(__always)
    init(limbs64 limb: (Int) -> UInt64, count64: Int, count: Int) {
        self.init()
        for index in 0..<count {
            let bit = 62 * index
            let word = bit / 64
            let shift = bit % 64
            var value = word < count64 ? limb(word) >> UInt64(shift) : 0
            if shift > 2 && word + 1 < count64 { value |= limb(word + 1) << UInt64(64 - shift) }
            self[index] = Int64(bitPattern: value) & Self.mask62
        }
    }

    /// The 64-bit limbs of a value in [0, 2^(64·count64)) whose radix-2^62 limbs are all in [0, 2^62).
    @inlinable @inline(__always)
    func limb64(_ word: Int, count: Int) -> UInt64 {
        var value: UInt64 = 0
        for index in 0..<count {
            let bit = 62 * index - 64 * word  // where limb `index` starts, relative to the word
            let limb = UInt64(bitPattern: self[index])
            if bit >= 0 && bit < 64 {
                value |= limb << UInt64(bit)
            } else if bit < 0 && bit > -62 {
                value |= limb >> UInt64(-bit)
            }
        }
        return value
    }
}

/// An odd modulus M as the inversion needs it.
@usableFromInline
struct SafeGCDModulus {
    /// M in radix 2^62.
    @usableFromInline let limbs: Signed62Limbs
    /// M⁻¹ mod 2^62, to clear the low limb of the cofactor updates (as Montgomery reduction does).
    @usableFromInline let inverse62: UInt64
    /// Radix-2^62 limbs in use: enough for M with a sign and a factor of two.
    @usableFromInline let count: Int
    /// Batches of 62 divsteps for the constant-time inversion: 62·batches ≥ the bound of Theorem 11.2.
    @usableFromInline let batches: Int

    @inlinable @inline(__always)
    init(limbs: Signed62Limbs, inverse62: UInt64, count: Int, batches: Int) {
        self.limbs = limbs
        self.inverse62 = inverse62
        self.count = count
        self.batches = batches
    }
}

/// The matrix of 62 divsteps: (f, g) ← (u·f + v·g, q·f + r·g) / 2^62.
@usableFromInline
struct DivstepMatrix {
    @usableFromInline var u: Int64, v: Int64, q: Int64, r: Int64

    @inlinable @inline(__always)
    init(u: Int64, v: Int64, q: Int64, r: Int64) {
        self.u = u
        self.v = v
        self.q = q
        self.r = r
    }
}

@usableFromInline
enum SafeGCD {
    /// 62 divsteps on the low bits of f (odd) and g, in constant time: every choice is a mask.
    ///
    /// Invariant after i steps: u·f₀ + v·g₀ = f·2^i and q·f₀ + r·g₀ = g·2^i. Halving g leaves q, r alone and doubles
    /// u, v instead, so the entries stay integers; |u| + |v| and |q| + |r| at most double per step, hence ≤ 2^62.
    @inlinable @inline(__always)
    static func divsteps62(delta: inout Int64, f f0: UInt64, g g0: UInt64) -> DivstepMatrix {
        var u: UInt64 = 1
        var v: UInt64 = 0
        var q: UInt64 = 0
        var r: UInt64 = 1
        var f = f0
        var g = g0
        for _ in 0..<62 {
            let deltaPositive = UInt64(bitPattern: (0 &- delta) >> 63)  // all ones when δ > 0
            let gOdd = 0 &- (g & 1)  // all ones when g is odd
            // g ← g − f when δ > 0, g + f otherwise, if g is odd; the same on g's row of the matrix.
            g &+= ((f ^ deltaPositive) &- deltaPositive) & gOdd
            q &+= ((u ^ deltaPositive) &- deltaPositive) & gOdd
            r &+= ((v ^ deltaPositive) &- deltaPositive) & gOdd
            // The swap case: δ > 0 and g odd. Then f ← f + (g − f) = the old g, and δ ← 1 − δ (else 1 + δ).
            let swap = deltaPositive & gOdd
            delta = (delta ^ Int64(bitPattern: swap)) &- Int64(bitPattern: swap) &+ 1
            f &+= g & swap
            u &+= q & swap
            v &+= r & swap
            // g is even now: halve it, and double f's row to keep the common scale 2^i.
            g >>= 1
            u <<= 1
            v <<= 1
        }
        return DivstepMatrix(
            u: Int64(bitPattern: u), v: Int64(bitPattern: v), q: Int64(bitPattern: q), r: Int64(bitPattern: r))
    }

    /// (f, g) ← T·(f, g) / 2^62: exact divisions, since T was built so that the low 62 bits cancel.
    @inlinable @inline(__always)
    static func updateFG(
        _ f: inout Signed62Limbs, _ g: inout Signed62Limbs, _ t: DivstepMatrix, count: Int
    ) {
        let mask = Int128(Signed62Limbs.mask62)
        var cf = Int128(t.u) &* Int128(f[0]) &+ Int128(t.v) &* Int128(g[0])
        var cg = Int128(t.q) &* Int128(f[0]) &+ Int128(t.r) &* Int128(g[0])
        cf >>= 62
        cg >>= 62
        for index in 1..<count {
            cf &+= Int128(t.u) &* Int128(f[index]) &+ Int128(t.v) &* Int128(g[index])
            cg &+= Int128(t.q) &* Int128(f[index]) &+ Int128(t.r) &* Int128(g[index])
            f[index - 1] = Int64(truncatingIfNeeded: cf & mask)
            g[index - 1] = Int64(truncatingIfNeeded: cg & mask)
            cf >>= 62
            cg >>= 62
        }
        f[count - 1] = Int64(truncatingIfNeeded: cf)
        g[count - 1] = Int64(truncatingIfNeeded: cg)
    }

    /// (d, e) ← T·(d, e) / 2^62 mod M, keeping both in (−2M, M).
    ///
    /// Adding multiples of M changes nothing mod M; the multiple is chosen so that the low 62 bits vanish (as in
    /// Montgomery reduction), plus u·M or v·M when d or e is negative, which is what keeps the range (−2M, M).
    @inlinable @inline(__always)
    static func updateDE(
        _ d: inout Signed62Limbs, _ e: inout Signed62Limbs, _ t: DivstepMatrix, modulus: SafeGCDModulus
    ) {
        let count = modulus.count
        let mask = Int128(Signed62Limbs.mask62)
        let dNegative = d[count - 1] >> 63
        let eNegative = e[count - 1] >> 63
        var md = (t.u & dNegative) &+ (t.v & eNegative)
        var me = (t.q & dNegative) &+ (t.r & eNegative)
        var cd = Int128(t.u) &* Int128(d[0]) &+ Int128(t.v) &* Int128(e[0])
        var ce = Int128(t.q) &* Int128(d[0]) &+ Int128(t.r) &* Int128(e[0])
        // md ≡ −cd·M⁻¹ (mod 2^62) after this, so cd + md·M ≡ 0 (mod 2^62).
        let low62 = UInt64(bitPattern: Signed62Limbs.mask62)
        md &-= Int64(
            bitPattern: (modulus.inverse62 &* UInt64(truncatingIfNeeded: cd) &+ UInt64(bitPattern: md)) & low62)
        me &-= Int64(
            bitPattern: (modulus.inverse62 &* UInt64(truncatingIfNeeded: ce) &+ UInt64(bitPattern: me)) & low62)
        cd &+= Int128(modulus.limbs[0]) &* Int128(md)
        ce &+= Int128(modulus.limbs[0]) &* Int128(me)
        cd >>= 62
        ce >>= 62
        for index in 1..<count {
            let m = Int128(modulus.limbs[index])
            cd &+= Int128(t.u) &* Int128(d[index]) &+ Int128(t.v) &* Int128(e[index]) &+ m &* Int128(md)
            ce &+= Int128(t.q) &* Int128(d[index]) &+ Int128(t.r) &* Int128(e[index]) &+ m &* Int128(me)
            d[index - 1] = Int64(truncatingIfNeeded: cd & mask)
            e[index - 1] = Int64(truncatingIfNeeded: ce & mask)
            cd >>= 62
            ce >>= 62
        }
        d[count - 1] = Int64(truncatingIfNeeded: cd)
        e[count - 1] = Int64(truncatingIfNeeded: ce)
    }

    /// Brings every limb but the top one back into [0, 2^62), carrying into the next.
    @inlinable @inline(__always)
    static func propagateCarries(_ x: inout Signed62Limbs, count: Int) {
        for index in 0..<(count - 1) {
            x[index + 1] &+= x[index] >> 62
            x[index] &= Signed62Limbs.mask62
        }
    }

    /// x + M if x < 0, else x, without a branch.
    @inlinable @inline(__always)
    static func addModulusIfNegative(_ x: inout Signed62Limbs, modulus: SafeGCDModulus) {
        let negative = x[modulus.count - 1] >> 63
        for index in 0..<modulus.count { x[index] &+= modulus.limbs[index] & negative }
        propagateCarries(&x, count: modulus.count)
    }

    /// c·x⁻¹ mod M in [0, M), for 0 < x < M and gcd(x, M) = 1, given x and c in radix 2^62 (c in [0, M)).
    ///
    /// `constantTime` runs all `modulus.batches` batches; otherwise the loop ends as soon as g = 0, which makes the
    /// time depend on x. Both give the same result: once g = 0 the remaining steps leave d unchanged modulo M.
    @inlinable @inline(__always)
    static func inverse(
        _ x: Signed62Limbs, times c: Signed62Limbs, modulus: SafeGCDModulus, constantTime: Bool
    ) -> Signed62Limbs {
        let count = modulus.count
        var delta: Int64 = 1
        var f = modulus.limbs
        var g = x
        var d = Signed62Limbs()
        var e = c  // d·x ≡ c·f and e·x ≡ c·g (mod M), from f = M, g = x
        for _ in 0..<modulus.batches {
            let t = divsteps62(delta: &delta, f: UInt64(bitPattern: f[0]), g: UInt64(bitPattern: g[0]))
            updateDE(&d, &e, t, modulus: modulus)
            updateFG(&f, &g, t, count: count)
            if !constantTime {
                var any: Int64 = 0
                for index in 0..<count { any |= g[index] }
                if any == 0 { break }
            }
        }
        // Now g = 0 and f = ±gcd(M, x) = ±1, so d·x ≡ ±c: the answer is ±d, with d in (−2M, M).
        addModulusIfNegative(&d, modulus: modulus)  // (−M, M)
        let fNegative = f[count - 1] >> 63
        for index in 0..<count { d[index] = (d[index] ^ fNegative) &- fNegative }
        propagateCarries(&d, count: count)  // still (−M, M)
        addModulusIfNegative(&d, modulus: modulus)  // [0, M)
        return d
    }
}
