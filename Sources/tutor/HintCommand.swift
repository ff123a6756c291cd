import ArgumentParser

struct Hint: ParsableCommand {
    func run() throws { throw ValidationError("not available yet") }
}
