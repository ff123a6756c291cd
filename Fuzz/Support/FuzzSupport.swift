import Foundation

/// What every fuzz target shares: how a failed property stops the run, and the replay tool that the target becomes
/// when it is built without libFuzzer.
///
/// Each target defines `LLVMFuzzerTestOneInput`, the entry point libFuzzer calls with one input. Built with
/// `--sanitize fuzzer`, libFuzzer supplies `main` and the target is a fuzzer; built normally (the `FUZZING`
/// condition unset), the target's `main` is `replay`, which runs files through the same entry point, so a crash
/// can be replayed under a debugger with the ordinary debug build.

/// Stops the run when a property of the parser does not hold. `fatalError`, unlike `precondition`, keeps its message
/// in optimised builds, and libFuzzer saves the input that caused it.
public func require(
    _ condition: Bool, _ message: @autoclosure () -> String,
    file: StaticString = #fileID, line: UInt = #line
) {
    if !condition { fatalError(message(), file: file, line: line) }
}

/// The bytes libFuzzer passes, copied into an array (libFuzzer may pass a null pointer for the empty input).
public func inputBytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
    guard let data, size > 0 else { return [] }
    return Array(UnsafeBufferPointer(start: data, count: size))
}

/// Bytes as lowercase hex, for messages.
public func hex(_ bytes: some Sequence<UInt8>) -> String {
    bytes.map { String(format: "%02x", $0) }.joined()
}

/// The replay tool: runs `check` on every file named on the command line, and on every file inside each folder
/// named there (one level, as libFuzzer lays out a corpus). A failed property traps with its message, as under
/// the fuzzer; otherwise it prints how many inputs passed.
public func replay(_ check: ([UInt8]) -> Void) -> Never {
    let arguments = CommandLine.arguments.dropFirst()
    let name = URL(fileURLWithPath: CommandLine.arguments[0]).lastPathComponent
    guard !arguments.isEmpty else {
        print("usage: \(name) <input file or corpus folder>...")
        print("Runs each input through the fuzz target's checks, as the fuzzer does; scripts/fuzz.sh fuzzes it.")
        exit(2)
    }
    var count = 0
    for path in arguments {
        for file in filesToReplay(at: path) {
            guard let contents = FileManager.default.contents(atPath: file) else {
                print("\(name): cannot read \(file)")
                exit(1)
            }
            check(Array(contents))
            count += 1
        }
    }
    print("\(name): \(count) input\(count == 1 ? "" : "s") passed")
    exit(0)
}

private func filesToReplay(at path: String) -> [String] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
        return [path]
    }
    let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
    return names.sorted().map { "\(path)/\($0)" }.filter {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: $0, isDirectory: &isFolder) && !isFolder.boolValue
    }
}

/// A folder of this process's own under the system's temporary folder, for targets whose parser reads from disk:
/// created on first use, reused for every input, removed when the process exits normally (a crashing run leaves
/// it, inside the temporary folder `scripts/fuzz.sh` gives each run).
public let scratchDirectory: URL = {
    var template = Array("\(NSTemporaryDirectory())/fuzz-XXXXXX".utf8CString)
    let path = template.withUnsafeMutableBufferPointer { buffer in
        mkdtemp(buffer.baseAddress!).map { String(cString: $0) }
    }
    guard let path else { fatalError("cannot create a scratch folder under \(NSTemporaryDirectory())") }
    atexit { try? FileManager.default.removeItem(at: scratchDirectory) }
    return URL(fileURLWithPath: path, isDirectory: true)
}()
