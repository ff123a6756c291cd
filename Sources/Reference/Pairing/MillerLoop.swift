import Curves
import ExtensionFields
import Fields

/// The running multiple T of Q while its line coefficients are computed, in homogeneous projective coordinates
/// (x = X/Z, y = Y/Z, cheaper than Jacobian here because the line coefficients fall out of the point formulas).
///
/// Every line of the loop is ℓ = c0 + (c1·xP)·w² + (c2·(−yP))·w³, where c0, c1, c2 ∈ Fp2 depend only on Q. The
/// steps return (c0, c1, c2); `G2Prepared` keeps them, so a fixed Q (such as the two G2 points of every KZG check)
/// pays for its doublings and additions once.
struct LineCoefficientWalk {
    var tx: Fp2
    var ty: Fp2
    var tz: Fp2
    let q: G2Affine

    init(_ q: G2Affine) {
        tx = q.x
        ty = q.y
        tz = .one
        self.q = q
    }

    /// T ← 2T, returning the tangent line's coefficients.
    ///
    /// The formulas are those of Costello, Lange and Naehrig ("Faster pairing computations on curves with
    /// high-degree twists", PKC 2010) as written for b' = 4ξ by Aranha, Karabina, Longa, Gebotys and López
    /// ("Faster explicit formulas for computing pairings over ordinary curves", Eurocrypt 2011, eq. 10), with
    /// (X, Y, Z) scaled by 4 to avoid their halvings. On the M-type twist, ψ(x', y') = (x'/w², y'/w³), so the line
    /// y − λx − c through untwisted points, times w³ and a factor in Fp2 (both vanish in the final exponentiation),
    /// has coefficients only at 1, w², w³: (3b'Z² − Y²) + 3X²·xP·w² − 2YZ·yP·w³.
    mutating func doublingStep() -> (Fp2, Fp2, Fp2) {
        let xx = tx.squared()
        let yy = ty.squared()
        let zz = tz.squared()
        let e = threeTwistCoefficient(times: zz)  // 3b'·Z²
        let f = e.doubled() + e
        let h = (ty + tz).squared() - yy - zz  // 2YZ
        let line = (e - yy, xx.doubled() + xx, h)
        let ee = e.squared()
        let twelveEE = (ee.doubled() + ee).doubled().doubled()
        tx = (tx * ty).doubled() * (yy - f)
        ty = (yy + f).squared() - twelveEE
        tz = (yy * h).doubled().doubled()
        return line
    }

    /// T ← T + Q, returning the coefficients of the line through T and Q (same sources as `doublingStep`):
    /// with θ = Y − yQ·Z and λ = X − xQ·Z, the line is (θ·xQ − λ·yQ) − θ·xP·w² + λ·yP·w³.
    mutating func additionStep() -> (Fp2, Fp2, Fp2) {
        let theta = ty - q.y * tz
        let lambda = tx - q.x * tz
        let line = (theta * q.x - lambda * q.y, -theta, -lambda)
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
func threeTwistCoefficient(times a: Fp2) -> Fp2 {
    let xiA = a.multipliedByNonResidue()
    let threeXiA = xiA.doubled() + xiA
    return threeXiA.doubled().doubled()
}

/// A G2 point with the line coefficients of every Miller-loop step precomputed (68 of them: 63 doublings and
/// 5 additions), so that pairings with it skip all arithmetic on G2. Worth it for a point used more than once,
/// as KZG's generator and [s]G2 are.
public struct G2Prepared: Sendable {
    /// Coefficients (c0, c1, c2) in loop order; empty for the identity, which contributes 1 to any product.
    let lines: [(Fp2, Fp2, Fp2)]

    public init(_ q: G2Affine) {
        guard !q.isIdentity else {
            lines = []
            return
        }
        var walk = LineCoefficientWalk(q)
        var lines: [(Fp2, Fp2, Fp2)] = []
        lines.reserveCapacity(68)
        for bit in (0..<63).reversed() {
            lines.append(walk.doublingStep())
            if (blsParameterMagnitude >> UInt64(bit)) & 1 == 1 { lines.append(walk.additionStep()) }
        }
        self.lines = lines
    }
}

/// The product of the Miller functions f_{x,Q}(P) of the optimal ate pairing (Vercauteren, "Optimal pairings",
/// IEEE Trans. IT 2010) for BLS12-381, whose loop is just the parameter x; the pairs share each squaring of f.
/// The identity on either side contributes 1. The result still needs `finalExponentiation`.
///
/// The loop runs over the bits of |x| = 0xd201000000010000 (63 doublings, 5 additions); x < 0 is handled by
/// conjugating at the end, since f_{−|x|,Q} = 1/f_{|x|,Q} up to a vertical line that the final exponentiation
/// removes. Variable time only in the (public) number of pairs and identities.
public func millerLoop(_ pairs: [(G1Affine, G2Prepared)]) -> Fp12 {
    // Each pair's lines, with P's coordinates to scale them by: ℓ = c0 + (c1·xP)·w² + (c2·(−yP))·w³.
    let active = pairs.filter { p, q in !p.isIdentity && !q.lines.isEmpty }
    let xs = active.map { $0.0.x }
    let negatedYs = active.map { -$0.0.y }
    var f = Fp12.one
    var step = 0
    for bit in (0..<63).reversed() {
        f = f.squared()
        for index in active.indices {
            let (c0, c1, c2) = active[index].1.lines[step]
            f = f.multiplied(byLineWith: c0, c1 * xs[index], c2 * negatedYs[index])
        }
        step += 1
        if (blsParameterMagnitude >> UInt64(bit)) & 1 == 1 {
            for index in active.indices {
                let (c0, c1, c2) = active[index].1.lines[step]
                f = f.multiplied(byLineWith: c0, c1 * xs[index], c2 * negatedYs[index])
            }
            step += 1
        }
    }
    return f.conjugate()
}

/// `millerLoop` for points not prepared in advance: each Q's lines are computed on the way.
public func millerLoop(_ pairs: [(G1Affine, G2Affine)]) -> Fp12 {
    millerLoop(pairs.map { ($0, G2Prepared($1)) })
}
