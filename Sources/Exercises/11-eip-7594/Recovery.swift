import Curves
import EIP4844
import ExerciseSupport
import Fields
import KZG
import Polynomials

/// `construct_vanishing_polynomial` (consensus-specs, fulu/polynomial-commitments-sampling.md): the coefficients of
///
///     Z(X) = Π_(i missing) (X^64 − h_i^64),
///
/// which is zero on every point of the missing cells and on no other of the 8192 roots. It is S(X^64) for
/// S(Y) = Π (Y − h_i^64): multiply out S, then spread its coefficients 64 apart. The result has 64·(number of
/// missing cells) + 1 coefficients.
public func vanishingPolynomial(missingCellIndices: [Int]) -> [Fr] {
    unimplemented()
}

/// `recover_cells_and_kzg_proofs`: all 128 cells and their proofs from at least 64 of them, given with their
/// indices in ascending order (the consensus-spec vectors reject shuffled indices).
///
/// `recover_polynomialcoeff`: E holds the known values and zeros for the missing ones; E·Z = P·Z on all 8192 roots,
/// and as deg(P·Z) < 8192 the inverse FFT of the product gives its coefficients. Z has roots among the 8192, so
/// the division by Z is done on the coset 7·⟨ω⟩, where Z is never zero. Then the cells and proofs of P.
///
/// - Throws: `.lengthMismatch` unless there is one index per cell, `.notEnoughCells` below 64, `.tooManyCells`
///   above 128, `.cellIndexOutOfRange`, `.duplicateCellIndex`, `.cellIndicesNotAscending`.
public func recoverCellsAndKZGProofs(cellIndices: [Int], cells: [Cell], setup: TrustedSetup) throws(EIP7594Error)
    -> (cells: [Cell], proofs: [KZGProof])
{
    unimplemented()
}
