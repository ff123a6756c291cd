import ArgumentParser

struct Docs: ParsableCommand {
    func run() throws { throw ValidationError("not available yet") }
}
