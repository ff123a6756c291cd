import Foundation

/// Puts other contents (stubs, official solutions, mutants) into the learner's exercise files and always puts the
/// learner's own back.
///
/// The originals are copied, byte for byte, to `.tutor/verify-backup/` under a manifest that names the process
/// making the swap (its owner). The manifest is written twice: once before any copy, marked incomplete, and again
/// once every copy is made, before any file is swapped. Whoever finds a backup left behind (`restoreInterrupted`,
/// run by every command that takes the tutor's lock) restores it only if the owner is dead, and removes it only
/// after restoring it: an incomplete backup of a dead owner is removed, since no file was swapped yet.
///
/// A file that someone changed during the swap (an editor saving the learner's buffer while `verify` runs) no
/// longer holds what the swap put there. Restoring does not write over it: it stays as it is, and the original
/// from before the swap is kept in `.tutor/backups/`, so neither version is lost.
///
/// The caller holds the `TutorLock` for as long as the swap lasts.
final class ExerciseFileSwap {
    static let directory = ".tutor/verify-backup"
    static let manifestName = "manifest.json"

    private struct Manifest: Codable {
        /// The process that made the backup and is swapping the files.
        var owner: ProcessIdentity
        /// False while the copies are being made: no file has been swapped yet.
        var complete: Bool
        /// Files that existed, by path relative to the package root; their copies sit at the same relative path
        /// inside the backup folder.
        var saved: [String]
        /// Files that did not exist; restoring removes whatever was put there.
        var absent: [String]
        /// For each file swapped, a digest of what the swap last put there (see `digest`).
        var installed: [String: String] = [:]
    }

    private let root: URL
    private let backup: URL
    private var manifest: Manifest
    private var restored = false

    /// Backs up the files at `paths` (relative to `root`). `owner` is this process except in tests, which stand in
    /// for a process that is then killed.
    init(root: URL, paths: [String], owner: ProcessIdentity = .current) throws(TutorError) {
        self.root = root
        backup = root.appendingPathComponent(Self.directory)
        let fileManager = FileManager.default
        // A backup still here was not restored (its owner is alive, or restoring failed): it is not ours to
        // replace.
        guard !fileManager.fileExists(atPath: backup.path) else {
            throw .file(
                backup.path,
                "a backup of your exercise files from an earlier swap is still there; nothing was changed (copy back what you need from it, then remove it)"
            )
        }
        var manifest = Manifest(owner: owner, complete: false, saved: [], absent: [])
        do {
            try fileManager.createDirectory(at: backup, withIntermediateDirectories: true)
            try Self.write(manifest, to: backup)
            for path in paths {
                let source = root.appendingPathComponent(path)
                guard fileManager.fileExists(atPath: source.path) else {
                    manifest.absent.append(path)
                    continue
                }
                let copy = backup.appendingPathComponent(path)
                try fileManager.createDirectory(at: copy.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(contentsOf: source).write(to: copy)
                manifest.saved.append(path)
            }
            manifest.complete = true
            try Self.write(manifest, to: backup)
        } catch {
            // Ours, and nothing was swapped yet: safe to remove.
            try? fileManager.removeItem(at: backup)
            throw .file(
                backup.path, "cannot back up the exercise files (\(error.localizedDescription)); nothing was changed")
        }
        self.manifest = manifest
    }

    /// Writes `contents` (path → bytes). Files already holding exactly those bytes are left alone, so their
    /// modification time, and so the incremental build, is undisturbed.
    func install(_ contents: [String: Data]) throws(TutorError) {
        // The manifest learns what goes in before it goes in: a file holding neither the learner's original nor
        // what was installed can then only have been changed by someone else.
        for (path, data) in contents { manifest.installed[path] = Self.digest(data) }
        do { try Self.write(manifest, to: backup) } catch {
            throw .file(backup.path, "cannot update the backup's manifest (\(error.localizedDescription))")
        }
        for (path, data) in contents {
            try Self.write(data, to: root.appendingPathComponent(path))
        }
    }

    /// Puts every original back and removes the backup.
    func restore(console: Console) throws(TutorError) {
        guard !restored else { return }
        try Self.restore(manifest, root: root, backup: backup, console: console)
        restored = true
    }

    /// Restores the files of a swap whose owner died before restoring them, telling the learner it did so. A swap
    /// whose owner is still running is left alone. The caller holds the tutor's lock.
    static func restoreInterrupted(root: URL, console: Console) throws(TutorError) {
        let backup = root.appendingPathComponent(directory)
        guard FileManager.default.fileExists(atPath: backup.path) else { return }
        let manifestURL = backup.appendingPathComponent(manifestName)
        guard let data = try? Data(contentsOf: manifestURL),
            let manifest = try? JSONDecoder().decode(Manifest.self, from: data)
        else {
            // Killed between creating the folder and writing the first manifest: nothing was copied or swapped.
            if (try? FileManager.default.contentsOfDirectory(atPath: backup.path))?.isEmpty == true {
                try? FileManager.default.removeItem(at: backup)
                return
            }
            // Not a backup this tutor made, or one from before backups named their owner: nothing tells whose
            // it is, so it is left for the learner.
            console.line(
                console.yellow(
                    "\(directory) holds files without a manifest saying whose they are; they are left there for you to look at."
                ))
            return
        }
        guard !manifest.owner.isAlive else {
            console.line(
                console.yellow(
                    "A `tutor verify` (PID \(manifest.owner.pid)) is still running and has swapped your exercise files; it restores them when it ends."
                ))
            return
        }
        guard manifest.complete else {
            // The owner died while copying: no file was swapped yet, so the copies are not needed.
            try? FileManager.default.removeItem(at: backup)
            return
        }
        try restore(manifest, root: root, backup: backup, console: console)
        console.line("An interrupted `tutor verify` had swapped your exercise files; they are restored.")
    }

    /// Puts the saved files back and removes the files that were absent; the backup is removed only once all of
    /// that succeeded.
    private static func restore(_ manifest: Manifest, root: URL, backup: URL, console: Console) throws(TutorError) {
        let keptAside = root.appendingPathComponent(".tutor/backups/verify-\(Workbook.timestamp())")
        for path in manifest.saved {
            // Never swapped: whatever is there now is the learner's.
            guard let installed = manifest.installed[path] else { continue }
            let copy = backup.appendingPathComponent(path)
            guard let data = try? Data(contentsOf: copy) else {
                throw .file(
                    copy.path, "the backup of \(path) is unreadable; it is left in \(backup.path) for you to copy back")
            }
            let target = root.appendingPathComponent(path)
            if let current = try? Data(contentsOf: target), current != data, digest(current) != installed {
                // Saved by someone during the swap: keep that, and keep the original beside it.
                let aside = keptAside.appendingPathComponent(path)
                do {
                    try FileManager.default.createDirectory(
                        at: aside.deletingLastPathComponent(), withIntermediateDirectories: true)
                    try data.write(to: aside, options: .withoutOverwriting)
                } catch {
                    throw .file(
                        aside.path,
                        "cannot keep your version from before `tutor verify` (\(error.localizedDescription)); it is left in \(backup.path)"
                    )
                }
                console.line(
                    console.yellow(
                        "\(path) was changed while `tutor verify` ran; it is left as it is now, and your version from before is kept as \(aside.path)."
                    ))
                continue
            }
            try write(data, to: target)
        }
        for path in manifest.absent {
            let target = root.appendingPathComponent(path)
            // Removed only if it still holds what the swap put there.
            guard let installed = manifest.installed[path], let current = try? Data(contentsOf: target),
                digest(current) == installed
            else { continue }
            try? FileManager.default.removeItem(at: target)
        }
        try? FileManager.default.removeItem(at: backup)
    }

    /// FNV-1a, 64 bits, in hex: enough to tell whether a file still holds what was installed. Not a cryptographic
    /// hash, and it need not be: it only guards against an accidental overwrite.
    static func digest(_ data: Data) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in data { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return String(hash, radix: 16) + "/\(data.count)"
    }

    private static func write(_ manifest: Manifest, to backup: URL) throws {
        try JSONEncoder().encode(manifest).write(to: backup.appendingPathComponent(manifestName), options: .atomic)
    }

    private static func write(_ data: Data, to url: URL) throws(TutorError) {
        if let existing = try? Data(contentsOf: url), existing == data { return }
        do { try data.write(to: url, options: .atomic) } catch {
            throw .file(url.path, error.localizedDescription)
        }
    }
}
