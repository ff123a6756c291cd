import Chapter04Exercises
import Chapter12Exercises
import Chapter12Suites
import Curves

/// The learner's backend, `YourBackend`, under the shared checks of `Tests/Suites/12-your-backend`.
enum Learner {
    /// The setup's points enter chapter 4's type by their coordinates, which are the reference's `Fp` in both: the
    /// mainnet file is recognised by its hash and its points were checked once (as the reference does), so 4096
    /// subgroup checks in a debug build are not repeated here.
    static let checks = BackendChecks(YourBackend.self) { point in
        point.isIdentity ? .identity : Chapter04Exercises.G1Projective(x: point.x, y: point.y, z: .one)
    }

    /// An exercise file, as failure messages name it.
    static func file(_ name: String) -> String { "Sources/Exercises/12-your-backend/\(name)" }
}
