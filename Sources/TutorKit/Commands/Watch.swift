import Book
import Foundation
import WorkbookModel

extension Workbook {
    /// `tutor watch`: runs `next` again whenever a file under `Sources/Exercises` changes.
    ///
    /// Changes are found by polling modification times and sizes, which works on every file system and editor
    /// (file-event APIs miss saves on network and container mounts, and some editors replace files rather than
    /// write them). Where even that fails, Enter re-runs by hand; `q` and Enter quits.
    ///
    /// Watching holds no lock; each run takes the tutor's lock, and is skipped while another command holds it.
    /// Changes made while another command holds the lock are not taken for saves: `tutor verify` swaps every
    /// exercise file and puts them back, and running `next` on those swaps would record the official solutions as
    /// the learner's passes.
    public func watch(pollInterval: Duration = .milliseconds(500)) {
        let keyboard = KeyboardLines()
        var saves = SaveDetector(snapshot: exerciseFilesSnapshot())
        while true {
            runOnceUnlessBusy()
            console.line()
            console.line(
                console.dim("Watching Sources/Exercises: save to re-run · Enter re-runs now · q then Enter quits"))
            waiting: while true {
                Thread.sleep(
                    forTimeInterval: Double(pollInterval.components.seconds)
                        + Double(pollInterval.components.attoseconds) / 1e18)
                switch keyboard.take() {
                case .quit: return
                case .rerun: break waiting
                case nil: break
                }
                if saves.sawSave(in: exerciseFilesSnapshot(), othersBusy: TutorLock.isHeld(root: root)) {
                    // Editors often write a file in several steps; let them finish before building.
                    Thread.sleep(forTimeInterval: 0.2)
                    saves.settle(on: exerciseFilesSnapshot())
                    break waiting
                }
            }
            console.line()
            console.line(console.dim(String(repeating: "─", count: 60)))
        }
    }

    /// One run of `next` for `watch`, skipped, with a word, if another command holds the tutor's lock.
    func runOnceUnlessBusy() {
        do {
            let ran: Void? = try ifNotBusy("watch") { () throws(TutorError) in _ = try nextHoldingLock() }
            if ran == nil {
                let who = TutorLock.holder(root: root)?.description ?? "Another tutor command"
                console.line(
                    console.yellow(
                        "\(who) is running in this workbook; this run is skipped. Save again once it has finished."))
            }
        } catch {
            console.line(console.red("\(error)"))
        }
    }

    /// Modification time and size of every file under `Sources/Exercises`.
    func exerciseFilesSnapshot() -> [String: String] {
        let base = root.appendingPathComponent("Sources/Exercises")
        var snapshot: [String: String] = [:]
        guard let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil) else {
            return snapshot
        }
        for case let url as URL in walker {
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path) else { continue }
            let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
            snapshot[url.path] = "\(modified)/\(size)"
        }
        return snapshot
    }
}

/// Tells the learner's saves apart from other commands' changes, for `watch`.
///
/// While another command holds the tutor's lock, changes are not saves (`verify` swaps every exercise file in and
/// out); once it lets go, watching starts afresh from the files as they are then.
struct SaveDetector {
    private var snapshot: [String: String]
    private var othersWereBusy = false

    init(snapshot: [String: String]) { self.snapshot = snapshot }

    /// Whether `fresh` shows a save since the last look; `othersBusy` says whether another command holds the lock.
    mutating func sawSave(in fresh: [String: String], othersBusy: Bool) -> Bool {
        if othersBusy {
            othersWereBusy = true
            return false
        }
        if othersWereBusy {
            othersWereBusy = false
            snapshot = fresh
            return false
        }
        return fresh != snapshot
    }

    /// Takes `fresh` as the files the next run sees.
    mutating func settle(on fresh: [String: String]) { snapshot = fresh }
}

/// Lines typed on standard input, read on a thread of their own so that watching never blocks on the keyboard.
final class KeyboardLines: @unchecked Sendable {
    enum Command { case rerun, quit }

    private let lock = NSLock()
    private var pending: [Command] = []

    init() {
        let thread = Thread { [self] in
            // At end of input (no terminal, or Ctrl-D) the manual fallback is simply unavailable.
            while let line = readLine() {
                let command: Command = line.trimmingCharacters(in: .whitespaces).lowercased() == "q" ? .quit : .rerun
                lock.withLock { pending.append(command) }
            }
        }
        thread.start()
    }

    /// The oldest command typed and not yet taken.
    func take() -> Command? {
        lock.withLock { pending.isEmpty ? nil : pending.removeFirst() }
    }
}
