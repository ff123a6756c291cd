import Foundation

/// A program the checks start (the service, Prometheus, promtool), with its output collected as it comes and a
/// stop that always ends it: SIGTERM, then SIGKILL after a grace period.
public final class ChildProcess: @unchecked Sendable {
    private let process = Process()
    private let lock = NSLock()
    private var standardOutput = Data()
    private var standardError = Data()
    public let commandLine: String

    /// Starts `executable` with `arguments`; `environment` is added to (and overrides) this process's own.
    ///
    /// `leavesDaemons` is for a program that leaves a process running after it exits (`podman run -d` leaves
    /// conmon): it is started through bash, which closes every descriptor above standard error and then becomes the
    /// program (same process, same PID). Otherwise the daemon inherits the end of the socket pair through which
    /// Foundation's `Process` learns that its child exited, holds it open, and the child is never seen to exit.
    public init(
        _ executable: String, _ arguments: [String], environment: [String: String] = [:],
        replacingEnvironment: Bool = false, in directory: URL? = nil, leavesDaemons: Bool = false
    ) throws {
        commandLine = ([executable] + arguments).joined(separator: " ")
        if leavesDaemons {
            process.executableURL = URL(fileURLWithPath: "/bin/bash")
            process.arguments = ["-c", Self.closingInheritedDescriptors, "bash", executable] + arguments
        } else {
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = arguments
        }
        var merged = replacingEnvironment ? [:] : ProcessInfo.processInfo.environment
        merged.merge(environment) { $1 }
        process.environment = merged
        if let directory { process.currentDirectoryURL = directory }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        out.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let chunk = handle.availableData
            // At the end of the stream the handler would be called again and again with nothing.
            guard !chunk.isEmpty else {
                handle.readabilityHandler = nil
                return
            }
            guard let self else { return }
            self.lock.withLock { self.standardOutput.append(chunk) }
        }
        err.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let chunk = handle.availableData
            // At the end of the stream the handler would be called again and again with nothing.
            guard !chunk.isEmpty else {
                handle.readabilityHandler = nil
                return
            }
            guard let self else { return }
            self.lock.withLock { self.standardError.append(chunk) }
        }
        try process.run()
    }

    /// A bash script (dash cannot name descriptors above 9) that closes descriptors 3 and above, then replaces
    /// itself with its arguments.
    static let closingInheritedDescriptors = """
        for fd in /proc/$$/fd/*; do n=${fd##*/}; [ "$n" -gt 2 ] && eval "exec $n>&-"; done; exec "$@"
        """

    public var processIdentifier: Int32 { process.processIdentifier }
    public var isRunning: Bool { process.isRunning }
    /// The exit status, once it has exited (a signal's number if it was killed).
    public var exitStatus: Int32? { process.isRunning ? nil : process.terminationStatus }

    /// Everything written to standard output so far.
    public var output: String { lock.withLock { String(decoding: standardOutput, as: UTF8.self) } }
    /// Everything written to standard error so far.
    public var errors: String { lock.withLock { String(decoding: standardError, as: UTF8.self) } }

    /// Waits up to `timeout` for the process to exit; returns its status, or `nil` if it is still running.
    @discardableResult
    public func waitForExit(timeout: Duration) -> Int32? {
        let deadline = ContinuousClock.now + timeout
        while process.isRunning && ContinuousClock.now < deadline { Thread.sleep(forTimeInterval: 0.02) }
        guard !process.isRunning else { return nil }
        // The last of the output may still be in the pipes.
        Thread.sleep(forTimeInterval: 0.05)
        return process.terminationStatus
    }

    /// SIGTERM, then SIGKILL if it has not exited within `grace`. Returns the exit status.
    @discardableResult
    public func stop(grace: Duration = .seconds(10)) -> Int32 {
        if process.isRunning { kill(process.processIdentifier, SIGTERM) }
        if let status = waitForExit(timeout: grace) { return status }
        kill(process.processIdentifier, SIGKILL)
        return waitForExit(timeout: .seconds(5)) ?? -1
    }

    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }

    /// Runs a program to its end and returns its status and output. Stopped (and reported as status -1) after
    /// `timeout`.
    public static func run(
        _ executable: String, _ arguments: [String], environment: [String: String] = [:],
        replacingEnvironment: Bool = false, in directory: URL? = nil, timeout: Duration = .seconds(60),
        leavesDaemons: Bool = false
    ) throws -> (status: Int32, output: String, errors: String) {
        let child = try ChildProcess(
            executable, arguments, environment: environment, replacingEnvironment: replacingEnvironment,
            in: directory, leavesDaemons: leavesDaemons)
        let status =
            child.waitForExit(timeout: timeout)
            ?? {
                child.stop(grace: .seconds(2))
                return -1
            }()
        return (status, child.output, child.errors)
    }
}

/// A TCP port on the loopback interface that nothing listens on at the moment of asking (the kernel's choice).
public func freeLoopbackPort() -> Int {
    let socketDescriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    defer { close(socketDescriptor) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = 0
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    _ = withUnsafeMutablePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socketDescriptor, $0, length) }
    }
    _ = withUnsafeMutablePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socketDescriptor, $0, &length) }
    }
    return Int(UInt16(bigEndian: address.sin_port))
}

/// Whether something accepts TCP connections on `host`:`port` right now.
public func isListening(host: String = "127.0.0.1", port: Int) -> Bool {
    let socketDescriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    defer { close(socketDescriptor) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = UInt16(port).bigEndian
    address.sin_addr.s_addr = inet_addr(host)
    let result = withUnsafeMutablePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
            connect(socketDescriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
        }
    }
    return result == 0
}
