import ArgumentParser

struct Verify: ParsableCommand {
    func run() throws { throw ValidationError("not available yet") }
}
