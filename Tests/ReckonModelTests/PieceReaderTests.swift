import Foundation
import Glibc
import Testing

@testable import ReckonModel

/// A piece reader gives the file's bytes in order, whether it fills a buffer with one read or with two
/// at once, one a half, whatever the file's length against the buffer's halves.
struct PieceReaderTests {
    /// The bytes a reader gives the file at `path`, read into buffers of `size` bytes, splitting those of
    /// `halvesFrom` bytes or more.
    func read(_ path: String, buffer size: Int, halvesFrom: Int) throws -> [UInt8] {
        let fd = open(path, O_RDONLY)
        try #require(fd >= 0)
        defer { close(fd) }
        var reader = PieceReader(fd: fd, halvesFrom: halvesFrom)
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: size, alignment: 1)
        defer { buffer.deallocate() }
        var out: [UInt8] = []
        while case .success(let n) = reader.read(into: buffer), n > 0 { out += buffer[..<n] }
        #expect(reader.offset == out.count)
        return out
    }

    /// File lengths around the halves of 1 MiB buffers, and short files read into tiny buffers split
    /// from 2 bytes: shorter than a half, ending in the first or the second half, longer than both.
    @Test(arguments: [0, 1, 7, 100, 101, 700_000, 1 << 20, (1 << 20) + 1, 1_500_000, 3_333_333])
    func theBytesAreTheFile(_ length: Int) throws {
        let folder = try Fixtures.temporaryFolder()
        let bytes = [UInt8]((0..<length).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ $0 >> 11) })
        try FileIO.writeAtomically(bytes, to: folder + "/f", shown: "f")
        for (size, halvesFrom) in [(1 << 20, 1 << 20), ((2 << 20) + 1, 1 << 20), (4 << 20, 1 << 20), (4 << 20, .max)] {
            #expect(try read(folder + "/f", buffer: size, halvesFrom: halvesFrom) == bytes, "\(size), \(halvesFrom)")
        }
        if length <= 1_000 {
            for size in 2...9 {
                #expect(try read(folder + "/f", buffer: size, halvesFrom: 2) == bytes, "buffers of \(size) bytes")
            }
        }
    }

    /// A read that fails in either half fails the call, and counts nothing.
    @Test func aFailedReadFails() throws {
        let folder = try Fixtures.temporaryFolder()
        let fd = open(folder, O_RDONLY)
        try #require(fd >= 0)
        defer { close(fd) }
        var reader = PieceReader(fd: fd, halvesFrom: 2)
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 64, alignment: 1)
        defer { buffer.deallocate() }
        guard case .failure(let error) = reader.read(into: buffer) else {
            Issue.record("reading a folder succeeded")
            return
        }
        #expect(error.code == EISDIR)
        #expect(reader.offset == 0)
    }

    /// A large file on more than one processor is read in halves from 1 MiB; a small one never.
    @Test func halvesAreForLargeFilesOnSeveralProcessors() {
        let several = ProcessInfo.processInfo.activeProcessorCount > 1
        #expect(TwoThreads.halvesFrom(sizeHint: 8 << 20) == (several ? 1 << 20 : .max))
        #expect(TwoThreads.halvesFrom(sizeHint: (8 << 20) - 1) == .max)
    }
}
