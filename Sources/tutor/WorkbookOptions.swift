import ArgumentParser
import Foundation
import TutorKit

/// Options shared by the commands that run hidden tests.
struct WorkbookOptions: ParsableArguments {
    @Option(name: .long, help: "Seconds one exercise's tests may run before they are stopped.")
    var timeout: Int = 180

    @Option(name: .long, help: "Seconds one build may run before it is stopped.")
    var buildTimeout: Int = 1800

    func validate() throws {
        guard timeout > 0 else { throw ValidationError("--timeout must be a positive number of seconds.") }
        guard buildTimeout > 0 else { throw ValidationError("--build-timeout must be a positive number of seconds.") }
    }
}

/// Opens the workbook around the current directory and runs `body`, turning a `TutorError` into a message on
/// standard error and a failing exit status, and `false` (something did not pass) into a failing exit status.
func withWorkbook(_ options: WorkbookOptions? = nil, _ body: (Workbook) throws(TutorError) -> Bool) throws {
    let succeeded: Bool
    do throws(TutorError) {
        let workbook = try Workbook(
            from: URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
            console: .standardOutput(), suiteTimeout: .seconds(options?.timeout ?? 180),
            buildTimeout: .seconds(options?.buildTimeout ?? 1800))
        succeeded = try body(workbook)
    } catch {
        FileHandle.standardError.write(Data("error: \(error)\n".utf8))
        throw ExitCode.failure
    }
    if !succeeded { throw ExitCode.failure }
}
