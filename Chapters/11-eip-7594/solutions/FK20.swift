import Curves
import EIP4844
import ExerciseSupport
import Fields
import KZG
import MSM

/// The points H_0 … H_(m−2) of FK20 (Feist and Khovratovich, "Fast amortized KZG proofs", eprint 2023/033, §3),
/// for f of degree below n = 64·m with coefficients f_0 … f_(n−1):
///
///     H_u = Σ_k f_((u+1)·64 + k) · [s^k]G1,   k = 0 … n − 64·(u+1) − 1,
///
/// the commitment to f with its lowest 64·(u+1) coefficients dropped and the rest shifted down. Written as a
/// matrix acting on the coefficients, the setup's points stand on the diagonals: a Toeplitz matrix, here
/// multiplied one row (one MSM) at a time. None of the H_u depends on the cell.
///
/// Not constant time (public inputs).
///
/// - Precondition: the number of coefficients is a multiple of 64, at least 128, at most the setup's size.
public func fk20Partials(coefficients f: [Fr], setup: TrustedSetup) -> [G1Affine] {
    // BEGIN SOLUTION
    let width = EIP7594Constants.fieldElementsPerCell
    precondition(f.count % width == 0 && f.count >= 2 * width && f.count <= setup.g1Monomial.count)
    let m = f.count / width
    let partials = (0..<m - 1).map { u -> G1Projective in
        let scalars = Array(f[(u + 1) * width..<f.count])
        // One scalar per point.
        return try! multiScalarMultiplication(points: Array(setup.g1Monomial[0..<scalars.count]), scalars: scalars)
    }
    return G1Affine.batchNormalized(partials)
    // END SOLUTION
}

/// The 128 cells of f and their proofs, FK20's way: the quotient of f by X^64 − c is
/// Σ_u c^u · Σ_(t>u) X^(64(t−1−u)) F_t(X) (F_t the t-th run of 64 coefficients), so the proof of cell i, whose
/// c is h_i^64, is Σ_u c^u·H_u: one short MSM per cell over the same m − 1 points. (The 128 values c are the 128th
/// roots of unity, so the 128 sums are also one FFT in G1, which is what fast implementations do.)
///
/// - Precondition: 4096 coefficients and a setup of 4096 points.
public func cellsAndKZGProofs(coefficients f: [Fr], setup: TrustedSetup) -> (cells: [Cell], proofs: [KZGProof]) {
    // BEGIN SOLUTION
    let width = EIP7594Constants.fieldElementsPerCell
    let values = extendPolynomial(f)
    let cells = (0..<EIP7594Constants.cellsPerExtBlob).map { index in
        Cell(evaluations: Array(values[width * index..<width * (index + 1)]))
    }
    let partials = fk20Partials(coefficients: f, setup: setup)
    let proofs = (0..<EIP7594Constants.cellsPerExtBlob).map { index -> KZGProof in
        let c = cosetShiftForCell(index).pow(UInt64(width))
        var powers = [Fr]()
        var power = Fr.one
        for _ in partials.indices {
            powers.append(power)
            power *= c
        }
        // One scalar per point.
        return KZGProof(G1Affine(try! multiScalarMultiplication(points: partials, scalars: powers)))
    }
    return (cells, proofs)
    // END SOLUTION
}

/// `compute_cells_and_kzg_proofs`: the blob's 128 cells and the proof of each.
///
/// - Precondition: a setup of 4096 points.
public func computeCellsAndKZGProofs(_ blob: Blob, setup: TrustedSetup) -> (cells: [Cell], proofs: [KZGProof]) {
    // BEGIN SOLUTION
    cellsAndKZGProofs(coefficients: blob.polynomial.coefficients, setup: setup)
    // END SOLUTION
}
