// a sign error: C + [y]G1 in place of C − [y]G1.
import Curves
import ExerciseSupport
import Fields
import KZG
import Pairing

/// Whether `proof` shows that the polynomial committed to by `commitment` takes `value` at `point`
/// (`verify_kzg_proof_impl` in the consensus specs).
///
/// An honest proof is π = [q(τ)]G1 with q(τ)(τ − z) = p(τ) − y. The verifier does not know τ, but the pairing
/// lets it check that product in the exponent: e(C − [y]G1, G2) = e(π, [τ]G2 − [z]G2), written as one product
/// e(C − [y]G1, −G2) · e(π, [τ − z]G2) = 1. Not constant time (public inputs).
public func verify(commitment: G1Affine, point z: Fr, value y: Fr, proof: G1Affine, setup: TrustedSetup) -> Bool {
    let commitmentMinusValue = G1Projective(commitment) + G1Affine.generator * y
    let secretMinusPoint = G2Projective(setup.g2Monomial[1]) - G2Affine.generator * z
    return pairingProductIsOne([(G1Affine(commitmentMinusValue), -G2Affine.generator),
                                (proof, G2Affine(secretMinusPoint))])
}
