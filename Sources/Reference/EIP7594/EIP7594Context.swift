import Crypto
import Curves
import EIP4844
import Fields
import KZG
import MSM
import Pairing
import Polynomials

/// The EIP-7594 (PeerDAS) cell API (consensus-specs, fulu/polynomial-commitments-sampling.md), bound to the
/// trusted setup of EIP-4844 and the FK20 tables computed from it.
///
/// A blob's polynomial (degree < 4096) is evaluated on the 8192-point domain, in bit-reversed order; the 128 runs of
/// 64 values are the cells, each the polynomial on a coset of the 64-point subgroup, with a KZG multi-proof for it.
/// Inputs arrive validated by the throwing initializers of `Blob`, `Cell`, `KZGCommitment` and `KZGProof`; what is
/// checked here is the rest of the spec's `assert`s (indices, counts, list lengths). Nothing here is constant
/// time; none of the inputs is secret.
public struct EIP7594Context: Sendable {
    public let setup: TrustedSetup
    /// The 8192-point domain of the extended blob.
    let extendedDomain: EvaluationDomain
    /// The 64-point subgroup every cell's coset is a shift of.
    let cellDomain: EvaluationDomain
    /// coset_shift_for_cell(i) for every cell i, and its inverse.
    let cosetShifts: [Fr]
    let inverseCosetShifts: [Fr]
    /// h_i^64 = ω_128^rev(i): the constant of cell i's vanishing polynomial X^64 - h_i^64.
    let cosetShiftPowers: [Fr]
    let fk20: FK20Table
    /// [s^64]G2 and G2, the G2 points of the cell verification equation, prepared for the Miller loop.
    let preparedG2SecretPower: G2Prepared
    let preparedG2Generator: G2Prepared

    /// Builds the FK20 tables from the setup's monomial G1 points (64 FFTs of 128 points in G1, on all cores).
    ///
    /// - Throws: `EIP7594Error.setupTooSmall` unless the setup has 4096 G1 points and at least 65 G2 powers.
    public init(setup: TrustedSetup) throws(EIP7594Error) {
        guard setup.domain.size == EIP4844Constants.fieldElementsPerBlob else {
            throw .setupTooSmall(reason: "\(setup.domain.size) G1 points, not 4096")
        }
        guard setup.g2Monomial.count > EIP7594Constants.fieldElementsPerCell else {
            throw .setupTooSmall(reason: "\(setup.g2Monomial.count) G2 points, [s^64]G2 is needed")
        }
        self.setup = setup
        // Both sizes are powers of two below 2^32.
        let extendedDomain = try! EvaluationDomain(size: EIP7594Constants.fieldElementsPerExtBlob)
        self.extendedDomain = extendedDomain
        cellDomain = try! EvaluationDomain(size: EIP7594Constants.fieldElementsPerCell)
        let cellSize = EIP7594Constants.fieldElementsPerCell
        let shifts = (0..<EIP7594Constants.cellsPerExtBlob).map { extendedDomain.bitReversedElements[$0 * cellSize] }
        cosetShifts = shifts
        var inverses = shifts
        Fr.batchInverse(&inverses)
        inverseCosetShifts = inverses
        cosetShiftPowers = shifts.map { $0.pow(UInt64(cellSize)) }
        fk20 = FK20Table(g1Monomial: setup.g1Monomial)
        preparedG2SecretPower = G2Prepared(setup.g2Monomial[cellSize])
        preparedG2Generator = G2Prepared(.generator)
    }

    // MARK: - Cell computation

    /// `compute_cells`: the 128 cells of the blob's extension.
    public func computeCells(_ blob: Blob) -> [Cell] {
        cells(coefficients: blob.polynomial.coefficients)
    }

    /// `compute_cells_and_kzg_proofs`: the cells and, for each, the KZG proof that it holds the values of the
    /// blob's polynomial on its coset. The proofs come all at once from FK20 (see `FK20Table`), not from 128
    /// divisions as in the spec's `compute_kzg_proof_multi_impl`; they are the same points.
    public func computeCellsAndKZGProofs(_ blob: Blob) -> (cells: [Cell], proofs: [KZGProof]) {
        cellsAndProofs(coefficients: blob.polynomial.coefficients)
    }

    /// `compute_cells_and_kzg_proofs_polynomialcoeff`, for f given by its 4096 coefficients.
    func cellsAndProofs(coefficients f: [Fr]) -> (cells: [Cell], proofs: [KZGProof]) {
        (cells(coefficients: f), fk20.proofs(coefficients: f).map { KZGProof($0) })
    }

    /// The evaluations of f on the 8192 roots in bit-reversed order, cut into cells of 64: the run of cell i is
    /// `coset_for_cell(i)` (`compute_cells`, with one FFT in place of 8192 evaluations).
    func cells(coefficients f: [Fr]) -> [Cell] {
        let cellSize = EIP7594Constants.fieldElementsPerCell
        var values = f + [Fr](repeating: .zero, count: extendedDomain.size - f.count)
        // The count is the domain's size, a power of two.
        try! extendedDomain.fft(&values)
        try! bitReversalPermute(&values)
        return (0..<EIP7594Constants.cellsPerExtBlob).map { index in
            Cell(evaluations: Array(values[index * cellSize..<(index + 1) * cellSize]))
        }
    }

    // MARK: - Cell verification

    /// `verify_cell_kzg_proof_batch`: whether every cell k holds the values, on the coset of `cellIndices[k]`, of
    /// the polynomial committed to by `commitments[k]`, as `proofs[k]` claims. An empty batch is valid.
    ///
    /// Commitments are deduplicated (in order of first appearance) and the claims checked together by the
    /// universal verification equation (`verify_cell_kzg_proof_batch_impl`).
    ///
    /// - Throws: `EIP7594Error.lengthMismatch` unless the four lists have the same length,
    ///   `.cellIndexOutOfRange`.
    public func verifyCellKZGProofBatch(
        commitments: [KZGCommitment], cellIndices: [Int], cells: [Cell], proofs: [KZGProof]
    ) throws(EIP7594Error) -> Bool {
        guard commitments.count == cells.count, cellIndices.count == cells.count, proofs.count == cells.count else {
            throw .lengthMismatch(counts: [commitments.count, cellIndices.count, cells.count, proofs.count])
        }
        for index in cellIndices { try validateCellIndex(index) }
        var unique = [KZGCommitment]()
        var position = [KZGCommitment: Int]()
        let commitmentIndices = commitments.map { commitment in
            if let index = position[commitment] { return index }
            position[commitment] = unique.count
            unique.append(commitment)
            return unique.count - 1
        }
        return verifyBatch(
            commitments: unique, commitmentIndices: commitmentIndices, cellIndices: cellIndices, cells: cells,
            proofs: proofs)
    }

    /// `verify_cell_kzg_proof_batch_impl`: with r the Fiat–Shamir challenge and n = 64, checks
    ///
    ///     e(Σ_k r^k π_k, [s^n]G2) = e(Σ_i w_i C_i - [Σ_k r^k I_k(s)]G1 + Σ_k r^k h_k^n π_k, G2),
    ///
    /// where I_k interpolates cell k on its coset h_k·⟨g⟩ and w_i sums the r^k of the cells of commitment i. Each
    /// claim is f_k(X) - I_k(X) = q_k(X)(X^n - h_k^n); evaluated at s and combined with the powers of r.
    ///
    /// Σ_k r^k I_k is computed in coefficient form, by grouping the cells by index (interpolation is linear) and
    /// one 64-point inverse FFT per index: on the coset, I(h·g^b) = y_rev(b), so the coefficients of I(hY) are the
    /// inverse FFT of the bit-reversed cell, and those of I(X) are them divided by h^i.
    func verifyBatch(
        commitments: [KZGCommitment], commitmentIndices: [Int], cellIndices: [Int], cells: [Cell],
        proofs: [KZGProof]
    ) -> Bool {
        guard !cells.isEmpty else { return true }
        let r = challenge(
            commitments: commitments, commitmentIndices: commitmentIndices, cellIndices: cellIndices, cells: cells,
            proofs: proofs)
        let n = EIP7594Constants.fieldElementsPerCell
        var powers = [Fr](repeating: .one, count: cells.count)
        for k in 1..<cells.count { powers[k] = powers[k - 1] * r }

        var commitmentWeights = [Fr](repeating: .zero, count: commitments.count)
        var combinedByCell = [[Fr]?](repeating: nil, count: EIP7594Constants.cellsPerExtBlob)
        for k in cells.indices {
            commitmentWeights[commitmentIndices[k]] += powers[k]
            var sum = combinedByCell[cellIndices[k]] ?? [Fr](repeating: .zero, count: n)
            let values = cells[k].evaluations
            for a in 0..<n { sum[a] += powers[k] * values[a] }
            combinedByCell[cellIndices[k]] = sum
        }
        var interpolation = [Fr](repeating: .zero, count: n)
        for (cellIndex, combined) in combinedByCell.enumerated() {
            guard var coefficients = combined else { continue }
            // 64 values on a 64-point domain: neither call can throw.
            try! bitReversalPermute(&coefficients)
            try! cellDomain.inverseFFT(&coefficients)
            var scale = Fr.one
            for i in 0..<n {
                interpolation[i] += coefficients[i] * scale
                scale *= inverseCosetShifts[cellIndex]
            }
        }

        // Right side: commitments, the setup's first 64 powers and the proofs in one MSM.
        var points = commitments.map(\.point)
        var scalars = commitmentWeights
        points += setup.g1Monomial[0..<n]
        scalars += interpolation.map { -$0 }
        points += proofs.map(\.point)
        scalars += cells.indices.map { powers[$0] * cosetShiftPowers[cellIndices[$0]] }
        // One scalar per point on both MSMs, by construction.
        let right = try! multiScalarMultiplication(points: points, scalars: scalars)
        let left = try! multiScalarMultiplication(points: proofs.map(\.point), scalars: powers)
        return pairingProductIsOne([
            (G1Affine(left), preparedG2SecretPower), (-G1Affine(right), preparedG2Generator),
        ])
    }

    /// `compute_verify_cell_kzg_proof_batch_challenge`: hash_to_bls_field of RANDOM_CHALLENGE_KZG_CELL_BATCH_DOMAIN
    /// ‖ FIELD_ELEMENTS_PER_BLOB ‖ FIELD_ELEMENTS_PER_CELL ‖ number of commitments ‖ number of cells (8 bytes each,
    /// big-endian) ‖ the commitments ‖ for each cell, its commitment index ‖ cell index (8 bytes each) ‖ its values
    /// ‖ its proof.
    ///
    /// - Throws: `EIP7594Error.lengthMismatch` unless the four per-cell lists have the same length,
    ///   `.commitmentIndexOutOfRange`, `.cellIndexOutOfRange`.
    public func computeVerifyCellKZGProofBatchChallenge(
        commitments: [KZGCommitment], commitmentIndices: [Int], cellIndices: [Int], cells: [Cell],
        proofs: [KZGProof]
    ) throws(EIP7594Error) -> Fr {
        guard commitmentIndices.count == cells.count, cellIndices.count == cells.count, proofs.count == cells.count
        else {
            throw .lengthMismatch(counts: [commitmentIndices.count, cellIndices.count, cells.count, proofs.count])
        }
        for index in commitmentIndices where index < 0 || index >= commitments.count {
            throw .commitmentIndexOutOfRange(index)
        }
        for index in cellIndices { try validateCellIndex(index) }
        return challenge(
            commitments: commitments, commitmentIndices: commitmentIndices, cellIndices: cellIndices, cells: cells,
            proofs: proofs)
    }

    private func challenge(
        commitments: [KZGCommitment], commitmentIndices: [Int], cellIndices: [Int], cells: [Cell],
        proofs: [KZGProof]
    ) -> Fr {
        var hasher = SHA256()
        hasher.update(data: EIP7594Constants.randomChallengeKZGCellBatchDomain)
        hasher.update(data: bigEndian64(EIP4844Constants.fieldElementsPerBlob))
        hasher.update(data: bigEndian64(EIP7594Constants.fieldElementsPerCell))
        hasher.update(data: bigEndian64(commitments.count))
        hasher.update(data: bigEndian64(cellIndices.count))
        for commitment in commitments { hasher.update(data: commitment.bytes) }
        for k in cells.indices {
            hasher.update(data: bigEndian64(commitmentIndices[k]))
            hasher.update(data: bigEndian64(cellIndices[k]))
            hasher.update(data: cells[k].bytes)
            hasher.update(data: proofs[k].bytes)
        }
        // hash_to_bls_field: the digest as a big-endian integer, reduced mod r.
        return Fr(reducingBigEndian: Array(hasher.finalize()))
    }

    // MARK: - Reconstruction

    /// `recover_cells_and_kzg_proofs`: all 128 cells and their proofs from any 64 or more of the cells, given with
    /// their indices in ascending order.
    ///
    /// The order is what the consensus-spec test vectors (and c-kzg-4844) require: their cases with shuffled indices
    /// expect a rejection. The mathematics would not need it.
    ///
    /// - Throws: `EIP7594Error.lengthMismatch` unless there is one index per cell, `.notEnoughCells` below 64,
    ///   `.tooManyCells` above 128, `.cellIndexOutOfRange`, `.duplicateCellIndex`, `.cellIndicesNotAscending`.
    public func recoverCellsAndKZGProofs(cellIndices: [Int], cells: [Cell]) throws(EIP7594Error)
        -> (cells: [Cell], proofs: [KZGProof])
    {
        guard cellIndices.count == cells.count else { throw .lengthMismatch(counts: [cellIndices.count, cells.count]) }
        let total = EIP7594Constants.cellsPerExtBlob
        guard cells.count >= total / 2 else { throw .notEnoughCells(got: cells.count, needed: total / 2) }
        guard cells.count <= total else { throw .tooManyCells(got: cells.count, maximum: total) }
        var present = [Bool](repeating: false, count: total)
        for (position, index) in cellIndices.enumerated() {
            try validateCellIndex(index)
            guard !present[index] else { throw .duplicateCellIndex(index) }
            present[index] = true
            if position > 0, index < cellIndices[position - 1] { throw .cellIndicesNotAscending(index: index) }
        }
        return cellsAndProofs(coefficients: recoverPolynomial(cellIndices: cellIndices, cells: cells, present: present))
    }

    /// `recover_polynomialcoeff`: the coefficients of the polynomial P of degree < 4096 whose values the cells are.
    ///
    /// E holds the known values and zeros for the missing ones, on the 8192 roots. Z(X) = S(X^64), with S(Y) =
    /// Π_(missing i) (Y - h_i^64), vanishes exactly on the missing cosets (`construct_vanishing_polynomial`), so
    /// E·Z = P·Z on all 8192 roots, and as deg(P·Z) < 8192 an inverse FFT gives its coefficients. Dividing by Z is
    /// done pointwise on the coset 7·⟨ω⟩ (7 generates Fr*, so the coset misses every root of Z). Z is evaluated
    /// through S: at x = ω^t, x^64 = ω_128^t; at x = 7ω^t, x^64 = 7^64·ω_128^t. So two 128-point transforms of S
    /// replace two of 8192.
    func recoverPolynomial(cellIndices: [Int], cells: [Cell], present: [Bool]) -> [Fr] {
        let size = extendedDomain.size
        let cellSize = EIP7594Constants.fieldElementsPerCell
        let cellCount = EIP7594Constants.cellsPerExtBlob
        var extended = [Fr](repeating: .zero, count: size)
        for (index, cell) in zip(cellIndices, cells) {
            extended.replaceSubrange(index * cellSize..<(index + 1) * cellSize, with: cell.evaluations)
        }
        try! bitReversalPermute(&extended)  // 8192, a power of two

        // S in coefficient form: one linear factor per missing cell.
        var vanishing = [Fr.one]
        for index in 0..<cellCount where !present[index] {
            let root = cosetShiftPowers[index]
            var next = [Fr](repeating: .zero, count: vanishing.count + 1)
            for (degree, coefficient) in vanishing.enumerated() {
                next[degree + 1] += coefficient
                next[degree] -= coefficient * root
            }
            vanishing = next
        }
        // At most 64 missing cells (checked by the caller), so S has at most 65 coefficients: it fits in 128.
        let smallDomain = fk20.circulantDomain
        var onDomain = vanishing + [Fr](repeating: .zero, count: cellCount - vanishing.count)
        var onCoset = onDomain
        let shift = Fr.multiplicativeGenerator
        try! smallDomain.fft(&onDomain)
        try! smallDomain.cosetFFT(&onCoset, offset: shift.pow(UInt64(cellSize)))
        Fr.batchInverse(&onCoset)  // never zero: 7^64 · ω_128^t is not a 128th root of unity

        for t in 0..<size { extended[t] *= onDomain[t % cellCount] }
        try! extendedDomain.inverseFFT(&extended)
        try! extendedDomain.cosetFFT(&extended, offset: shift)
        for t in 0..<size { extended[t] *= onCoset[t % cellCount] }
        try! extendedDomain.inverseCosetFFT(&extended, offset: shift)
        return Array(extended[0..<EIP4844Constants.fieldElementsPerBlob])
    }
}

/// `int.to_bytes(value, 8, "big")`.
private func bigEndian64(_ value: Int) -> [UInt8] {
    (0..<8).map { UInt8(truncatingIfNeeded: UInt64(value) >> UInt64(8 * (7 - $0))) }
}
