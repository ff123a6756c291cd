import ArgumentParser

struct Check: ParsableCommand {
    func run() throws { throw ValidationError("not available yet") }
}
