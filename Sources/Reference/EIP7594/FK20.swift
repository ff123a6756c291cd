import Curves
import EIP4844
import Fields
import KZG
import MSM
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
/// Not constant time; nothing here is secret.
struct FK20Table: Sendable {
    /// m = n/ℓ chunks; the circulant has size 2m.
    static let chunkCount = EIP4844Constants.fieldElementsPerBlob / EIP7594Constants.fieldElementsPerCell
    static let circulantSize = 2 * chunkCount

    /// `columns[k][j]`: entry k of the FFT of the j-th circulant column of points, so that row k of the pointwise
    /// product is one MSM over `columns[k]`.
    let columns: [[G1Affine]]
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
        let transformed = ParallelSlots.map(count: cellSize) { j -> [G1Affine] in
            var column = [G1Projective](repeating: .identity, count: size)
            for e in 1..<Self.chunkCount { column[e] = G1Projective(g1Monomial[(e - 1) * cellSize + j]) }
            g1FFT(&column, domain: domain, inverse: false)
            return G1Affine.batchNormalized(column)
        }
        columns = (0..<size).map { k in (0..<cellSize).map { j in transformed[j][k] } }
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
        let columns = self.columns
        let transformedScalars = scalarColumns
        var rows = ParallelSlots.map(count: size) { k -> G1Projective in
            let scalars = (0..<cellSize).map { transformedScalars[$0][k] }
            return try! multiScalarMultiplication(points: columns[k], scalars: scalars)  // 64 and 64
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
