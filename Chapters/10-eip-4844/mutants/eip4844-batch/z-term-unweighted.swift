// the [z_i]π_i term is not multiplied by the weight r^i, so honest batches of two or more claims fail.
import Curves
import ExerciseSupport
import Fields
import KZG
import MSM
import Pairing

/// `verify_kzg_proof_batch` (consensus-specs, deneb/polynomial-commitments.md): whether every claim
/// (C_i, z_i, y_i, π_i) passes `verifyKZGProof`, with one pairing-product check for all of them.
///
/// The weight of claim i is r^i, where r = hash_to_bls_field(RANDOM_CHALLENGE_KZG_BATCH_DOMAIN ‖
/// FIELD_ELEMENTS_PER_BLOB as 8 bytes ‖ n as 8 bytes ‖ for each claim C_i ‖ z_i ‖ y_i ‖ π_i), all big-endian: no
/// claim can be chosen after r is known. Then
/// e(Σ r^i (C_i − [y_i]G1 + [z_i]π_i), G2) = e(Σ r^i π_i, [τ]G2) (chapter 9's batch check). An empty batch is
/// valid. Not constant time (public inputs).
///
/// - Precondition: the four lists have the same length.
public func verifyKZGProofBatch(
    commitments: [KZGCommitment], zs: [Bytes32], ys: [Bytes32], proofs: [KZGProof], setup: TrustedSetup
) -> Bool {
    precondition(commitments.count == zs.count && zs.count == ys.count && ys.count == proofs.count)
    func bigEndian(_ value: Int, byteCount: Int) -> [UInt8] {
        (0..<byteCount).map { UInt8(truncatingIfNeeded: UInt64(value) >> UInt64(8 * (byteCount - 1 - $0))) }
    }
    var data = EIP4844Constants.randomChallengeKZGBatchDomain
    data += bigEndian(EIP4844Constants.fieldElementsPerBlob, byteCount: 8) + bigEndian(commitments.count, byteCount: 8)
    for i in commitments.indices {
        data += commitments[i].bytes + zs[i].bytes + ys[i].bytes + proofs[i].bytes
    }
    let r = hashToBLSField(data)

    var points = [G1Affine]()
    var scalars = [Fr]()
    var weights = [Fr]()
    var weightedValues = Fr.zero
    var weight = Fr.one
    for i in commitments.indices {
        points += [commitments[i].point, proofs[i].point]
        scalars += [weight, zs[i].fieldElement]
        weightedValues = weightedValues + weight * ys[i].fieldElement
        weights.append(weight)
        weight = weight * r
    }
    points.append(G1Affine.generator)
    scalars.append(-weightedValues)
    let left = try! multiScalarMultiplication(points: points, scalars: scalars)  // equal lengths
    let right = try! multiScalarMultiplication(points: proofs.map(\.point), scalars: weights)  // equal lengths
    return pairingProductIsOne([(G1Affine(left), G2Affine.generator), (-G1Affine(right), setup.g2Monomial[1])])
}

/// `verify_blob_kzg_proof_batch`: whether every (blob, commitment, proof) passes `verifyBlobKZGProof`, each at its
/// own challenge, checked at once with `verifyKZGProofBatch`.
///
/// - Throws: `.batchLengthMismatch` unless the three lists have the same length.
public func verifyBlobKZGProofBatch(
    _ blobs: [Blob], commitments: [KZGCommitment], proofs: [KZGProof], setup: TrustedSetup
) throws(EIP4844Error) -> Bool {
    guard blobs.count == commitments.count, blobs.count == proofs.count else {
        throw .batchLengthMismatch(blobs: blobs.count, commitments: commitments.count, proofs: proofs.count)
    }
    var zs = [Bytes32]()
    var ys = [Bytes32]()
    for (blob, commitment) in zip(blobs, commitments) {
        let z = computeChallenge(blob, commitment: commitment)
        zs.append(Bytes32(z))
        ys.append(Bytes32(evaluatePolynomialInEvaluationForm(blob.polynomial, at: z)))
    }
    return verifyKZGProofBatch(commitments: commitments, zs: zs, ys: ys, proofs: proofs, setup: setup)
}
