import Fields
import GMP
import HiddenTestSupport
import Testing

/// The checks of the group law (exercises g1-forms, g1-double, g1-add, g1-mixed-add), against the GMP oracle.
/// Jacobian inputs have random Z (so Z = 1 is never assumed by accident), and the point at infinity comes with
/// random X and Y. `file` names the implementation's source file in failure reports.
public enum GroupLawChecks {
    /// y² = x³ + 4 on random points of E, on the same points with y or x moved by one, on (0, ±2) and on the
    /// point at infinity.
    public static func affineOnCurve<G: G1Implementation>(
        _ implementation: G, file: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        var generator = TestSeed.generator(for: "GroupLawChecks.affineOnCurve")
        var cases: [AffineCoordinates?] = [
            nil, AffineCoordinates(x: .zero, y: Fp(2)), AffineCoordinates(x: .zero, y: -Fp(2)),
        ]
        for _ in 0..<200 {
            guard let point = CurveOracle.affine(G1Inputs.curvePoint(using: &generator)) else { continue }
            cases += [
                point, AffineCoordinates(x: point.x, y: point.y + .one),
                AffineCoordinates(x: point.x + .one, y: point.y),
            ]
        }
        checkLearnerFunction(
            "isOnCurve (G1Affine)", in: file, cases: cases,
            input: { $0.map { "\($0) on the curve?" } ?? "O on the curve?" }, output: { "\($0)" },
            expected: { point in
                guard let point else { return true }
                return CurveOracle.isOnCurve(x: CurveOracle.gmp(point.x), y: CurveOracle.gmp(point.y))
            },
            actual: { implementation.isOnCurve($0) }, sourceLocation: sourceLocation)
    }

    /// Y² = X³ + 4·Z⁶ on random points with random Z (true), the same with Y or Z disturbed, with Y scaled by λ²
    /// instead of λ³ (false: the equation's powers of Z must be 4·Z⁶), and Z = 0 (true).
    public static func jacobianOnCurve<G: G1Implementation>(
        _ implementation: G, file: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        var generator = TestSeed.generator(for: "GroupLawChecks.jacobianOnCurve")
        var cases: [JacobianCoordinates] = [JacobianCoordinates(x: .one, y: .one, z: .zero)]
        for _ in 0..<200 {
            let point = G1Inputs.curvePoint(using: &generator)
            let triple = G1Inputs.jacobian(point, using: &generator)
            cases += [
                triple, G1Inputs.jacobian(point, using: &generator, unitZ: true),
                JacobianCoordinates(x: triple.x, y: triple.y + .one, z: triple.z),
                JacobianCoordinates(x: triple.x, y: triple.y, z: triple.z + .one),
                JacobianCoordinates(x: triple.x, y: CurveOracle.fp(point.y) * triple.z.squared(), z: triple.z),
                G1Inputs.jacobian(nil, using: &generator),
            ]
        }
        checkLearnerFunction(
            "isOnCurve (G1Projective)", in: file, cases: cases,
            input: { "\($0) on the curve?" }, output: { "\($0)" },
            expected: { triple in
                let (x, y, z) = (CurveOracle.gmp(triple.x), CurveOracle.gmp(triple.y), CurveOracle.gmp(triple.z))
                if z.isZero { return true }  // the point at infinity, whatever X and Y
                let zToTheSixth = (z * z * z) * (z * z * z)
                return (y * y) % CurveOracle.p == (x * x * x + CurveOracle.b * zToTheSixth) % CurveOracle.p
            },
            actual: { implementation.isOnCurve($0) }, sourceLocation: sourceLocation)
    }

    /// Affine to Jacobian must stand for the same point (the identity included); Jacobian to affine must give the
    /// point's unique affine coordinates, nil for Z = 0.
    public static func conversions<G: G1Implementation>(
        _ implementation: G, file: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        var generator = TestSeed.generator(for: "GroupLawChecks.conversions")
        var points: [CurveOracle.Point?] = [nil, CurveOracle.generator]
        for _ in 0..<200 { points.append(G1Inputs.curvePoint(using: &generator)) }
        checkLearnerProperty(
            "init(_: G1Affine) (G1Projective)", in: file, cases: points,
            input: { "the Jacobian form of \(CurveOracle.describe($0))" },
            holds: { point in
                let triple = implementation.jacobian(CurveOracle.affine(point))
                if CurveOracle.represents(triple, point) { return nil }
                return "got \(CurveOracle.describe(triple)), another point"
            }, sourceLocation: sourceLocation)
        let triples = points.map { G1Inputs.jacobian($0, using: &generator) }
        checkLearnerFunction(
            "init(_: G1Projective) (G1Affine)", in: file, cases: Array(zip(triples, points)),
            input: { "the affine form of \($0.0)" }, output: { $0.map(\.description) ?? "O" },
            expected: { CurveOracle.affine($0.1) }, actual: { implementation.affine($0.0) },
            sourceLocation: sourceLocation)
    }

    /// 2P against the oracle's tangent, for 1,000 random points with random Z, the generator with Z = 1, and the
    /// point at infinity.
    public static func doubling<G: G1Implementation>(
        _ implementation: G, file: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        var generator = TestSeed.generator(for: "GroupLawChecks.doubling")
        var cases: [(JacobianCoordinates, CurveOracle.Point?)] = [
            (JacobianCoordinates(x: .one, y: .one, z: .zero), nil),
            (G1Inputs.jacobian(nil, using: &generator), nil),
            (G1Inputs.jacobian(CurveOracle.generator, using: &generator, unitZ: true), CurveOracle.generator),
        ]
        for _ in 0..<1_000 {
            let point = G1Inputs.curvePoint(using: &generator)
            cases.append((G1Inputs.jacobian(point, using: &generator), point))
        }
        checkLearnerProperty(
            "doubled()", in: file, cases: cases, input: { "2·\(CurveOracle.describe($0.1)) given as \($0.0)" },
            holds: { triple, point in
                let doubled = implementation.doubled(triple)
                let expected = CurveOracle.add(point, point)
                if CurveOracle.represents(doubled, expected) { return nil }
                return "expected \(CurveOracle.describe(expected)), got \(CurveOracle.describe(doubled))"
            }, sourceLocation: sourceLocation)
    }

    /// P + Q against the oracle's chord, on every exceptional case first (O on either side or both, P + P with
    /// the two given with different Z and with the same triple, P + (−P)), then 1,000 random pairs.
    public static func addition<G: G1Implementation>(
        _ implementation: G, file: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        var generator = TestSeed.generator(for: "GroupLawChecks.addition")
        var cases: [(JacobianCoordinates, JacobianCoordinates, CurveOracle.Point?, CurveOracle.Point?)] = []
        func add(_ p: CurveOracle.Point?, _ q: CurveOracle.Point?) {
            cases.append((G1Inputs.jacobian(p, using: &generator), G1Inputs.jacobian(q, using: &generator), p, q))
        }
        for _ in 0..<20 {
            let p = G1Inputs.curvePoint(using: &generator)
            add(nil, p)
            add(p, nil)
            add(nil, nil)
            add(p, p)
            add(p, CurveOracle.negated(p))
            let triple = G1Inputs.jacobian(p, using: &generator)
            cases.append((triple, triple, p, p))
        }
        for _ in 0..<1_000 { add(G1Inputs.curvePoint(using: &generator), G1Inputs.curvePoint(using: &generator)) }
        checkLearnerProperty(
            "+(_:_:) (G1Projective + G1Projective)", in: file, cases: cases,
            input: { "\(CurveOracle.describe($0.2)) + \(CurveOracle.describe($0.3)), given as \($0.0) + \($0.1)" },
            holds: { p, q, pPoint, qPoint in
                let sum = implementation.sum(p, q)
                let expected = CurveOracle.add(pPoint, qPoint)
                if CurveOracle.represents(sum, expected) { return nil }
                return "expected \(CurveOracle.describe(expected)), got \(CurveOracle.describe(sum))"
            }, sourceLocation: sourceLocation)
    }

    /// P + Q with Q affine, against the oracle: the Jacobian P has random Z ≠ 1 (a formula that takes P's Z for 1
    /// fails), and the exceptional cases come first (O on either side, P = Q, P = −Q), then 1,000 random pairs.
    public static func mixedAddition<G: G1Implementation>(
        _ implementation: G, file: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        var generator = TestSeed.generator(for: "GroupLawChecks.mixedAddition")
        var cases: [(JacobianCoordinates, CurveOracle.Point?, CurveOracle.Point?)] = []
        func add(_ p: CurveOracle.Point?, _ q: CurveOracle.Point?, unitZ: Bool = false) {
            cases.append((G1Inputs.jacobian(p, using: &generator, unitZ: unitZ), p, q))
        }
        for _ in 0..<20 {
            let p = G1Inputs.curvePoint(using: &generator)
            add(nil, p)
            add(p, nil)
            add(nil, nil)
            add(p, p)
            add(p, p, unitZ: true)
            add(p, CurveOracle.negated(p))
        }
        for index in 0..<1_000 {
            add(G1Inputs.curvePoint(using: &generator), G1Inputs.curvePoint(using: &generator), unitZ: index % 10 == 0)
        }
        checkLearnerProperty(
            "+(_:_:) (G1Projective + G1Affine)", in: file, cases: cases,
            input: { "\(CurveOracle.describe($0.1)) + \(CurveOracle.describe($0.2)), given as \($0.0) + affine" },
            holds: { p, pPoint, qPoint in
                let sum = implementation.mixedSum(p, CurveOracle.affine(qPoint))
                let expected = CurveOracle.add(pPoint, qPoint)
                if CurveOracle.represents(sum, expected) { return nil }
                return "expected \(CurveOracle.describe(expected)), got \(CurveOracle.describe(sum))"
            }, sourceLocation: sourceLocation)
    }
}
