import Curves
import Fields
import KZG

/// The typed values as the spec functions written over `KZGBackend` take them, for `ReferenceBackend`.
extension Blob {
    var encoded: EncodedBlob<Fr> { EncodedBlob(bytes: bytes, polynomial: polynomial.evaluations) }
}

extension KZGCommitment {
    var encoded: EncodedG1<G1Projective> { EncodedG1(bytes: bytes, point: G1Projective(point)) }
}

extension KZGProof {
    var encoded: EncodedG1<G1Projective> { EncodedG1(bytes: bytes, point: G1Projective(point)) }
}
