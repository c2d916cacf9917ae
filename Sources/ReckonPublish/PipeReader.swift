import Glibc
import ReckonModel

/// Buffered reads of lines and byte counts from a pipe, and whole writes to one, for the protocol
/// between `render` and its chart workers. Reads are bounded: a line or a message longer than
/// ``limit`` ends the stream as if the other side had died.
struct PipeReader {
    static let limit = 64 << 20

    let fd: Int32
    private var buffer: [UInt8] = []
    private var start = 0
    private var ended = false

    init(fd: Int32) { self.fd = fd }

    /// The next line without its line feed, or nil at the end of the stream.
    mutating func line() -> [UInt8]? {
        // Bytes after `start` already known to hold no line feed (`fill` moves `start` to 0).
        var checked = 0
        while true {
            if let newline = buffer[(start + checked)...].firstIndex(of: UInt8(ascii: "\n")) {
                let line = Array(buffer[start..<newline])
                start = newline + 1
                return line
            }
            checked = buffer.count - start
            guard checked <= PipeReader.limit, fill() else { return nil }
        }
    }

    /// The next `count` bytes, or nil when the stream ends first.
    mutating func read(_ count: Int) -> [UInt8]? {
        guard count >= 0, count <= PipeReader.limit else { return nil }
        while buffer.count - start < count {
            guard fill() else { return nil }
        }
        let bytes = Array(buffer[start..<(start + count)])
        start += count
        return bytes
    }

    /// Reads more bytes into the buffer; false at the end of the stream or on an error.
    private mutating func fill() -> Bool {
        if ended { return false }
        if start > 0 {
            buffer.removeFirst(start)
            start = 0
        }
        var chunk = [UInt8](repeating: 0, count: 65536)
        guard case .success(let n) = chunk.withUnsafeMutableBytes({ Descriptor.read(fd, into: $0) }), n > 0 else {
            ended = true
            return false
        }
        buffer += chunk[0..<n]
        return true
    }

    /// Writes all of `bytes` to `fd`; false when the other side has gone.
    @discardableResult
    static func write(_ bytes: [UInt8], to fd: Int32) -> Bool {
        guard case .success = bytes.withUnsafeBytes({ Descriptor.writeAll(fd, $0) }) else { return false }
        return true
    }
}
