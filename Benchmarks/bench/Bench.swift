import ArgumentParser

/// `swift run -c release bench [fields|curves|kzg|cells|all]`: prints the reference backend's figures beside its
/// peers. `cells` is the EIP-7594 rows of `kzg` alone, without the peer: a quick comparison between two builds.
@main
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Benchmarks of the reference backend (build with -c release).")

    enum Group: String, ExpressibleByArgument, CaseIterable {
        case fields, curves, kzg, cells, all
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
    }
}
