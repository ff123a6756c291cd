import Curves
import ExtensionFields

/// The optimal ate pairing e: G1 × G2 → GT ⊂ Fp12 (cubed, see `finalExponentiation`).
public func pairing(_ p: G1Affine, _ q: G2Affine) -> Fp12 {
    finalExponentiation(millerLoop([(p, q)]))
}

/// Whether ∏ e(P_i, Q_i) = 1, with one Miller loop for all pairs and a single final exponentiation: the check
/// KZG verification and BLS signature verification make. True for an empty list.
public func pairingProductIsOne(_ pairs: [(G1Affine, G2Affine)]) -> Bool {
    finalExponentiation(millerLoop(pairs)).isOne
}

/// `pairingProductIsOne` with G2 points whose lines were computed in advance.
public func pairingProductIsOne(_ pairs: [(G1Affine, G2Prepared)]) -> Bool {
    finalExponentiation(millerLoop(pairs)).isOne
}
