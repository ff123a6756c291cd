import ArgumentParser

struct Next: ParsableCommand {
    func run() throws { throw ValidationError("not available yet") }
}
