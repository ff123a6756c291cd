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
    // BEGIN SOLUTION
    let width = EIP7594Constants.fieldElementsPerCell
    var s = [Fr.one]
    for index in missingCellIndices {
        let root = cosetShiftForCell(index).pow(UInt64(width))
        var next = [Fr](repeating: .zero, count: s.count + 1)
        for (degree, coefficient) in s.enumerated() {
            next[degree + 1] += coefficient
            next[degree] -= coefficient * root
        }
        s = next
    }
    var z = [Fr](repeating: .zero, count: width * (s.count - 1) + 1)
    for (degree, coefficient) in s.enumerated() { z[width * degree] = coefficient }
    return z
    // END SOLUTION
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
    // BEGIN SOLUTION
    guard cellIndices.count == cells.count else { throw .lengthMismatch(counts: [cellIndices.count, cells.count]) }
    let total = EIP7594Constants.cellsPerExtBlob
    guard cells.count >= total / 2 else { throw .notEnoughCells(got: cells.count, needed: total / 2) }
    guard cells.count <= total else { throw .tooManyCells(got: cells.count, maximum: total) }
    var present = [Bool](repeating: false, count: total)
    for (position, index) in cellIndices.enumerated() {
        guard index >= 0, index < total else { throw .cellIndexOutOfRange(index) }
        guard !present[index] else { throw .duplicateCellIndex(index) }
        present[index] = true
        if position > 0, index < cellIndices[position - 1] { throw .cellIndicesNotAscending(index: index) }
    }

    let width = EIP7594Constants.fieldElementsPerCell
    let domain = EIP7594Domains.extended
    let size = domain.size
    var extended = [Fr](repeating: .zero, count: size)
    for (index, cell) in zip(cellIndices, cells) {
        extended.replaceSubrange(width * index..<width * (index + 1), with: cell.evaluations)
    }
    try! bitReversalPermute(&extended)  // now in the domain's natural order

    let z = vanishingPolynomial(missingCellIndices: (0..<total).filter { !present[$0] })
    var zValues = z + [Fr](repeating: .zero, count: size - z.count)  // degree ≤ 4096
    var zOnCoset = zValues
    try! domain.fft(&zValues)
    for t in 0..<size { extended[t] *= zValues[t] }
    try! domain.inverseFFT(&extended)  // the coefficients of P·Z

    let shift = Fr.multiplicativeGenerator
    try! domain.cosetFFT(&extended, offset: shift)
    try! domain.cosetFFT(&zOnCoset, offset: shift)
    Fr.batchInverse(&zOnCoset)  // Z has no root on 7·⟨ω⟩
    for t in 0..<size { extended[t] *= zOnCoset[t] }
    try! domain.inverseCosetFFT(&extended, offset: shift)
    return cellsAndKZGProofs(coefficients: Array(extended[0..<EIP4844Constants.fieldElementsPerBlob]), setup: setup)
    // END SOLUTION
}
