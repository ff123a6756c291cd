import Chapter04Suites
import Curves
import Fields
import Limbs
import Testing

/// The reference's G1 in the terms of chapter 4's shared checks: the same checks the learner's code meets, against
/// the same GMP oracle. The reference has one scalar multiplication for any width of scalar (width-w NAF); it
/// stands for both the double-and-add and the windowed exercise.
struct ReferenceG1: G1Implementation {
    func isOnCurve(_ point: AffineCoordinates?) -> Bool { affine(point).isOnCurve }
    func isOnCurve(_ point: JacobianCoordinates) -> Bool { projective(point).isOnCurve }
    func jacobian(_ point: AffineCoordinates?) -> JacobianCoordinates { coordinates(G1Projective(affine(point))) }
    func affine(_ point: JacobianCoordinates) -> AffineCoordinates? { coordinates(G1Affine(projective(point))) }
    func doubled(_ point: JacobianCoordinates) -> JacobianCoordinates { coordinates(projective(point).doubled()) }

    func sum(_ p: JacobianCoordinates, _ q: JacobianCoordinates) -> JacobianCoordinates {
        coordinates(projective(p) + projective(q))
    }

    func mixedSum(_ p: JacobianCoordinates, _ q: AffineCoordinates?) -> JacobianCoordinates {
        coordinates(projective(p) + affine(q))
    }

    func doubleAndAdd(_ point: JacobianCoordinates, by scalar: UInt256) -> JacobianCoordinates {
        coordinates(projective(point).multiplied(by: scalar))
    }

    func windowed(_ point: JacobianCoordinates, by scalar: UInt256, windowBits: Int) -> JacobianCoordinates {
        coordinates(projective(point).multiplied(by: scalar))
    }

    func compressed(_ point: AffineCoordinates?) -> [UInt8] { affine(point).compressed }

    func decompressed(_ bytes: [UInt8]) -> Result<AffineCoordinates?, G1DecodingFailure> {
        do {
            return .success(coordinates(try G1Affine(compressed: bytes)))
        } catch {
            return .failure(failure(error))
        }
    }

    func isInSubgroup(_ point: AffineCoordinates?) -> Bool { affine(point).isInSubgroup }

    private func affine(_ point: AffineCoordinates?) -> G1Affine {
        point.map { G1Affine(unchecked: $0.x, $0.y) } ?? .identity
    }

    private func projective(_ point: JacobianCoordinates) -> G1Projective {
        G1Projective(x: point.x, y: point.y, z: point.z)
    }

    private func coordinates(_ point: G1Affine) -> AffineCoordinates? {
        point.isIdentity ? nil : AffineCoordinates(x: point.x, y: point.y)
    }

    private func coordinates(_ point: G1Projective) -> JacobianCoordinates {
        JacobianCoordinates(x: point.x, y: point.y, z: point.z)
    }

    private func failure(_ error: PointDecodingError) -> G1DecodingFailure {
        switch error {
        case .wrongLength(let expected, let got): .wrongLength(expected: expected, got: got)
        case .missingCompressionFlag: .missingCompressionFlag
        case .nonCanonicalInfinity: .nonCanonicalInfinity
        case .coordinateNotCanonical: .coordinateNotCanonical
        case .notOnCurve: .notOnCurve
        case .notInSubgroup: .notInSubgroup
        }
    }
}

/// Chapter 4's hidden checks (Tests/Suites/04-g1), run on `Curves`.
@Suite struct G1SuiteTests {
    static let folder = "Sources/Reference/Curves"
    static let points = "\(folder)/JacobianPoint.swift"
    static let encoding = "\(folder)/G1Affine+Compressed.swift"

    @Test func affineOnCurve() { GroupLawChecks.affineOnCurve(ReferenceG1(), file: "\(Self.folder)/AffinePoint.swift") }
    @Test func jacobianOnCurve() { GroupLawChecks.jacobianOnCurve(ReferenceG1(), file: Self.points) }
    @Test func conversions() { GroupLawChecks.conversions(ReferenceG1(), file: "\(Self.folder)/AffinePoint.swift") }
    @Test func doubling() { GroupLawChecks.doubling(ReferenceG1(), file: Self.points) }
    @Test func addition() { GroupLawChecks.addition(ReferenceG1(), file: Self.points) }
    @Test func mixedAddition() { GroupLawChecks.mixedAddition(ReferenceG1(), file: Self.points) }
    @Test func scalarMultiplication() { ScalarMultiplicationChecks.doubleAndAdd(ReferenceG1(), file: Self.points) }
    @Test func compression() { EncodingChecks.compression(ReferenceG1(), file: Self.encoding) }
    @Test func subgroup() { EncodingChecks.subgroup(ReferenceG1(), file: "\(Self.folder)/G1.swift") }
    @Test func decompression() { EncodingChecks.decompression(ReferenceG1(), file: Self.encoding) }
}
