import Book
import Foundation
import WorkbookModel

/// Puts other contents (stubs, official solutions) into the learner's exercise files and always puts the
/// learner's own back.
///
/// The originals are copied to `.tutor/verify-backup/` first, with a manifest written last. If the tutor is
/// killed before `restore()`, the next tutor command finds the manifest and restores the learner's files before
/// doing anything else; a backup folder without a manifest means the swap never started and the files were never
/// touched.
final class ExerciseFileSwap {
    static let directory = ".tutor/verify-backup"
    static let manifestName = "manifest.json"

    private struct Manifest: Codable {
        /// Files that existed, by path relative to the package root; their copies sit at the same relative path
        /// inside the backup folder.
        var saved: [String]
        /// Files that did not exist; restoring removes whatever was put there.
        var absent: [String]
    }

    private let root: URL
    private let backup: URL
    private let manifest: Manifest
    private var restored = false

    /// Backs up the files at `paths` (relative to `root`).
    init(root: URL, paths: [String]) throws(TutorError) {
        self.root = root
        backup = root.appendingPathComponent(Self.directory)
        let fileManager = FileManager.default
        var manifest = Manifest(saved: [], absent: [])
        do {
            try? fileManager.removeItem(at: backup)
            for path in paths {
                let source = root.appendingPathComponent(path)
                guard fileManager.fileExists(atPath: source.path) else {
                    manifest.absent.append(path)
                    continue
                }
                let copy = backup.appendingPathComponent(path)
                try fileManager.createDirectory(at: copy.deletingLastPathComponent(), withIntermediateDirectories: true)
                try fileManager.copyItem(at: source, to: copy)
                manifest.saved.append(path)
            }
            try JSONEncoder().encode(manifest).write(to: backup.appendingPathComponent(Self.manifestName), options: .atomic)
        } catch {
            try? fileManager.removeItem(at: backup)
            throw .file(backup.path, "cannot back up the exercise files (\(error.localizedDescription)); nothing was changed")
        }
        self.manifest = manifest
    }

    /// Writes `contents` (path → text). Files already holding that text are left alone, so their modification
    /// time, and so the incremental build, is undisturbed.
    func install(_ contents: [String: String]) throws(TutorError) {
        for (path, text) in contents {
            try Self.write(text, to: root.appendingPathComponent(path))
        }
    }

    /// Puts every original back and removes the backup.
    func restore() throws(TutorError) {
        guard !restored else { return }
        try Self.restore(manifest, root: root, backup: backup)
        restored = true
    }

    /// Restores the files of a swap a killed tutor left behind, telling the learner it did so.
    static func restoreInterrupted(root: URL, console: Console) throws(TutorError) {
        let backup = root.appendingPathComponent(directory)
        guard FileManager.default.fileExists(atPath: backup.path) else { return }
        let manifestURL = backup.appendingPathComponent(manifestName)
        guard let data = try? Data(contentsOf: manifestURL),
              let manifest = try? JSONDecoder().decode(Manifest.self, from: data)
        else {
            // No manifest: the backup was still being made when the tutor stopped; no file was swapped yet.
            try? FileManager.default.removeItem(at: backup)
            return
        }
        try restore(manifest, root: root, backup: backup)
        console.line("An interrupted `tutor verify` had swapped your exercise files; they are restored.")
    }

    private static func restore(_ manifest: Manifest, root: URL, backup: URL) throws(TutorError) {
        for path in manifest.saved {
            let copy = backup.appendingPathComponent(path)
            guard let text = try? String(contentsOf: copy, encoding: .utf8) else {
                throw .file(copy.path, "the backup of \(path) is unreadable; it is left in \(backup.path) for you to copy back")
            }
            try write(text, to: root.appendingPathComponent(path))
        }
        for path in manifest.absent {
            try? FileManager.default.removeItem(at: root.appendingPathComponent(path))
        }
        try? FileManager.default.removeItem(at: backup)
    }

    private static func write(_ text: String, to url: URL) throws(TutorError) {
        if let existing = try? String(contentsOf: url, encoding: .utf8), existing == text { return }
        do { try Data(text.utf8).write(to: url, options: .atomic) } catch {
            throw .file(url.path, error.localizedDescription)
        }
    }
}
