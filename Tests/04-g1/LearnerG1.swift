import Chapter04Exercises
import Chapter04Suites
import Limbs

/// The learner's G1 in the terms of the shared checks (Tests/Suites/04-g1): each requirement forwards to one of the
/// exercises' functions, converting points to and from plain coordinates.
struct LearnerG1: G1Implementation {
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
        coordinates(projective(point).multipliedWindowed(by: scalar, windowBits: windowBits))
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
        point.map { G1Affine(x: $0.x, y: $0.y) } ?? .identity
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

/// Where the learner's files are, for the failure reports.
let exerciseFolder = "Sources/Exercises/04-g1"
