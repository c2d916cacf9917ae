import Foundation
import Testing
import Yams

/// The deployment files in Deploy/ that the README shows: each parses, passes its tool's own check
/// where the tool is installed by `make test`, and runs reckon with options that exist.
struct DeployTests {
    static let deploy = TestServer.repository + "/Deploy"

    /// Runs `command` and returns its status and its output and errors together.
    func run(_ command: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// The documents of a YAML file.
    func documents(_ name: String) throws -> [[String: Any]] {
        let text = try String(contentsOfFile: Self.deploy + "/kubernetes/" + name, encoding: .utf8)
        return try Yams.load_all(yaml: text).map { try #require($0 as? [String: Any]) }
    }

    func value(_ object: Any?, _ path: String...) -> Any? {
        var current = object
        for key in path {
            if let index = Int(key) {
                current = (current as? [Any]).flatMap { $0.indices.contains(index) ? $0[index] : nil }
            } else {
                current = (current as? [String: Any])?[key]
            }
        }
        return current
    }

    @Test func theDeploymentServesReadOnlyWithProbes() throws {
        let docs = try documents("deployment.yaml")
        #expect(docs.map { $0["kind"] as? String } == ["Deployment", "Service"])
        let container = value(docs[0], "spec", "template", "spec", "containers", "0")
        let command = try #require(value(container, "command") as? [String])
        #expect(command.prefix(2) == ["reckon", "serve"] && command.contains("--host") && command.contains("0.0.0.0"))
        try expectServeOptions(Array(command.dropFirst(2)))
        #expect(value(container, "readinessProbe", "httpGet", "path") as? String == "/healthz")
        #expect(value(container, "volumeMounts", "0", "readOnly") as? Bool == true)
        #expect(value(docs[0], "spec", "replicas") as? Int == 3)
    }

    @Test func theCronJobRendersShardsAndTheJobMergesThem() throws {
        let docs = try documents("cronjob.yaml")
        #expect(docs.map { $0["kind"] as? String } == ["CronJob", "Job"])
        let job = value(docs[0], "spec", "jobTemplate", "spec")
        #expect(value(job, "completionMode") as? String == "Indexed" && value(job, "completions") as? Int == 3)
        let render = try #require(value(job, "template", "spec", "containers", "0", "command") as? [String])
        #expect(render.last?.contains("render --all --shard \"$((JOB_COMPLETION_INDEX + 1))/3\"") == true)
        let merge = try #require(value(docs[1], "spec", "template", "spec", "containers", "0", "command") as? [String])
        #expect(merge.contains("--merge") && merge.filter { $0.hasPrefix("/workspace/Shards/") }.count == 3)
    }

    @Test func theNginxCachePassesNginxsOwnCheck() throws {
        let folder = NSTemporaryDirectory() + "reckon-nginx-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // The file goes in nginx's http block, as /etc/nginx/conf.d/ files do.
        let main =
            "pid \(folder)/nginx.pid;\nerror_log \(folder)/error.log;\nevents {}\nhttp {\n"
            + "    include \(Self.deploy)/nginx/reckon.conf;\n}\n"
        try main.write(toFile: folder + "/nginx.conf", atomically: true, encoding: .utf8)
        let result = try run("/usr/sbin/nginx", ["-t", "-c", folder + "/nginx.conf"])
        #expect(result.status == 0 && result.output.contains("test is successful"), "\(result.output)")
    }

    @Test func theSystemdUnitPassesSystemdsOwnCheck() throws {
        let text = try String(contentsOfFile: Self.deploy + "/systemd/reckon-serve.service", encoding: .utf8)
        let exec = try #require(text.split(separator: "\n").first { $0.hasPrefix("ExecStart=") })
        let command = exec.dropFirst("ExecStart=".count).split(separator: " ").map(String.init)
        #expect(command.first == "/usr/local/bin/reckon-serve")
        try expectServeOptions(Array(command.dropFirst()))
        // systemd checks every directive; the binary is the one built here, as it is not installed.
        let folder = NSTemporaryDirectory() + "reckon-unit-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let built = TestServer.repository + "/Serve/.build/debug/reckon-serve"
        try text.replacingOccurrences(of: "/usr/local/bin/reckon-serve", with: built)
            .write(toFile: folder + "/reckon-serve.service", atomically: true, encoding: .utf8)
        let result = try run("/usr/bin/systemd-analyze", ["verify", folder + "/reckon-serve.service"])
        #expect(result.status == 0 && result.output.isEmpty, "\(result.output)")
    }

    /// Each option in `arguments` is one that `reckon-serve --help` lists.
    func expectServeOptions(_ arguments: [String]) throws {
        let help = try run(TestServer.repository + "/Serve/.build/debug/reckon-serve", ["--help"]).output
        for option in arguments where option.hasPrefix("-") {
            #expect(help.contains(option + " ") || help.contains(option + ","), "\(option) is not an option of reckon serve")
        }
    }
}
