import Curves
import EIP4844
import Fields
import KZG
import Polynomials

/// All 128 cell proofs of a polynomial at once, by the method of Feist and Khovratovich ("Fast amortized KZG
/// proofs", eprint 2023/033, §2 and §3), with the Toeplitz matrix-vector product done through FFTs.
///
/// The cell with shift h has the coset {h·g^a}, g of order ℓ = 64, whose vanishing polynomial is X^ℓ - c with
/// c = h^ℓ. Cut f (degree < n = 4096) into m = n/ℓ = 64 chunks, f(X) = Σ_t X^(tℓ) F_t(X), deg F_t < ℓ. Then
///
///     f(X) mod (X^ℓ - c) = Σ_t c^t F_t(X)                   (the interpolation polynomial of the cell)
///     q_c(X) = (f(X) - Σ_t c^t F_t(X)) / (X^ℓ - c) = Σ_u c^u · Σ_(t>u) X^((t-1-u)ℓ) F_t(X),
///
/// so the proof [q_c(s)] = Σ_u c^u H_u with points H_u = Σ_(t>u) [s^((t-1-u)ℓ) F_t(s)] that do not depend on c.
/// The values c of the 128 cells are the 128th roots of unity (bit-reversed, see `coset_shift_for_cell`), so all
/// proofs are one 128-point FFT of (H_0 … H_63, 0 … 0) in G1.
///
/// H is a sum over the position j < ℓ inside the chunks of Toeplitz products: H_u = Σ_j Σ_(t>u) f_(tℓ+j) ·
/// [s^((t-1-u)ℓ+j)]. Each is embedded in a circulant of size 2m = 128 and computed as a cyclic convolution through
/// FFTs. The FFTs of the point columns depend on the setup only: they are computed once, when the context is made
/// (`FK20Table`). Per polynomial: 64 scalar FFTs, 128 MSMs of 64 points, and two 128-point FFTs in G1.
///
/// The MSMs are over fixed points, so each point's odd multiples are computed with the table too, and each MSM is
/// an interleaved width-w NAF (Straus–Möller; Hankerson, Menezes and Vanstone, Alg. 3.51) of 128 half-length
/// scalars after the GLV split (Galbraith, Lin and Scott, Eurocrypt 2009): one shared chain of 128 doublings and
/// about 128/(w+1) additions per half-scalar, against about twice as many additions in a 64-point Pippenger.
///
/// Not constant time; nothing here is secret.
struct FK20Table: Sendable {
    /// m = n/ℓ chunks; the circulant has size 2m.
    static let chunkCount = EIP4844Constants.fieldElementsPerBlob / EIP7594Constants.fieldElementsPerCell
    static let circulantSize = 2 * chunkCount

    /// Width of the NAF digits: 16 odd multiples per point.
    static let nafWidth = 6
    static let multiplesPerPoint = 1 << (nafWidth - 2)

    /// `multiples[k][j · 16 + i]` = [2i+1]·(entry k of the FFT of the j-th circulant column of points): row k of
    /// the pointwise product is one MSM over the 64 points of `multiples[k]`.
    let multiples: [[G1Affine]]
    /// The 128-point domain of the circulant (and of the values c).
    let circulantDomain: EvaluationDomain

    /// The column of position j is c_e = [s^((e-1)ℓ+j)] for e = 1 … m-1 and the identity elsewhere (e = 0 and
    /// e ≥ m, the zero half of the circulant embedding); its 128-point FFT in G1, for every j, on all cores.
    init(g1Monomial: [G1Affine]) {
        let size = Self.circulantSize
        let cellSize = EIP7594Constants.fieldElementsPerCell
        // 128 is a power of two below 2^32.
        let domain = try! EvaluationDomain(size: size)
        circulantDomain = domain
        let transformed = ParallelSlots.map(count: cellSize) { j -> [G1Projective] in
            var column = [G1Projective](repeating: .identity, count: size)
            for e in 1..<Self.chunkCount { column[e] = G1Projective(g1Monomial[(e - 1) * cellSize + j]) }
            g1FFT(&column, domain: domain, inverse: false)
            return column
        }
        multiples = ParallelSlots.map(count: size) { k -> [G1Affine] in
            var row = [G1Projective]()
            row.reserveCapacity(cellSize * Self.multiplesPerPoint)
            for j in 0..<cellSize {
                let point = transformed[j][k]
                let double = point.doubled()
                row.append(point)
                for _ in 1..<Self.multiplesPerPoint { row.append(row[row.count - 1] + double) }
            }
            return G1Affine.batchNormalized(row)
        }
    }

    /// Σ_j scalars[j] · (point j of row k), by the interleaved NAFs of the GLV halves (see the type's comment).
    func rowMSM(_ k: Int, scalars: [Fr]) -> G1Projective {
        let table = multiples[k]
        let width = Self.multiplesPerPoint
        var digits = [[Int8]]()
        digits.reserveCapacity(2 * scalars.count)
        for scalar in scalars {
            let (a, b) = G1.glvSplit(scalar)
            digits.append(nonAdjacentForm(a, width: Self.nafWidth))
            digits.append(nonAdjacentForm(b, width: Self.nafWidth))
        }
        let length = digits.map(\.count).max() ?? 0
        var sum = G1Projective.identity
        for position in (0..<length).reversed() {
            sum.double()
            for term in digits.indices where position < digits[term].count {
                let digit = Int(digits[term][position])
                if digit == 0 { continue }
                var point = table[(term >> 1) * width + Int(digit.magnitude >> 1)]
                // Odd terms are the second GLV half, on −σ(P).
                if term & 1 == 1 { point = G1.negatedEndomorphism(point) }
                if digit > 0 { sum += point } else { sum -= point }
            }
        }
        return sum
    }

    /// The 128 proofs [q_c(s)] for f given by its n coefficients, in cell order (cell i has c = ω_128^rev(i)).
    func proofs(coefficients f: [Fr]) -> [G1Affine] {
        let size = Self.circulantSize
        let m = Self.chunkCount
        let cellSize = EIP7594Constants.fieldElementsPerCell
        precondition(f.count == m * cellSize, "a polynomial of degree below 4096")
        // The 1/128 of the inverse FFT below is applied here, to scalars, where it is cheap.
        let inverseSize = Fr(UInt64(size)).inverse()!
        // Scalar side: for position j, x_t' = f_((m-1-t')ℓ+j) for t' < m, then zeros; its FFT.
        var scalarColumns = [[Fr]]()
        scalarColumns.reserveCapacity(cellSize)
        for j in 0..<cellSize {
            var x = [Fr](repeating: .zero, count: size)
            for t in 0..<m { x[t] = f[(m - 1 - t) * cellSize + j] * inverseSize }
            try! circulantDomain.fft(&x)  // size matches the domain
            scalarColumns.append(x)
        }
        // Row k of Σ_j FFT(x_j) ∘ FFT(c_j): an MSM of 64 points each.
        let transformedScalars = scalarColumns
        var rows = ParallelSlots.map(count: size) { k -> G1Projective in
            rowMSM(k, scalars: (0..<cellSize).map { transformedScalars[$0][k] })
        }
        // The cyclic convolution z; H_u = z_(m-1-u), and the second half of z is discarded.
        g1FFT(&rows, domain: circulantDomain, inverse: true)
        var h = [G1Projective](repeating: .identity, count: size)
        for u in 0..<m - 1 { h[u] = rows[m - 1 - u] }
        // Proofs at c = ω^k in natural order; cell i takes k = rev(i).
        g1FFT(&h, domain: circulantDomain, inverse: false)
        try! bitReversalPermute(&h)  // a power of two
        return G1Affine.batchNormalized(h)
    }
}

/// The width-w non-adjacent form of a non-negative integer given as 64-bit limbs (least significant first): digits
/// zero or odd with |d| < 2^(w-1), least significant first, at most one non-zero digit in any w consecutive ones
/// (Hankerson, Menezes and Vanstone, "Guide to Elliptic Curve Cryptography", Alg. 3.35). Variable time.
func nonAdjacentForm(_ limbs: [UInt64], width w: Int) -> [Int8] {
    var value = limbs + [0]  // room for the carry of a negative digit
    let modulus = 1 << w
    var digits = [Int8]()
    digits.reserveCapacity(64 * limbs.count + 1)
    while value.contains(where: { $0 != 0 }) {
        var digit = 0
        if value[0] & 1 == 1 {
            digit = Int(value[0] & UInt64(modulus - 1))
            if digit >= modulus / 2 { digit -= modulus }
            // value -= digit: a subtraction for a positive digit, an addition for a negative one.
            if digit > 0 {
                value[0] -= UInt64(digit)  // the low w bits are at least digit: no borrow
            } else {
                var carry = UInt64(-digit)
                for index in value.indices where carry != 0 {
                    let (sum, overflow) = value[index].addingReportingOverflow(carry)
                    value[index] = sum
                    carry = overflow ? 1 : 0
                }
            }
        }
        digits.append(Int8(digit))
        // value >>= 1
        for index in value.indices {
            value[index] = value[index] >> 1 | (index + 1 < value.count ? value[index + 1] << 63 : 0)
        }
    }
    return digits
}

/// The radix-2 FFT of points of G1 over `domain` (ω^k, natural order in and out), the same transform as
/// `EvaluationDomain.fft` with points for values: Cooley–Tukey, decimation in time. `inverse` uses ω^-1 and does
/// not divide by the size (callers fold 1/n into their scalars). Multiplications by the twiddle 1 are skipped.
///
/// Variable time (scalar multiplication by the twiddles); for public data.
func g1FFT(_ values: inout [G1Projective], domain: EvaluationDomain, inverse: Bool) {
    let n = domain.size
    precondition(values.count == n, "one point per domain element")
    try! bitReversalPermute(&values)  // n is a power of two
    let roots = domain.elements
    var half = 1
    while half < n {
        let stride = n / (2 * half)
        var start = 0
        while start < n {
            for j in 0..<half {
                let top = start + j
                let bottom = top + half
                let exponent = j * stride
                let t: G1Projective
                if exponent == 0 {
                    t = values[bottom]
                } else {
                    t = values[bottom] * roots[inverse ? n - exponent : exponent]
                }
                let u = values[top]
                values[top] = u + t
                values[bottom] = u - t
            }
            start += 2 * half
        }
        half *= 2
    }
}
