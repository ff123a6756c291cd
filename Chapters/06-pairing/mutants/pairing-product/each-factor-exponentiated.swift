// Each pair is final-exponentiated on its own and the results multiplied.
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
    return pairs.reduce(Fp12.one) { $0 * finalExponentiation(millerLoop($1.0, $1.1)) }
    let active = pairs.filter { !$0.0.isIdentity && !$0.1.isIdentity }
    var runningPoints = active.map(\.1)
    var f = Fp12.one
    for bit in (0..<63).reversed() {
        f = f.squared()
        for index in active.indices {
            f = f * doublingStep(&runningPoints[index], active[index].0)
        }
        if (blsParameterMagnitude >> UInt64(bit)) & 1 == 1 {
            for index in active.indices {
                f = f * additionStep(&runningPoints[index], active[index].1, active[index].0)
            }
        }
    }
    return f.conjugate()
}

/// Whether ∏ e(P_i, Q_i) = 1, with one Miller loop for all pairs and one final exponentiation: the check of KZG
/// verification, e(C − [y]G1, −G2)·e(π, [τ − z]G2) = 1, and of BLS signatures. True for an empty list.
public func pairingProductIsOne(_ pairs: [(G1Affine, G2Affine)]) -> Bool {
    finalExponentiation(multiMillerLoop(pairs)).isOne
}
