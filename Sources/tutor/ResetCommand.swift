import ArgumentParser

struct Reset: ParsableCommand {
    func run() throws { throw ValidationError("not available yet") }
}
