import ArgumentParser

struct Solution: ParsableCommand {
    func run() throws { throw ValidationError("not available yet") }
}
