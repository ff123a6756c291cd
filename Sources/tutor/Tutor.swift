import ArgumentParser

/// `tutor`: the learner's command. Each subcommand is a thin shell over TutorKit.
@main
struct Tutor: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Work through the ZK cryptography workbook, one exercise at a time.",
        subcommands: [
            Next.self, List.self, Hint.self, Check.self, Watch.self, Reset.self, Solution.self,
            Recall.self, Gaps.self, Bench.self, Verify.self, Docs.self, Read.self,
        ],
        defaultSubcommand: Next.self
    )
}
