// one random factor for all cells: every claim weighted by r, so errors of opposite sign cancel.
import Crypto
import Curves
import EIP4844
import ExerciseSupport
import Fields
import KZG
import MSM
import Pairing
import Polynomials

/// `compute_verify_cell_kzg_proof_batch_challenge` (consensus-specs, fulu/polynomial-commitments-sampling.md): r =
/// hash_to_bls_field of RANDOM_CHALLENGE_KZG_CELL_BATCH_DOMAIN ‖ FIELD_ELEMENTS_PER_BLOB ‖ FIELD_ELEMENTS_PER_CELL
/// ‖ the number of commitments ‖ the number of cells ‖ the commitments ‖ for each cell k, commitmentIndices[k] ‖
/// cellIndices[k] ‖ cells[k] ‖ proofs[k], every number as 8 bytes big-endian.
///
/// - Throws: `.lengthMismatch` unless the four per-cell lists have one length, `.commitmentIndexOutOfRange`,
///   `.cellIndexOutOfRange`.
public func computeVerifyCellKZGProofBatchChallenge(
    commitments: [KZGCommitment], commitmentIndices: [Int], cellIndices: [Int], cells: [Cell],
    proofs: [KZGProof]
) throws(EIP7594Error) -> Fr {
    // BEGIN SOLUTION
    guard commitmentIndices.count == cells.count, cellIndices.count == cells.count, proofs.count == cells.count else {
        throw .lengthMismatch(counts: [commitmentIndices.count, cellIndices.count, cells.count, proofs.count])
    }
    for index in commitmentIndices where index < 0 || index >= commitments.count {
        throw .commitmentIndexOutOfRange(index)
    }
    for index in cellIndices where index < 0 || index >= EIP7594Constants.cellsPerExtBlob {
        throw .cellIndexOutOfRange(index)
    }
    func bigEndian64(_ value: Int) -> [UInt8] {
        (0..<8).map { UInt8(truncatingIfNeeded: UInt64(value) >> UInt64(8 * (7 - $0))) }
    }
    var data = EIP7594Constants.randomChallengeKZGCellBatchDomain
    data += bigEndian64(EIP4844Constants.fieldElementsPerBlob) + bigEndian64(EIP7594Constants.fieldElementsPerCell)
    data += bigEndian64(commitments.count) + bigEndian64(cells.count)
    for commitment in commitments { data += commitment.bytes }
    for k in cells.indices {
        data += bigEndian64(commitmentIndices[k]) + bigEndian64(cellIndices[k]) + cells[k].bytes + proofs[k].bytes
    }
    return hashToBLSField(data)
    // END SOLUTION
}

/// `verify_cell_kzg_proof_batch`: whether every cell k holds the values, on the coset of `cellIndices[k]`, of the
/// polynomial committed to by `commitments[k]`, as `proofs[k]` claims. An empty batch is valid.
///
/// `verify_cell_kzg_proof_batch_impl`: the commitments deduplicated (in order of first appearance), r the challenge,
/// I_k the polynomial of degree below 64 through cell k on its coset, h_k its shift, each claim
/// f(X) − I_k(X) = q_k(X)·(X^64 − h_k^64) is taken at s and the claims are added with the weights r^k:
///
///     e(Σ r^k π_k, [s^64]G2) = e(Σ r^k C_k − [Σ r^k I_k(s)]G1 + Σ r^k h_k^64 π_k, G2).
///
/// Not constant time (public inputs).
///
/// - Throws: `.lengthMismatch` unless the four lists have one length, `.cellIndexOutOfRange`.
public func verifyCellKZGProofBatch(
    commitments: [KZGCommitment], cellIndices: [Int], cells: [Cell], proofs: [KZGProof], setup: TrustedSetup
) throws(EIP7594Error) -> Bool {
    // BEGIN SOLUTION
    guard commitments.count == cells.count, cellIndices.count == cells.count, proofs.count == cells.count else {
        throw .lengthMismatch(counts: [commitments.count, cellIndices.count, cells.count, proofs.count])
    }
    for index in cellIndices where index < 0 || index >= EIP7594Constants.cellsPerExtBlob {
        throw .cellIndexOutOfRange(index)
    }
    guard !cells.isEmpty else { return true }
    var unique = [KZGCommitment]()
    var commitmentIndices = [Int]()
    for commitment in commitments {
        if let index = unique.firstIndex(of: commitment) {
            commitmentIndices.append(index)
        } else {
            commitmentIndices.append(unique.count)
            unique.append(commitment)
        }
    }
    let r = try computeVerifyCellKZGProofBatchChallenge(
        commitments: unique, commitmentIndices: commitmentIndices, cellIndices: cellIndices, cells: cells,
        proofs: proofs)

    let width = EIP7594Constants.fieldElementsPerCell
    var weights = [Fr]()
    var weight = Fr.one
    for _ in cells.indices {
        weights.append(weight)
        weight = r
    }
    var commitmentWeights = [Fr](repeating: .zero, count: unique.count)
    var interpolation = [Fr](repeating: .zero, count: width)
    var proofScalars = [Fr]()
    for k in cells.indices {
        commitmentWeights[commitmentIndices[k]] += weights[k]
        // The cell in natural coset order holds I(h·g^a), a = 0 … 63: the inverse FFT gives the coefficients of
        // I(h·Y), and coefficient j of I(X) is coefficient j of I(h·Y) divided by h^j.
        let shift = cosetShiftForCell(cellIndices[k])
        var coefficients = cells[k].evaluations
        try! bitReversalPermute(&coefficients)  // 64 values
        try! EIP7594Domains.cell.inverseFFT(&coefficients)  // 64 values on the 64-point domain
        let inverseShift = shift.inverse()!  // a root of unity, never zero
        var scale = weights[k]
        for j in 0..<width {
            interpolation[j] += coefficients[j] * scale
            scale *= inverseShift
        }
        proofScalars.append(weights[k] * shift.pow(UInt64(width)))
    }
    let points = unique.map(\.point) + Array(setup.g1Monomial[0..<width]) + proofs.map(\.point)
    let scalars = commitmentWeights + interpolation.map { -$0 } + proofScalars
    // One scalar per point in both.
    let right = try! multiScalarMultiplication(points: points, scalars: scalars)
    let left = try! multiScalarMultiplication(points: proofs.map(\.point), scalars: weights)
    return pairingProductIsOne([
        (G1Affine(left), setup.g2Monomial[width]), (-G1Affine(right), G2Affine.generator),
    ])
    // END SOLUTION
}
