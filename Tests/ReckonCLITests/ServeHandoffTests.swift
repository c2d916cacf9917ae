import Foundation
import Testing

/// `reckon serve` runs `reckon-serve` with its arguments, and says how to get it when it is missing.
struct ServeHandoffTests {
    /// A copy of `reckon` alone in a folder, and that folder.
    func lonelyReckon() throws -> (binary: String, folder: String) {
        let folder = try CLI.temporaryFolder()
        let binary = folder + "/reckon"
        try FileManager.default.copyItem(atPath: CLI.binary, toPath: binary)
        return (binary, folder)
    }

    func run(_ binary: String, _ arguments: [String], path: String) throws -> CLI.Run {
        try CLI.run(
            arguments, in: FileManager.default.currentDirectoryPath, program: binary, onlyEnvironment: ["PATH": path])
    }

    @Test func withoutTheServerItSaysHowToBuildIt() throws {
        let (binary, folder) = try lonelyReckon()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try run(binary, ["serve", "--port", "0"], path: folder + "/nowhere")
        #expect(result.status == 66)
        #expect(result.stderr.contains("reckon serve needs reckon-serve") && result.stderr.contains("make serve"))
    }

    @Test func theServerBesideItGetsEveryArgumentAndItsStatusIsReckons() throws {
        let (binary, folder) = try lonelyReckon()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // A stand-in server that prints its arguments and exits 3.
        let stub = folder + "/reckon-serve"
        try "#!/bin/sh\necho \"$0|$*\"\nexit 3\n".write(toFile: stub, atomically: true, encoding: .utf8)
        chmod(stub, 0o755)
        let result = try run(binary, ["-C", "/srv/ws", "serve", "--host", "0.0.0.0", "--port", "9000"], path: "/usr/bin:/bin")
        #expect(result.status == 3)
        #expect(result.stdout == "\(stub)|-C /srv/ws --host 0.0.0.0 --port 9000\n")
    }
}
