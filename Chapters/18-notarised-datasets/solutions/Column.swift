import Curves
import ExerciseSupport
import Fields
import KZG
import Polynomials

/// The KZG commitments to a column of field elements, one per block of n rows (n = the setup's size): block b
/// holds rows b·n … b·n + n − 1 as the values of a polynomial at the bit-reversed roots of the setup's domain, the
/// way a blob holds its field elements, and the last block is padded with zeros. An empty column has no blocks.
public func commitColumn(_ values: [Fr], setup: TrustedSetup) -> [G1Affine] {
    // BEGIN SOLUTION
    let n = setup.domain.size
    return stride(from: 0, to: values.count, by: n).map { start in
        // The rows of the block, zero-padded to n values on the setup's domain.
        var evaluations = Array(values[start..<min(start + n, values.count)])
        evaluations += [Fr](repeating: .zero, count: n - evaluations.count)
        let polynomial = try! PolynomialInEvaluationForm(evaluations: evaluations, domain: setup.domain)  // n values
        return try! setup.commit(to: polynomial)  // on the setup's domain
    }
    // END SOLUTION
}

/// The KZG proof that row `row` of the column holds `values[row]`: the opening of the row's block at the root
/// the row sits on, ω at bit-reversed index row mod n.
///
/// - Precondition: 0 ≤ row < values.count.
public func openRow(_ values: [Fr], row: Int, setup: TrustedSetup) -> G1Affine {
    // BEGIN SOLUTION
    let n = setup.domain.size
    let start = row - row % n
    var evaluations = Array(values[start..<min(start + n, values.count)])
    evaluations += [Fr](repeating: .zero, count: n - evaluations.count)
    let polynomial = try! PolynomialInEvaluationForm(evaluations: evaluations, domain: setup.domain)  // n values
    let z = setup.domain.bitReversedElements[row % n]
    return try! setup.open(polynomial, at: z).proof  // on the setup's domain
    // END SOLUTION
}
