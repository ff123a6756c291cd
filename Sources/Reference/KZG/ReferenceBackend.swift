import Backend
import Curves
import Fields
import MSM
import Pairing
import Polynomials

/// The reference's layers as one KZG backend: `Fr`, G1 in Jacobian coordinates, G2 affine, the batch-affine
/// Pippenger MSM, the optimal ate pairing with prepared G2 lines, and the radix-2 FFT of `EvaluationDomain`.
public enum ReferenceBackend: KZGBackend {
    public typealias Scalar = Fr
    public typealias G1 = G1Projective
    public typealias G2 = G2Affine
    /// The MSM adds affine points into its buckets.
    public typealias MSMBases = [G1Affine]
    public typealias PreparedG2 = Pairing.G2Prepared

    /// Multiples of G1 for the [y]G1 of every verification.
    @usableFromInline static let generatorTable = G1FixedBaseTable(.generator)

    @inlinable public static func msmBases(_ points: [G1Projective]) -> [G1Affine] {
        G1Affine.batchNormalized(points)
    }

    @inlinable public static func multiScalarMultiplication(_ bases: [G1Affine], scalars: [Fr]) -> G1Projective {
        precondition(bases.count == scalars.count, "as many scalars as points")
        return try! MSM.multiScalarMultiplication(points: bases, scalars: scalars)
    }

    @inlinable public static func generatorMultiple(_ scalar: Fr) -> G1Projective {
        generatorTable.multiplied(by: scalar)
    }

    @inlinable public static func prepare(_ q: G2Affine) -> Pairing.G2Prepared { Pairing.G2Prepared(q) }

    @inlinable public static func pairingCheck(
        _ p1: G1Projective, _ q1: Pairing.G2Prepared, _ p2: G1Projective, _ q2: Pairing.G2Prepared
    ) -> Bool {
        let affine = G1Affine.batchNormalized([p1, p2])
        return pairingProductIsOne([(affine[0], q1), (affine[1], q2)])
    }

    @inlinable public static func fft(_ values: inout [Fr]) {
        try! domain(of: values.count).fft(&values)
    }

    @inlinable public static func inverseFFT(_ values: inout [Fr]) {
        try! domain(of: values.count).inverseFFT(&values)
    }

    /// EIP-4844's domain, kept, for its size; others built on demand.
    @inlinable static func domain(of size: Int) -> EvaluationDomain {
        size == EvaluationDomain.eip4844.size ? .eip4844 : try! EvaluationDomain(size: size)
    }
}
