import Curves
import EIP4844
import EIP7594
import Fields
import HiddenTestSupport
import KZG
import MSM
import Polynomials
import Testing

/// The EIP-7594 cell API on the mainnet setup, against oracles that do not share its algorithms: cells against
/// Horner evaluation at the coset points, FK20's proofs against the spec's slow quotient (long division by the
/// product of the 64 linear factors, then an MSM over the monomial powers), recovery against the cells it started
/// from, verification against tampering. And one typed error for each kind of malformed input.
@Suite("EIP-7594 cells")
struct EIP7594Tests {
    static func context() throws -> EIP7594Context { try KZGFixtures.mainnetCells.get() }

    static func randomBlob(using generator: inout SeededGenerator) -> Blob {
        EIP4844DifferentialTests.randomBlob(using: &generator)
    }

    /// The spec's `coset_for_cell`: the 8192 roots in bit-reversed order, cut in runs of 64.
    static let extendedRoots: [Fr] = try! EvaluationDomain(size: 8192).bitReversedElements

    @Test("cells are the polynomial at the coset points, proofs are the spec's quotients")
    func cellsAndProofsMatchTheSlowWay() throws {
        let context = try Self.context()
        var generator = TestSeed.generator()
        let blob = Self.randomBlob(using: &generator)
        let coefficients = blob.polynomial.coefficients
        let (cells, proofs) = context.computeCellsAndKZGProofs(blob)
        #expect(cells.count == 128 && proofs.count == 128)
        #expect(context.computeCells(blob) == cells)
        // Four cells: the first, the last and two random ones; each checked in full.
        let chosen = [0, 127, Int.random(in: 1..<127, using: &generator), Int.random(in: 1..<127, using: &generator)]
        for index in chosen {
            let coset = Array(Self.extendedRoots[64 * index..<64 * (index + 1)])
            let expectedValues = coset.map { horner(coefficients, at: $0) }
            #expect(cells[index].evaluations == expectedValues, "cell \(index) (\(TestSeed.replayHint))")
            let quotient = longDivision(coefficients, by: vanishing(on: coset))
            let expectedProof = try multiScalarMultiplication(
                points: Array(context.setup.g1Monomial[0..<quotient.count]), scalars: quotient)
            #expect(proofs[index].point == G1Affine(expectedProof), "proof of cell \(index) (\(TestSeed.replayHint))")
        }
    }

    @Test("a correct batch verifies, and any tampered cell, proof, index or commitment fails it")
    func verification() throws {
        let context = try Self.context()
        let setup = try KZGFixtures.mainnet.get()
        var generator = TestSeed.generator()
        let blobs = (0..<2).map { _ in Self.randomBlob(using: &generator) }
        let commitments = blobs.map { setup.blobToKZGCommitment($0) }
        let computed = blobs.map { context.computeCellsAndKZGProofs($0) }
        // Twelve random cells of either blob, in no particular order, some indices repeated across blobs.
        var batchCommitments = [KZGCommitment]()
        var indices = [Int]()
        var cells = [Cell]()
        var proofs = [KZGProof]()
        for _ in 0..<12 {
            let blob = Int.random(in: 0..<2, using: &generator)
            let index = Int.random(in: 0..<128, using: &generator)
            batchCommitments.append(commitments[blob])
            indices.append(index)
            cells.append(computed[blob].cells[index])
            proofs.append(computed[blob].proofs[index])
        }
        func verify(_ c: [KZGCommitment], _ i: [Int], _ x: [Cell], _ p: [KZGProof]) throws -> Bool {
            try context.verifyCellKZGProofBatch(commitments: c, cellIndices: i, cells: x, proofs: p)
        }
        #expect(try verify(batchCommitments, indices, cells, proofs))
        #expect(try verify([], [], [], []))
        // A whole blob's cells.
        #expect(
            try verify(
                Array(repeating: commitments[0], count: 128), Array(0..<128), computed[0].cells,
                computed[0].proofs))

        var tamperedCell = cells
        var values = tamperedCell[5].evaluations
        values[17] += .one
        tamperedCell[5] = Cell(evaluations: values)
        #expect(try !verify(batchCommitments, indices, tamperedCell, proofs))
        var swappedProofs = proofs
        swappedProofs.swapAt(0, 1)
        let swappedVerdict = try verify(batchCommitments, indices, cells, swappedProofs)
        #expect(proofs[0] == proofs[1] || !swappedVerdict)
        var movedIndex = indices
        movedIndex[3] = (movedIndex[3] + 1) % 128
        #expect(try !verify(batchCommitments, movedIndex, cells, proofs))
        var otherCommitment = batchCommitments
        otherCommitment[7] = commitments[0] == otherCommitment[7] ? commitments[1] : commitments[0]
        #expect(try !verify(otherCommitment, indices, cells, proofs))
    }

    @Test("any half of the cells, or more, gives back every cell and proof")
    func recovery() throws {
        let context = try Self.context()
        var generator = TestSeed.generator()
        let blob = Self.randomBlob(using: &generator)
        let (cells, proofs) = context.computeCellsAndKZGProofs(blob)
        for count in [64, 64, 100, 128] {
            var all = Array(0..<128)
            all.shuffle(using: &generator)
            let kept = all.prefix(count).sorted()
            let recovered = try context.recoverCellsAndKZGProofs(cellIndices: kept, cells: kept.map { cells[$0] })
            #expect(recovered.cells == cells, "from \(count) cells (\(TestSeed.replayHint))")
            #expect(recovered.proofs == proofs, "from \(count) cells (\(TestSeed.replayHint))")
        }
    }

    @Test("every malformed input has its own error")
    func rejections() throws {
        let context = try Self.context()
        let modulus = Fr.modulus.bigEndianBytes
        #expect(throws: EIP7594Error.cellWrongLength(expected: 2048, got: 2047)) {
            try Cell(bytes: [UInt8](repeating: 0, count: 2047))
        }
        var bytes = [UInt8](repeating: 0, count: 2048)
        bytes.replaceSubrange(63 * 32..<64 * 32, with: modulus)
        #expect(throws: EIP7594Error.cellElementNotCanonical(index: 63)) { try Cell(bytes: bytes) }
        bytes.replaceSubrange(0..<32, with: [UInt8](repeating: 0xff, count: 32))
        #expect(throws: EIP7594Error.cellElementNotCanonical(index: 0)) { try Cell(bytes: bytes) }

        let zero = Cell(evaluations: [Fr](repeating: .zero, count: 64))
        let infinity = try KZGCommitment(bytes: [0xc0] + [UInt8](repeating: 0, count: 47))
        let zeroProof = try KZGProof(bytes: [0xc0] + [UInt8](repeating: 0, count: 47))
        #expect(throws: EIP7594Error.lengthMismatch(counts: [2, 1, 1, 1])) {
            try context.verifyCellKZGProofBatch(
                commitments: [infinity, infinity], cellIndices: [0], cells: [zero], proofs: [zeroProof])
        }
        #expect(throws: EIP7594Error.lengthMismatch(counts: [1, 1, 1, 0])) {
            try context.verifyCellKZGProofBatch(commitments: [infinity], cellIndices: [0], cells: [zero], proofs: [])
        }
        #expect(throws: EIP7594Error.cellIndexOutOfRange(128)) {
            try context.verifyCellKZGProofBatch(
                commitments: [infinity], cellIndices: [128], cells: [zero], proofs: [zeroProof])
        }
        #expect(throws: EIP7594Error.cellIndexOutOfRange(-1)) {
            try context.verifyCellKZGProofBatch(
                commitments: [infinity], cellIndices: [-1], cells: [zero], proofs: [zeroProof])
        }
        // The zero polynomial's cells and proofs are valid.
        #expect(
            try context.verifyCellKZGProofBatch(
                commitments: [infinity], cellIndices: [9], cells: [zero], proofs: [zeroProof]))

        let half = Array(0..<64)
        let zeros = [Cell](repeating: zero, count: 64)
        #expect(throws: EIP7594Error.notEnoughCells(got: 63, needed: 64)) {
            try context.recoverCellsAndKZGProofs(cellIndices: Array(half.dropLast()), cells: Array(zeros.dropLast()))
        }
        #expect(throws: EIP7594Error.tooManyCells(got: 129, maximum: 128)) {
            try context.recoverCellsAndKZGProofs(
                cellIndices: Array(0..<129), cells: [Cell](repeating: zero, count: 129))
        }
        #expect(throws: EIP7594Error.lengthMismatch(counts: [64, 65])) {
            try context.recoverCellsAndKZGProofs(cellIndices: half, cells: zeros + [zero])
        }
        #expect(throws: EIP7594Error.duplicateCellIndex(62)) {
            try context.recoverCellsAndKZGProofs(cellIndices: Array(0..<63) + [62], cells: zeros)
        }
        #expect(throws: EIP7594Error.cellIndexOutOfRange(200)) {
            try context.recoverCellsAndKZGProofs(cellIndices: Array(0..<63) + [200], cells: zeros)
        }
        #expect(throws: EIP7594Error.cellIndicesNotAscending(index: 0)) {
            try context.recoverCellsAndKZGProofs(cellIndices: Array(1..<64) + [0], cells: zeros)
        }
        #expect(throws: EIP7594Error.commitmentIndexOutOfRange(1)) {
            try context.computeVerifyCellKZGProofBatchChallenge(
                commitments: [infinity], commitmentIndices: [1], cellIndices: [0], cells: [zero], proofs: [zeroProof])
        }
        #expect(throws: EIP7594Error.lengthMismatch(counts: [1, 2, 1, 1])) {
            try context.computeVerifyCellKZGProofBatchChallenge(
                commitments: [infinity], commitmentIndices: [0], cellIndices: [0, 1], cells: [zero],
                proofs: [zeroProof])
        }
        let small = try TrustedSetup.insecureForTesting(secret: Fr(5), size: 8)
        #expect(throws: EIP7594Error.setupTooSmall(reason: "8 G1 points, not 4096")) {
            try EIP7594Context(setup: small)
        }
    }
}

/// Σ c_i z^i by Horner's rule (`evaluate_polynomialcoeff`).
private func horner(_ coefficients: [Fr], at z: Fr) -> Fr {
    coefficients.reversed().reduce(Fr.zero) { $0 * z + $1 }
}

/// Π (X - x) over the points, coefficients lowest first (`vanishing_polynomialcoeff`).
private func vanishing(on points: [Fr]) -> [Fr] {
    var product = [Fr.one]
    for x in points {
        var next = [Fr](repeating: .zero, count: product.count + 1)
        for (degree, coefficient) in product.enumerated() {
            next[degree + 1] += coefficient
            next[degree] -= coefficient * x
        }
        product = next
    }
    return product
}

/// The quotient of schoolbook long division (`divide_polynomialcoeff`).
private func longDivision(_ dividend: [Fr], by divisor: [Fr]) -> [Fr] {
    var remainder = dividend
    let leadInverse = divisor.last!.inverse()!
    var quotient = [Fr](repeating: .zero, count: dividend.count - divisor.count + 1)
    for shift in quotient.indices.reversed() {
        let factor = remainder[shift + divisor.count - 1] * leadInverse
        quotient[shift] = factor
        for (offset, coefficient) in divisor.enumerated() { remainder[shift + offset] -= factor * coefficient }
    }
    return quotient
}
