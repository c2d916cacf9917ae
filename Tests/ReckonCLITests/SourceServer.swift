import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The data source of `reckon pull`'s tests: `Tests/pull/source-server.py` on loopback, serving a
/// folder of its own and misbehaving on the paths it documents. Stopped when the test ends.
final class SourceServer {
    let root: String
    let port: Int
    private let process: Process
    private let log: String

    init() throws {
        root = try CLI.temporaryFolder()
        log = root + ".log"
        FileManager.default.createFile(atPath: log, contents: nil)
        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", CLI.repository.appendingPathComponent("Tests/pull/source-server.py").path, "--root", root,
        ]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle(forWritingAtPath: log)
        try process.run()
        var line = Data()
        while line.last != UInt8(ascii: "\n") {
            let byte = out.fileHandleForReading.readData(ofLength: 1)
            if byte.isEmpty { break }
            line.append(byte)
        }
        let printed = String(decoding: line, as: UTF8.self)
        let parsed = Int(printed.dropFirst(5).trimmingCharacters(in: .whitespacesAndNewlines))
        if parsed == nil { process.terminate() }
        port = try #require(parsed, "the source server printed no port: '\(printed)'")
    }

    deinit {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        try? FileManager.default.removeItem(atPath: root)
        try? FileManager.default.removeItem(atPath: log)
    }

    /// The address of `path` on this server.
    func url(_ path: String) -> String { "http://127.0.0.1:\(port)/\(path)" }

    /// The requests served so far, one "GET /path If-None-Match" a line.
    var requests: [String] {
        ((try? String(contentsOfFile: log, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
    }

    /// Serves `text` as `name`.
    func publish(_ name: String, _ text: String) throws {
        try text.write(toFile: root + "/" + name, atomically: true, encoding: .utf8)
    }

    /// The General Staff's personnel losses (the repository's copy), served as `p.json`.
    func publishPersonnel() throws {
        try FileManager.default.copyItem(atPath: CLI.realData + "/russia_losses_personnel.json", toPath: root + "/p.json")
    }
}

/// Today in UTC, as `pull` dates what it sees.
func todayUTC() -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = "yyyy-MM-dd"
    return formatter.string(from: Date())
}
