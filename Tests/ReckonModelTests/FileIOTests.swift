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

    @Test func failuresNameTheFile() throws {
        let folder = try Fixtures.temporaryFolder()
        #expect(throws: ModelError(.missingInput, file: "x.csv", "cannot read: No such file or directory")) {
            try FileIO.read(folder + "/x.csv", shown: "x.csv")
        }
        #expect(throws: ModelError(.missingInput, file: "dir", "is a folder, not a file")) {
            try FileIO.read(folder, shown: "dir")
        }
        #expect(throws: ModelError.self) {
            try FileIO.writeAtomically([1], to: folder + "/no/such/folder/x", shown: "x")
        }
    }
}

struct FileLockTests {
    @Test func aSecondLockerWaitsThenGivesUp() throws {
        let folder = try Fixtures.temporaryFolder()
        let first = try FileLock(folder: folder, shown: "Series", timeout: 0)
        let started = Date()
        #expect(throws: ModelError(.busy, file: "Series", "another reckon process is writing this workspace; try again")) {
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
        #expect(held != nil)
        #expect(throws: ModelError.self) { try FileLock(folder: folder, shown: "Series", timeout: 0) }
        held = nil
        #expect(throws: Never.self) { try FileLock(folder: folder, shown: "Series", timeout: 0) }
    }
}
