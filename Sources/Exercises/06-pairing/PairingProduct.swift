import Curves
import ExerciseSupport
import ExtensionFields

/// ∏ f_{x,Q_i}(P_i): the Miller functions of many pairs in one loop, each f² shared by all of them.
///
/// The accumulator of a product of Miller loops is squared once per bit, not once per pair per bit: with n pairs
/// that saves n − 1 of every 63 squarings, and the one final exponentiation after it saves n − 1 final
/// exponentiations. Pairs with the identity on either side contribute 1 and are skipped; an empty list gives 1.
/// The result equals the product of `millerLoop(P_i, Q_i)` exactly.
public func multiMillerLoop(_ pairs: [(G1Affine, G2Affine)]) -> Fp12 {
    unimplemented()
}

/// Whether ∏ e(P_i, Q_i) = 1, with one Miller loop for all pairs and one final exponentiation: the check of KZG
/// verification, e(C − [y]G1, −G2)·e(π, [τ − z]G2) = 1, and of BLS signatures. True for an empty list.
public func pairingProductIsOne(_ pairs: [(G1Affine, G2Affine)]) -> Bool {
    unimplemented()
}
