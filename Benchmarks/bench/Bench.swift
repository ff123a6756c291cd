import ArgumentParser

/// `swift run -c release bench [fields|curves|kzg|all]`: prints the reference backend's figures beside its peers.
@main
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Benchmarks of the reference backend (build with -c release).")

    enum Group: String, ExpressibleByArgument, CaseIterable {
        case fields, curves, kzg, all
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
    }
}
