import ArgumentParser

struct Watch: ParsableCommand {
    func run() throws { throw ValidationError("not available yet") }
}
