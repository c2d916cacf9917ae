import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Real file-system faults, on small tmpfs mounts: a full disk and a read-only folder. Mounting needs
/// privileges; where it is not allowed, the suite is skipped and says why.
@Suite(.serialized, .enabled(if: Tmpfs.canMount, "mounting a tmpfs is not allowed here"))
struct FileSystemFaultTests {
    /// A new folder `name` in `workspace` with a tmpfs mounted on it; unmount it with `Tmpfs.unmount`.
    static func mountedFolder(_ name: String, in workspace: String, options: String) throws -> String {
        let folder = workspace + "/" + name
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        #expect(Tmpfs.mount(options, at: folder))
        return folder
    }
}

/// Small tmpfs mounts for the tests.
enum Tmpfs {
    /// Mounts a tmpfs with `options` on `path`.
    static func mount(_ options: String, at path: String) -> Bool {
        run("/bin/mount", ["-t", "tmpfs", "-o", options, "tmpfs", path])
    }

    static func unmount(_ path: String) { _ = run("/bin/umount", [path]) }

    static func run(_ tool: String, _ arguments: [String]) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }

    static let canMount: Bool = {
        guard let folder = try? CLI.temporaryFolder(), mount("size=64k", at: folder) else { return false }
        unmount(folder)
        return true
    }()
}

extension FileSystemFaultTests {
    @Test func aFullDiskDuringRenderExits74AndLeavesNoPartialFile() throws {
        let ws = try RenderCommandTests.sampleCopy()
        let out = try FileSystemFaultTests.mountedFolder("full", in: ws, options: "size=96k")
        defer { Tmpfs.unmount(out) }
        let r = try CLI.run(["render", "--all", "--out", out], in: ws)
        #expect(r.status == 74, "\(r.stderr)")
        #expect(r.stderr.contains("No space left on device"), "\(r.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: out)
        #expect(!names.contains { $0.contains(".tmp-") }, "\(names)")
    }

    @Test func aFullDiskDuringAddExits74AndKeepsTheSeries() throws {
        let ws = try CLI.workspace()
        #expect(try CLI.run(["add", "s", "2025-01-01", "1"], in: ws).status == 0)
        let series = ws + "/Series"
        let saved = try CLI.snapshot(series)
        #expect(Tmpfs.mount("size=16k", at: series))
        defer { Tmpfs.unmount(series) }
        for (name, data) in saved { try data.write(to: URL(fileURLWithPath: series + "/" + name)) }
        let filler = FileManager.default.createFile(atPath: series + "/.filler", contents: Data(repeating: 0, count: 12_000))
        #expect(filler)
        let note = String(repeating: "n", count: 8_000)
        let r = try CLI.run(["add", "s", "2025-01-02", "2", "--note", note], in: ws)
        #expect(r.status == 74, "\(r.stderr)")
        #expect(try CLI.snapshot(series).filter { $0.key != ".filler" } == saved)
    }

    @Test func aReadOnlyOutputFolderExits73() throws {
        let ws = try RenderCommandTests.sampleCopy()
        let out = try FileSystemFaultTests.mountedFolder("readonly", in: ws, options: "ro,size=64k")
        defer { Tmpfs.unmount(out) }
        let render = try CLI.run(["render", "--all", "--out", out], in: ws)
        #expect(render.status == 73, "\(render.stderr)")
        let plot = try CLI.run(["plot", "ru-drones-downed", "-o", out + "/x.png"], in: ws)
        #expect(plot.status == render.status, "\(plot.stderr)")
    }
}
