import Foundation

/// The programs the checks run (promtool, prometheus), found on the PATH or installed from Debian's packages.
public enum Tools {
    /// The full path of `name` on the PATH, or `nil`.
    public static func locate(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// `name`, installing Debian's package `package` first when it is missing and this process may install
    /// packages (it runs as root, `apt-get` is there, and `WORKBOOK_NO_INSTALL` is not set). Otherwise the error
    /// names the package and the command that installs it.
    public static func require(_ name: String, debianPackage package: String) throws(ToolError) -> String {
        if let found = locate(name) { return found }
        let instruction = "install Debian's package `\(package)`: `sudo apt-get install -y \(package)`"
        guard geteuid() == 0, ProcessInfo.processInfo.environment["WORKBOOK_NO_INSTALL"] == nil,
            let aptGet = locate("apt-get")
        else { throw ToolError("`\(name)` is not installed; \(instruction)") }
        installLock.lock()
        defer { installLock.unlock() }
        if let found = locate(name) { return found }
        let result = try? ChildProcess.run(
            aptGet, ["install", "-y", "--no-install-recommends", package],
            environment: ["DEBIAN_FRONTEND": "noninteractive"], timeout: .seconds(900))
        if let found = locate(name) { return found }
        let tail = ((result?.output ?? "") + (result?.errors ?? "")).split(separator: "\n").suffix(5)
            .joined(separator: "\n")
        throw ToolError(
            "`\(name)` is not installed, and `apt-get install -y \(package)` did not install it (try `apt-get update` first):\n\(tail)"
        )
    }

    private static let installLock = NSLock()
}

/// A tool the checks need is missing; the text says how to install it.
public struct ToolError: Error, CustomStringConvertible, Sendable {
    public let description: String
    public init(_ description: String) { self.description = description }
}
