// only the first step of each list is checked, e([τ]G1, G2) = e(G1, [τ]G2): every later point can be anything.
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
    guard g1Monomial.count >= 2, g2Monomial.count >= 2,
          g1Monomial[0] == G1Affine.generator, g2Monomial[0] == G2Affine.generator
    else { return false }
    // The weights 1, r, r², … for the steps of the longer list.
    var weights = [Fr.one]
    while weights.count < max(g1Monomial.count, g2Monomial.count) - 1 { weights.append(weights.last! * r) }

    // G1: e(Σ r^i [τ^i]G1, [τ]G2) = e(Σ r^i [τ^(i+1)]G1, G2), over i = 0 … n − 2.
    let steps = 1
    let lower = try! multiScalarMultiplication(points: Array(g1Monomial[..<steps]),  // equal lengths
                                               scalars: Array(weights[..<steps]))
    let upper = try! multiScalarMultiplication(points: Array(g1Monomial[1...]), scalars: Array(weights[..<steps]))
    guard pairingProductIsOne([(G1Affine(lower), g2Monomial[1]), (-G1Affine(upper), G2Affine.generator)]) else {
        return false
    }

    // G2: e([τ]G1, Σ r^j [τ^j]G2) = e(G1, Σ r^j [τ^(j+1)]G2), over j = 0 … m − 2.
    var lowerG2 = G2Projective.identity
    var upperG2 = G2Projective.identity
    for j in 0 ..< 1 {
        lowerG2 = lowerG2 + g2Monomial[j] * weights[j]
        upperG2 = upperG2 + g2Monomial[j + 1] * weights[j]
    }
    return pairingProductIsOne([(g1Monomial[1], G2Affine(lowerG2)), (-G1Affine.generator, G2Affine(upperG2))])
}
