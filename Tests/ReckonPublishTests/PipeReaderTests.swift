import Foundation
import Testing

@testable import ReckonPublish

#if canImport(Glibc)
    import Glibc
#endif

struct PipeReaderTests {
    /// Lines and counted bytes split across many small writes, then the end of the stream.
    @Test func readsLinesAndCountsAcrossPartialWrites() throws {
        var fds: [Int32] = [0, 0]
        #expect(pipe(&fds) == 0)
        let (readEnd, writeEnd) = (fds[0], fds[1])
        let message = Array("ok 5\nhello".utf8) + Array("fail 65\n".utf8) + Array("last line without end".utf8)
        let writer = Thread {
            for chunk in stride(from: 0, to: message.count, by: 3) {
                PipeReader.write(Array(message[chunk..<min(chunk + 3, message.count)]), to: writeEnd)
                usleep(500)
            }
            close(writeEnd)
        }
        writer.start()
        var reader = PipeReader(fd: readEnd)
        #expect(reader.line().map { String(decoding: $0, as: UTF8.self) } == "ok 5")
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
