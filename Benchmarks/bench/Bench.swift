import ArgumentParser

/// `swift run -c release bench [fields|curves|kzg|cells|backend|all]`: prints the reference backend's figures beside
/// its peers. `cells` is the EIP-7594 rows of `kzg` alone, without the peer: a quick comparison between two builds.
/// `backend` times chapter 12's `YourBackend` beside the reference and ckzg; it is not part of `all`, since it needs
/// chapter 12's exercises written.
@main
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Benchmarks of the reference backend (build with -c release).")

    enum Group: String, ExpressibleByArgument, CaseIterable {
        case fields, curves, kzg, cells, backend, all
    }

    @Argument(help: "Which group to run: \(Group.allCases.map(\.rawValue).joined(separator: ", ")).")
    var group: Group = .all

    func run() {
        #if DEBUG
            print("warning: a debug build; figures mean little. Use `swift run -c release bench`.")
        #endif
        if group == .fields || group == .all { runFieldBenchmarks() }
        if group == .curves || group == .all { runCurveBenchmarks() }
        if group == .kzg || group == .all { runKZGBenchmarks() }
        if group == .cells { runCellBenchmarks() }
        if group == .backend { runBackendBenchmarks() }
    }
}
