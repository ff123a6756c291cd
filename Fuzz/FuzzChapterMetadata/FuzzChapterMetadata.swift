import Foundation
import FuzzSupport
import WorkbookModel

/// Loading `chapter.yaml`: `Catalog(root:)` on a workbook whose one chapter folder, `Chapters/01-fuzz`, holds the
/// input as its `chapter.yaml`. The YAML is parsed and decoded before the folder name is compared with the number
/// and topic, so every input exercises the parser; the seeds say `number: 1` and `topic: fuzz` to get further.
///
/// Properties of a catalog that loads:
/// - it has the one chapter, numbered and named as its folder;
/// - every exercise has a hint ladder of at least two rungs, and no two exercises share an ID;
/// - no ID or file name contains `/` or `..`: they become paths, which must stay inside the chapter's folders.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    check(inputBytes(data, size))
    return 0
}

private let root = scratchDirectory.appendingPathComponent("workbook")
private let metadataFile: URL = {
    let folder = root.appendingPathComponent("Chapters/01-fuzz")
    do { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) } catch {
        fatalError("cannot create \(folder.path): \(error)")
    }
    return folder.appendingPathComponent("chapter.yaml")
}()

func check(_ input: [UInt8]) {
    require(
        FileManager.default.createFile(atPath: metadataFile.path, contents: Data(input)),
        "cannot write \(metadataFile.path)")
    guard let catalog = try? Catalog(root: root) else { return }
    require(catalog.chapters.count == 1, "one chapter folder gave \(catalog.chapters.count) chapters")
    let chapter = catalog.chapters[0]
    require(chapter.folderName == "01-fuzz", "the folder 01-fuzz was read as chapter \(chapter.folderName)")
    let ids = chapter.exercises.map(\.id)
    require(Set(ids).count == ids.count, "exercise IDs repeat: \(ids)")
    for exercise in chapter.exercises {
        require(exercise.hints.count >= 2, "exercise \(exercise.id) has \(exercise.hints.count) hints")
        for name in [exercise.id, exercise.fileName] {
            require(!name.contains("/") && !name.contains(".."), "the ID or file name `\(name)` was accepted")
        }
    }
}

#if !FUZZING
    @main enum Replay {
        static func main() { replay(check) }
    }
#endif
