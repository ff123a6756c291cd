import Curves
import ExtensionFields
import Fields

/// One pair's state in the Miller loop: the running multiple T of Q in homogeneous projective coordinates
/// (x = X/Z, y = Y/Z, cheaper than Jacobian here because the line coefficients fall out of the point formulas)
/// and the coordinates of P the lines are evaluated at.
@usableFromInline
struct MillerLoopPair {
    @usableFromInline var tx: Fp2
    @usableFromInline var ty: Fp2
    @usableFromInline var tz: Fp2
    @usableFromInline let q: G2Affine
    @usableFromInline let px: Fp
    @usableFromInline let negatedPY: Fp

    @inlinable
    init(_ p: G1Affine, _ q: G2Affine) {
        tx = q.x
        ty = q.y
        tz = .one
        self.q = q
        px = p.x
        negatedPY = -p.y
    }

    /// T ← 2T, returning the tangent line at T evaluated at P.
    ///
    /// The formulas are those of Costello, Lange and Naehrig ("Faster pairing computations on curves with
    /// high-degree twists", PKC 2010) as written for b' = 4ξ by Aranha, Karabina, Longa, Gebotys and López
    /// ("Faster explicit formulas for computing pairings over ordinary curves", Eurocrypt 2011, eq. 10), with
    /// (X, Y, Z) scaled by 4 to avoid their halvings. On the M-type twist, ψ(x', y') = (x'/w², y'/w³), so the line
    /// y − λx − c through untwisted points, times w³ and a factor in Fp2 (both vanish in the final exponentiation),
    /// has coefficients only at 1, w², w³: (3b'Z² − Y²) + 3X²·xP·w² − 2YZ·yP·w³.
    @inlinable
    mutating func doublingStep() -> (Fp2, Fp2, Fp2) {
        let xx = tx.squared()
        let yy = ty.squared()
        let zz = tz.squared()
        let e = threeTwistCoefficient(times: zz)  // 3b'·Z²
        let f = e.doubled() + e
        let h = (ty + tz).squared() - yy - zz  // 2YZ
        let line = (e - yy, (xx.doubled() + xx) * px, h * negatedPY)
        let ee = e.squared()
        let twelveEE = (ee.doubled() + ee).doubled().doubled()
        tx = (tx * ty).doubled() * (yy - f)
        ty = (yy + f).squared() - twelveEE
        tz = (yy * h).doubled().doubled()
        return line
    }

    /// T ← T + Q, returning the line through T and Q evaluated at P (same sources as `doublingStep`):
    /// with θ = Y − yQ·Z and λ = X − xQ·Z, the line is (θ·xQ − λ·yQ) − θ·xP·w² + λ·yP·w³.
    @inlinable
    mutating func additionStep() -> (Fp2, Fp2, Fp2) {
        let theta = ty - q.y * tz
        let lambda = tx - q.x * tz
        let line = (theta * q.x - lambda * q.y, theta * -px, lambda * -negatedPY)
        let c = theta.squared()
        let d = lambda.squared()
        let e = lambda * d
        let f = tz * c
        let g = tx * d
        let h = e + f - g.doubled()
        tx = lambda * h
        ty = theta * (g - h) - ty * e
        tz = tz * e
        return line
    }
}

/// 3b' · a = 12ξ · a, by additions.
@inlinable
func threeTwistCoefficient(times a: Fp2) -> Fp2 {
    let xiA = a.multipliedByNonResidue()
    let threeXiA = xiA.doubled() + xiA
    return threeXiA.doubled().doubled()
}

/// The product of the Miller functions f_{x,Q}(P) of the optimal ate pairing (Vercauteren, "Optimal pairings",
/// IEEE Trans. IT 2010) for BLS12-381, whose loop is just the parameter x; the pairs share each squaring of f.
/// The identity on either side contributes 1. The result still needs `finalExponentiation`.
///
/// The loop runs over the bits of |x| = 0xd201000000010000 (63 doublings, 5 additions); x < 0 is handled by
/// conjugating at the end, since f_{−|x|,Q} = 1/f_{|x|,Q} up to a vertical line that the final exponentiation
/// removes. Variable time only in the (public) number of pairs and identities.
public func millerLoop(_ pairs: [(G1Affine, G2Affine)]) -> Fp12 {
    var states = pairs.compactMap { p, q in
        p.isIdentity || q.isIdentity ? nil : MillerLoopPair(p, q)
    }
    var f = Fp12.one
    states.withUnsafeMutableBufferPointer { states in
        for bit in (0..<63).reversed() {
            f = f.squared()
            for index in states.indices {
                let line = states[index].doublingStep()
                f = f.multiplied(byLineWith: line.0, line.1, line.2)
            }
            if (blsParameterMagnitude >> UInt64(bit)) & 1 == 1 {
                for index in states.indices {
                    let line = states[index].additionStep()
                    f = f.multiplied(byLineWith: line.0, line.1, line.2)
                }
            }
        }
    }
    return f.conjugate()
}
