import Foundation
import Testing

@testable import ReckonPublish

import Glibc

struct PipeReaderTests {
    /// Lines and counted bytes split across writes: the reader has read a line and part of the bytes
    /// after it before the rest is written, so `read` must wait for more; then the end of the stream.
    @Test func readsLinesAndCountsAcrossPartialWrites() throws {
        var fds: [Int32] = [0, 0]
        #expect(pipe(&fds) == 0)
        let (readEnd, writeEnd) = (fds[0], fds[1])
        let lineRead = DispatchSemaphore(value: 0)
        let writer = Thread {
            PipeReader.write(Array("ok 5\nhel".utf8), to: writeEnd)
            // The rest only once the reader holds "hel" alone: its read of 5 bytes is then partial.
            lineRead.wait()
            usleep(20_000)
            PipeReader.write(Array("lo".utf8), to: writeEnd)
            PipeReader.write(Array("fail 65\nlast line without end".utf8), to: writeEnd)
            close(writeEnd)
        }
        writer.start()
        var reader = PipeReader(fd: readEnd)
        #expect(reader.line().map { String(decoding: $0, as: UTF8.self) } == "ok 5")
        lineRead.signal()
        #expect(reader.read(5).map { String(decoding: $0, as: UTF8.self) } == "hello")
        #expect(reader.line().map { String(decoding: $0, as: UTF8.self) } == "fail 65")
        #expect(reader.line() == nil)
        #expect(reader.read(1000) == nil)
        close(readEnd)
    }

    @Test func refusesCountsPastTheLimit() {
        var reader = PipeReader(fd: -1)
        #expect(reader.read(PipeReader.limit + 1) == nil)
        #expect(reader.read(-1) == nil)
    }
}
