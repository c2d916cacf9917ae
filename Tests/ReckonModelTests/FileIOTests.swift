import Foundation
import Testing

@testable import ReckonModel

struct FileIOTests {
    @Test func writesAtomicallyAndReadsBack() throws {
        let folder = try Fixtures.temporaryFolder()
        let path = folder + "/a.csv"
        try FileIO.writeAtomically(Array("one\n".utf8), to: path, shown: "a.csv")
        try FileIO.writeAtomically(Array("two\n".utf8), to: path, shown: "a.csv")
        #expect(try FileIO.read(path, shown: "a.csv") == Array("two\n".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["a.csv"])
    }

    @Test func readsLargeAndEmptyFiles() throws {
        let folder = try Fixtures.temporaryFolder()
        let big = [UInt8]((0..<300_000).map { UInt8($0 % 251) })
        try FileIO.writeAtomically(big, to: folder + "/big", shown: "big")
        #expect(try FileIO.read(folder + "/big", shown: "big") == big)
        try FileIO.writeAtomically([], to: folder + "/empty", shown: "empty")
        #expect(try FileIO.read(folder + "/empty", shown: "empty") == [])
    }

    /// A file that grows past the limit while it is read stops the read: the limit counts the bytes read,
    /// not only the size the file had when opened.
    @Test func aFileThatGrowsPastTheLimitWhileReadIsRefused() throws {
        let folder = try Fixtures.temporaryFolder()
        let path = folder + "/f"
        try FileIO.writeAtomically([UInt8](repeating: 65, count: 1_500_000), to: path, shown: "f")
        #expect(throws: ReckonError(.badData, file: "f", "grew past the size reckon reads while being read")) {
            try FileIO.readPieces(path, shown: "f", limit: 2_000_000) { _, read throws(ReckonError) in
                let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 1)
                defer { buffer.deallocate() }
                var offset = try read(0, buffer)
                let handle = FileHandle(forWritingAtPath: path)!
                handle.seekToEndOfFile()
                handle.write(Data(repeating: 66, count: 1_000_000))
                handle.closeFile()
                while case let n = try read(offset, buffer), n > 0 { offset += n }
            }
        }
    }

    @Test func failuresNameTheFile() throws {
        let folder = try Fixtures.temporaryFolder()
        #expect(throws: ReckonError(.missingInput, file: "x.csv", "cannot read: No such file or directory")) {
            try FileIO.read(folder + "/x.csv", shown: "x.csv")
        }
        #expect(throws: ReckonError(.missingInput, file: "dir", "is a folder, not a file")) {
            try FileIO.read(folder, shown: "dir")
        }
        #expect(throws: ReckonError.self) {
            try FileIO.writeAtomically([1], to: folder + "/no/such/folder/x", shown: "x")
        }
    }
}

struct FileLockTests {
    @Test func aSecondLockerWaitsThenGivesUp() throws {
        let folder = try Fixtures.temporaryFolder()
        let first = try FileLock(folder: folder, shown: "Series", timeout: 0)
        let started = Date()
        #expect(throws: ReckonError(.busy, file: "Series", "another reckon process is writing this workspace; try again")) {
            try FileLock(folder: folder, shown: "Series", timeout: 0.2)
        }
        #expect(Date().timeIntervalSince(started) >= 0.2)
        withExtendedLifetime(first) {}
    }

    /// A lock that gives up closes its descriptor once: while one thread keeps failing to lock, the
    /// files another thread opens stay open (closing twice closed them, now and then, under it).
    @Test func aFailedLockClosesNothingElse() throws {
        let folder = try Fixtures.temporaryFolder()
        let held = try FileLock(folder: folder, shown: "Series", timeout: 0)
        let failing = Thread {
            for _ in 0..<2000 { _ = try? FileLock(folder: folder, shown: "Series", timeout: 0) }
        }
        failing.start()
        var lost = 0
        for _ in 0..<2000 {
            let fd = open("/dev/null", O_RDONLY | O_CLOEXEC)
            if fd >= 0 {
                if fcntl(fd, F_GETFD) == -1 { lost += 1 }
                close(fd)
            }
        }
        while !failing.isFinished { usleep(1000) }
        #expect(lost == 0)
        withExtendedLifetime(held) {}
    }

    @Test func theLockIsFreeAgainOnceDropped() throws {
        let folder = try Fixtures.temporaryFolder()
        var held: FileLock? = try FileLock(folder: folder, shown: "Series", timeout: 0)
        #expect(throws: ReckonError.self) { try FileLock(folder: folder, shown: "Series", timeout: 0) }
        withExtendedLifetime(held) {}
        held = nil
        #expect(throws: Never.self) { try FileLock(folder: folder, shown: "Series", timeout: 0) }
    }

    @Test func stagedFilesAreWrittenAllOrNone() throws {
        let folder = try Fixtures.temporaryFolder()
        try FileIO.writeAtomically(Array("old a".utf8), to: folder + "/a", shown: "a")
        try FileManager.default.createDirectory(atPath: folder + "/c", withIntermediateDirectories: false)
        var files = StagedFiles()
        try files.stage(Array("new a".utf8), to: folder + "/a", shown: "a")
        try files.stage(Array("new b".utf8), to: folder + "/b", shown: "b")
        #expect(
            throws: ReckonError(.cannotCreate, file: "c", "cannot write: it is a folder, and reckon replaces only regular files")
        ) {
            try files.stage(Array("new c".utf8), to: folder + "/c", shown: "c")
        }
        // Dropped without a commit: the staged files go, the targets stay as they were.
        _ = consume files
        #expect(try FileIO.read(folder + "/a", shown: "a") == Array("old a".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["a", "c"])

        var again = StagedFiles()
        try again.stage(Array("new a".utf8), to: folder + "/a", shown: "a")
        try again.stage(Array("new b".utf8), to: folder + "/b", shown: "b")
        try again.commit()
        #expect(try FileIO.read(folder + "/a", shown: "a") == Array("new a".utf8))
        #expect(try FileIO.read(folder + "/b", shown: "b") == Array("new b".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["a", "b", "c"])
    }

    @Test func containedReadsRefuseLinksOutOfTheirFolder() throws {
        let folder = try Fixtures.temporaryFolder(), outside = try Fixtures.temporaryFolder()
        try FileIO.writeAtomically(Array("secret".utf8), to: outside + "/s", shown: "s")
        try FileIO.writeAtomically(Array("kept".utf8), to: folder + "/k", shown: "k")
        try FileManager.default.createSymbolicLink(atPath: folder + "/out", withDestinationPath: outside + "/s")
        try FileManager.default.createSymbolicLink(atPath: folder + "/in", withDestinationPath: "k")
        try FileManager.default.createSymbolicLink(
            atPath: folder + "/up", withDestinationPath: "../" + (outside as NSString).lastPathComponent + "/s")
        #expect(try FileIO.read(folder + "/in", shown: "in", inside: .workspace(folder)) == Array("kept".utf8))
        for name in ["out", "up"] {
            #expect(
                throws: ReckonError(
                    .missingInput, file: name, "is a link to a file outside the workspace; reckon reads only files inside it")
            ) { try FileIO.read(folder + "/" + name, shown: name, inside: .workspace(folder)) }
        }
        #expect(
            throws: ReckonError(
                .missingInput, file: "../s", "is a link to a file outside the workspace; reckon reads only files inside it")
        ) {
            try FileIO.read(
                folder + "/../" + (outside as NSString).lastPathComponent + "/s", shown: "../s", inside: .workspace(folder))
        }
    }

    @Test(arguments: ["", ".", "..", "a/", "/"])
    func namesOfFoldersAreNotFilesToWrite(_ path: String) {
        #expect(throws: ReckonError.self) { try FileIO.split(path, shown: path) }
    }

    @Test(arguments: [("x", ".", "x"), ("a/b", "a", "b"), ("/x", "/", "x"), ("./-", ".", "-")])
    func pathsSplitIntoFolderAndName(_ path: String, _ folder: String, _ name: String) throws {
        let split = try FileIO.split(path, shown: path)
        #expect(split.folder == folder && split.name == name)
    }
}
