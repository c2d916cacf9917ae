import Foundation
import Testing

/// reckon loads Cairo and Pango when it first draws: a command that draws nothing never loads them.
/// The dynamic loader says which libraries it loads when `LD_DEBUG=libs` is set.
struct DrawingLibrariesTests {
    /// The libraries the loader reports loading for `arguments`, by file name.
    static func loaded(_ arguments: [String], in folder: String) throws -> (status: Int32, libraries: Set<String>) {
        let run = try CLI.run(arguments, in: folder, environment: ["LD_DEBUG": "libs"])
        var libraries: Set<String> = []
        for line in run.stderr.split(separator: "\n") where line.contains("calling init: ") {
            if let path = line.split(separator: " ").last { libraries.insert(String(path.split(separator: "/").last ?? path)) }
        }
        return (run.status, libraries)
    }

    @Test func commandsThatDrawNothingDoNotLoadCairoOrPango() throws {
        // The repository's own workspace, read only: the picture goes to a folder of the test's own.
        let folder = CLI.repository.path
        let output = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: output) }
        // A drawing command's help draws nothing either: it loads nothing ahead (`StartUp`).
        let drawNothing = [
            ["--version"], ["list"], ["query", "ru-drones-downed", "--diff", "--every", "month"], ["check"], ["plot", "--help"],
        ]
        for arguments in drawNothing {
            let (status, libraries) = try Self.loaded(arguments, in: folder)
            #expect(status == 0, "\(arguments)")
            #expect(!libraries.isEmpty, "the loader reported nothing for \(arguments)")
            #expect(!libraries.contains { $0.hasPrefix("libcairo") || $0.hasPrefix("libpango") }, "\(arguments): \(libraries)")
        }
        let (status, libraries) = try Self.loaded(["plot", "ru-drones-downed", "-o", output + "/x.png"], in: folder)
        #expect(status == 0)
        #expect(libraries.contains { $0.hasPrefix("libcairo.so") } && libraries.contains { $0.hasPrefix("libpangocairo") })
    }

    /// Without Cairo and Pango (an empty file found first under their names), a command that draws
    /// says why and which packages to install, and exits with status 69, whether it writes a picture
    /// or only measures text for a scene.
    @Test(arguments: ["x.png", "x.scene.json"])
    func drawingWithoutTheLibrariesExits69(_ file: String) throws {
        let folder = CLI.repository.path
        let output = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: output) }
        for name in ["libcairo.so.2", "libcairo.2.dylib"] {
            #expect(FileManager.default.createFile(atPath: output + "/" + name, contents: Data()))
        }
        let run = try CLI.run(
            ["plot", "ru-drones-downed", "-o", output + "/" + file], in: folder, environment: ["LD_LIBRARY_PATH": output])
        #expect(run.status == 69)
        #expect(run.stderr.hasPrefix("reckon: cannot load Cairo and Pango to draw: "), "\(run.stderr)")
        #expect(run.stderr.contains("libcairo"))
        #expect(run.stderr.hasSuffix("\n(on Debian and Ubuntu they are the packages libcairo2 and libpangocairo-1.0-0)\n"))
        #expect(!FileManager.default.fileExists(atPath: output + "/" + file))
    }
}
