import ArgumentParser

struct Read: ParsableCommand {
    func run() throws { throw ValidationError("not available yet") }
}
