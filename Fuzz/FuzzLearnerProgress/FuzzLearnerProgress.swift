import Foundation
import FuzzSupport
import WorkbookModel

/// Loading `tutor-state.json`: `ProgressStore.load(knownIDs:)`, the only reader of a file a learner (or their
/// editor, or a crash mid-write) may have damaged.
///
/// The input is the file. Properties:
/// - the load never reports the file missing or unreadable: it is there, and either usable or damaged;
/// - progress that loads names only known exercises, has the current format version and no negative hint count,
///   and survives `save` and a second `load` unchanged;
/// - a damaged file is left exactly as it was, so nothing in it is lost.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    check(inputBytes(data, size))
    return 0
}

/// The exercise IDs the seeds use, from chapters 1 and 2.
private let knownIDs: Set<String> = [
    "limbs-add-with-carry", "limbs-subtract-with-borrow", "limbs-schoolbook-multiply", "fr-add-sub-neg",
    "fr-square-root",
]

private let store = ProgressStore(root: scratchDirectory)

func check(_ input: [UInt8]) {
    let file = store.url
    require(FileManager.default.createFile(atPath: file.path, contents: Data(input)), "cannot write \(file.path)")
    let loaded: ProgressStore.Loaded
    do { loaded = try store.load(knownIDs: knownIDs) } catch {
        fatalError("loading \(file.path) failed: \(error)")
    }
    switch loaded {
    case .missing:
        fatalError("the state file was there, but the load says it is missing")
    case .damaged:
        require(FileManager.default.contents(atPath: file.path) == Data(input), "a damaged state file was changed")
    case .found(let progress):
        let named = progress.done.union(progress.hintsShown.keys).union(progress.current.map { [$0] } ?? [])
        require(named.isSubset(of: knownIDs), "progress naming \(named.subtracting(knownIDs)) was accepted")
        require(
            progress.version == LearnerProgress.formatVersion,
            "progress of version \(progress.version) was accepted")
        require(progress.hintsShown.values.allSatisfy { $0 >= 0 }, "negative hint counts were accepted: \(progress)")
        do { try store.save(progress) } catch { fatalError("saving \(progress) failed: \(error)") }
        let reloaded = try? store.load(knownIDs: knownIDs)
        require(
            reloaded == .found(progress),
            "\(progress) was saved, but loads back as \(String(describing: reloaded))")
    }
}

#if !FUZZING
    @main enum Replay {
        static func main() { replay(check) }
    }
#endif
