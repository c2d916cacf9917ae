import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Runs the built `reckon` executable, as a user or cron would.
enum CLI {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The `reckon` binary built beside the test bundle.
    static let binary: String = {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("reckon")
            .path
        if FileManager.default.isExecutableFile(atPath: beside) { return beside }
        let bundle = Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("reckon").path
        if FileManager.default.isExecutableFile(atPath: bundle) { return bundle }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent(".build/debug/reckon").path
    }()

    /// The repository's root folder.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The real data kept in the repository.
    static let realData = repository.appendingPathComponent("Data/ua-general-staff").path

    /// Runs `reckon` (or another `program`) with `arguments` in `folder` and waits for it, killing it
    /// after `timeout` seconds (a command that blocks then fails its test instead of hanging the suite).
    /// `environment` adds to the test's own; `onlyEnvironment` replaces it.
    @discardableResult
    static func run(
        _ arguments: [String], in folder: String, environment: [String: String] = [:], timeout: Double = 300,
        stdin: String? = nil, program: String = binary, onlyEnvironment: [String: String]? = nil
    ) throws -> Run {
        let process = try start(
            arguments, in: folder, environment: environment, stdin: stdin, program: program,
            onlyEnvironment: onlyEnvironment)
        let pid = process.processIdentifier
        let killer = DispatchWorkItem { kill(pid, SIGKILL) }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: killer)
        defer { killer.cancel() }
        let out = process.standardOutput as! Pipe
        let err = process.standardError as! Pipe
        // Read both pipes at once, so a child that fills one while the other is read cannot stall.
        nonisolated(unsafe) var errData = Data()
        let errRead = DispatchGroup()
        errRead.enter()
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            errRead.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        errRead.wait()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Starts `reckon` (or another `program`) without waiting; its output goes to pipes.
    static func start(
        _ arguments: [String], in folder: String, environment: [String: String] = [:], stdin: String? = nil,
        program: String = binary, onlyEnvironment: [String: String]? = nil
    ) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "RECKON_WORKSPACE")
        env.merge(environment) { $1 }
        process.environment = onlyEnvironment ?? env
        process.standardOutput = Pipe()
        process.standardError = Pipe()
        let input = stdin.map { _ in Pipe() }
        if let input { process.standardInput = input }
        try process.run()
        if let input, let stdin {
            input.fileHandleForWriting.write(Data(stdin.utf8))
            try input.fileHandleForWriting.close()
        }
        return process
    }

    /// A fresh empty folder.
    static func temporaryFolder() throws -> String {
        let path = NSTemporaryDirectory() + "reckon-cli-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// A new workspace made with `reckon init`.
    static func workspace() throws -> String {
        let folder = try temporaryFolder()
        let run = try CLI.run(["init", "."], in: folder)
        precondition(run.status == 0, run.stderr)
        return folder
    }

    /// Every file under `folder` with its bytes, to show that a failed command changed nothing.
    static func snapshot(_ folder: String) throws -> [String: Data] {
        var out: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder)
        while let name = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let path = folder + "/" + name
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                out[name] = try Data(contentsOf: URL(fileURLWithPath: path))
            }
        }
        return out
    }
}

/// The harness itself: the binary the tests run is there, and so is the shared data.
struct HarnessTests {
    @Test func theBuiltBinaryAndTheSharedDataAreFound() {
        #expect(FileManager.default.isExecutableFile(atPath: CLI.binary), "\(CLI.binary)")
        #expect(FileManager.default.fileExists(atPath: CLI.realData + "/russia_losses_equipment.json"))
    }
}
