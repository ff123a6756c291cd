import Fields
import GMP
import HiddenTestSupport
import Limbs
import Testing

/// The checks of scalar multiplication (exercises g1-double-and-add, g1-windowed), against the oracle's [k]P,
/// computed from the other end of k.
public enum ScalarMultiplicationChecks {
    /// [k]P by double-and-add: k = 0 to 20 (n·P by repeated addition, in the oracle), k = r − 1, r, r + 1 on points
    /// of G1 (−P, O, P), the widest scalars 2²⁵⁵ and 2²⁵⁶ − 1, O itself, and random 256-bit scalars on random
    /// points of E.
    public static func doubleAndAdd<G: G1Implementation>(
        _ implementation: G, file: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let all = cases(seed: "ScalarMultiplicationChecks.doubleAndAdd").map { ($0.0, $0.1, $0.2, 0) }
        check("multiplied(by:)", file: file, cases: all, sourceLocation: sourceLocation) { point, scalar, _ in
            implementation.doubleAndAdd(point, by: scalar)
        }
    }

    /// [k]P by the windowed method, for every window width from 1 to 8 on the same kinds of scalars (a 255-bit k
    /// leaves a short top window for most widths; 2²⁵⁶ − 1 makes every digit the table's last entry).
    public static func windowed<G: G1Implementation>(
        _ implementation: G, file: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        var all: [(JacobianCoordinates, UInt256, CurveOracle.Point?, Int)] = []
        for windowBits in 1...8 {
            all += cases(seed: "ScalarMultiplicationChecks.windowed\(windowBits)", small: 6, random: 4).map {
                ($0.0, $0.1, $0.2, windowBits)
            }
        }
        check("multipliedWindowed(by:windowBits:)", file: file, cases: all, sourceLocation: sourceLocation) {
            point, scalar, windowBits in implementation.windowed(point, by: scalar, windowBits: windowBits)
        }
    }

    static func cases(seed: String, small: UInt64 = 20, random: Int = 12) -> [(
        JacobianCoordinates, UInt256, CurveOracle.Point?
    )] {
        var generator = TestSeed.generator(for: seed)
        var cases: [(JacobianCoordinates, UInt256, CurveOracle.Point?)] = []
        let point = G1Inputs.curvePoint(using: &generator)
        for k in 0...small { cases.append((G1Inputs.jacobian(point, using: &generator), UInt256(k), point)) }
        let subgroupPoint = G1Inputs.subgroupPoint(using: &generator)
        for k in [
            Fr.modulus.subtractingReportingBorrow(UInt256(1)).difference, Fr.modulus,
            Fr.modulus.addingReportingCarry(UInt256(1)).sum,
        ] {
            cases.append((G1Inputs.jacobian(subgroupPoint, using: &generator), k, subgroupPoint))
        }
        let allOnes = UInt256(limbs: [.max, .max, .max, .max])
        let topBit = UInt256(limbs: [0, 0, 0, 1 << 63])
        for k in [allOnes, topBit] {
            let point = G1Inputs.curvePoint(using: &generator)
            cases.append((G1Inputs.jacobian(point, using: &generator), k, point))
        }
        cases.append((G1Inputs.jacobian(nil, using: &generator), UInt256(limbs: [7, 0, 0, 1]), nil))
        for _ in 0..<random {
            let point = G1Inputs.curvePoint(using: &generator)
            let k = UInt256(limbs: (0..<4).map { _ in generator.next() })
            cases.append((G1Inputs.jacobian(point, using: &generator), k, point))
        }
        return cases
    }

    /// `windowBits` is 0 for double-and-add, which has no window.
    static func check(
        _ function: String, file: String, cases: [(JacobianCoordinates, UInt256, CurveOracle.Point?, Int)],
        sourceLocation: SourceLocation,
        _ multiply: @escaping @Sendable (JacobianCoordinates, UInt256, Int) -> JacobianCoordinates
    ) {
        checkLearnerProperty(
            function, in: file, cases: cases,
            input: { triple, scalar, point, windowBits in
                "[\(scalar.hex)]·\(CurveOracle.describe(point)) given as \(triple)"
                    + (windowBits > 0 ? ", windowBits \(windowBits)" : "")
            },
            holds: { triple, scalar, point, windowBits in
                let product = multiply(triple, scalar, windowBits)
                let expected = CurveOracle.multiply(point, by: CurveOracle.gmp(scalar))
                if CurveOracle.represents(product, expected) { return nil }
                return "expected \(CurveOracle.describe(expected)), got \(CurveOracle.describe(product))"
            }, sourceLocation: sourceLocation)
    }
}
