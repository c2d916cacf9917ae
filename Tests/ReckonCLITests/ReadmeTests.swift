import Foundation
import Testing

/// Runs the README's session block and compares every command's output with what the README shows.
struct ReadmeTests {
    struct Step {
        var command: String
        var expected: String
    }

    /// The `$ command` lines of the ```console block after the session marker, each with the lines that follow it.
    static func session() throws -> [Step] {
        let readme = try String(contentsOf: CLI.repository.appendingPathComponent("README.md"), encoding: .utf8)
        guard let marker = readme.range(of: "<!-- session:"),
            let open = readme.range(of: "```console\n", range: marker.upperBound..<readme.endIndex),
            let close = readme.range(of: "\n```", range: open.upperBound..<readme.endIndex)
        else { return [] }
        var steps: [Step] = []
        for line in readme[open.upperBound..<close.lowerBound].split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("$ ") {
                steps.append(Step(command: String(line.dropFirst(2)), expected: ""))
            } else if !steps.isEmpty {
                steps[steps.count - 1].expected += line + "\n"
            }
        }
        return steps
    }

    @Test func theSessionRunsAsShown() throws {
        let steps = try ReadmeTests.session()
        #expect(steps.count >= 8)
        // One shell runs every step, so `cd` carries over; a marker line separates the steps' output.
        var script = "set +e\n"
        for (i, step) in steps.enumerated() {
            script += "echo '@@step \(i)'\n\(step.command) 2>&1\n"
        }
        let folder = try CLI.temporaryFolder()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script]
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        var env = ProcessInfo.processInfo.environment
        env["PATH"] = URL(fileURLWithPath: CLI.binary).deletingLastPathComponent().path + ":" + (env["PATH"] ?? "/usr/bin:/bin")
        env["DATA"] = CLI.realData
        env.removeValue(forKey: "RECKON_WORKSPACE")
        process.environment = env
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let chunks = output.components(separatedBy: "@@step ").dropFirst().map { chunk in
            String(chunk.drop { $0 != "\n" }.dropFirst())
        }
        #expect(chunks.count == steps.count)
        for (step, actual) in zip(steps, chunks) {
            #expect(actual == step.expected, "\(step.command)")
        }
    }
}
