import ArgumentParser
import TutorKit

struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Time your code beside the reference's (and ckzg's), built with optimisation.",
        discussion: """
            Builds the timing harness in release mode (the first time takes minutes, later ones seconds), then times \
            each exercise with a benchmark on the same inputs as the reference: the median of each implementation, \
            ± half the interquartile range, and yours ÷ the reference's (above 1: slower). The EIP-4844 functions \
            are timed through ckzg as well (c-kzg-4844 on blst, in the environment scripts/ckzg-venv.sh makes). \
            FFT, MSM, exponentiation and scalar multiplication are timed at several sizes, and the growth of your \
            times is fitted: "your FFT grows like n², expected n log n". `tutor bench backend` times chapter 12's \
            YourBackend under the EIP-4844 functions beside the reference and ckzg. Medians are saved in .tutor/bench.json; \
            --compare shows the change since the last run.
            """)

    @Argument(
        help:
            "An exercise ID, a chapter (7, 07, 07-fft), or `backend` (chapter 12's whole backend); every exercise with a benchmark if omitted."
    )
    var target: String?

    @Flag(help: "Show the change of each median since the last run.")
    var compare = false

    @Option(help: "Seconds one exercise's benchmark may run before it is stopped.")
    var timeout: Int = 300

    @Option(name: .long, help: "Seconds the release build may run before it is stopped.")
    var buildTimeout: Int = 1800

    func validate() throws {
        guard timeout > 0, buildTimeout > 0 else {
            throw ValidationError("timeouts must be positive numbers of seconds.")
        }
    }

    func run() throws {
        let options = try WorkbookOptions.parse(["--build-timeout", String(buildTimeout)])
        try withWorkbook(options) { workbook throws(TutorError) in
            try workbook.bench(target, compare: compare, timeout: .seconds(timeout))
        }
    }
}
