import Chapter09Suites
import EIP4844
import EIP7594
import Foundation

/// Paths and the mainnet setup shared by the KZG and EIP-4844 tests.
enum KZGFixtures {
    /// The package root, found from this file's path (Tests/Reference/<file>).
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `Data/kzg` in the package: the mainnet trusted setup and the consensus-spec vectors (see its README).
    static let dataDirectory = packageRoot.appendingPathComponent("Data/kzg")

    static let trustedSetupPath = dataDirectory.appendingPathComponent("trusted_setup.txt").path

    /// The mainnet setup, loaded once for all tests that need it (with the hidden checks of chapters 9 and 10).
    static let mainnet: Result<EIP4844Context, any Error> = Result {
        try EIP4844Context(setup: KZGOracle.mainnetSetup)
    }

    /// The cell API over the same setup, with its FK20 tables.
    static let mainnetCells: Result<EIP7594Context, any Error> = Result {
        try EIP7594Context(setup: mainnet.get().setup)
    }
}
