import Curves
import ExerciseSupport
import Fields
import MSM
import Pairing

/// Whether `g1Monomial` = [τ^i]G1 and `g2Monomial` = [τ^j]G2 are the powers of one secret τ, starting at the
/// generators: the check a client makes on a setup file beyond decoding each point.
///
/// Each list must start at its generator, and each step along a list must multiply by the same τ. For G1 that is
/// e([τ^i]G1, [τ]G2) = e([τ^(i+1)]G1, G2) for every i, for G2 e([τ]G1, [τ^j]G2) = e(G1, [τ^(j+1)]G2) for every j.
/// Rather than one pairing check per step, each family is summed with the weights r^i into one equation: a damaged
/// point leaves an error that the weights keep from cancelling, unless the damage was chosen knowing r. Nothing
/// here is secret; not constant time.
///
/// - Parameter randomness: r, which whoever made the setup must not be able to predict.
public func setupIsConsistent(g1Monomial: [G1Affine], g2Monomial: [G2Affine], randomness r: Fr) -> Bool {
    unimplemented()
}
