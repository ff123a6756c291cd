import ArgumentParser

struct List: ParsableCommand {
    func run() throws { throw ValidationError("not available yet") }
}
