import Glibc
import ReckonModel

/// A 128-bit hash of bytes that is the same in every process and on every machine, for telling whether
/// a chart's inputs changed. (Swift's `Hasher` is seeded per process, so it cannot serve here.)
///
/// Two 64-bit lanes, each a multiply-xorshift over 8-byte words, with different seeds; not
/// cryptographic, but a change to any input changes the hash with overwhelming likelihood.
public struct ContentHash: Sendable {
    private var a: UInt64 = 0x9E37_79B9_7F4A_7C15
    private var b: UInt64 = 0xC2B2_AE3D_27D4_EB4F
    private var length: UInt64 = 0

    /// A hash of no bytes yet.
    public init() {}

    /// Adds bytes.
    ///
    /// - Complexity: O(n).
    public mutating func update(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { raw in
            var i = 0
            let n = raw.count
            while i + 8 <= n {
                mix(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                i += 8
            }
            var tail: UInt64 = 0
            var shift: UInt64 = 0
            while i < n {
                tail |= UInt64(raw[i]) << shift
                shift += 8
                i += 1
            }
            mix(tail ^ 0xFF)
        }
        length &+= UInt64(bytes.count)
    }

    /// Adds the bytes read from `fd` to its end, 64 KiB at a time, with the same result as one
    /// ``update(_:)-([UInt8])`` of all of them: a file's hash without holding the file.
    ///
    /// - Returns: false, leaving the hash as it was, when a read fails.
    public mutating func update(readingFrom fd: Int32) -> Bool {
        var next = self
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        var pending = 0
        while true {
            let read = buffer.withUnsafeMutableBytes {
                Descriptor.read(fd, into: UnsafeMutableRawBufferPointer(rebasing: $0[pending...]))
            }
            guard case .success(let n) = read else { return false }
            if n == 0 { break }
            let total = pending + n
            let whole = total & ~7
            buffer.withUnsafeBytes { raw in
                for i in stride(from: 0, to: whole, by: 8) { next.mix(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) }
            }
            next.length &+= UInt64(whole)
            for i in 0..<(total - whole) { buffer[i] = buffer[whole + i] }
            pending = total - whole
        }
        next.update(Array(buffer[0..<pending]))
        self = next
        return true
    }

    /// Adds text, followed by a separator so that ("ab", "c") and ("a", "bc") differ.
    public mutating func update(_ text: String) {
        update(Array(text.utf8))
        mix(0x5EED_5EED_5EED_5EED)
    }

    @inline(__always)
    private mutating func mix(_ w: UInt64) {
        a = (a ^ w) &* 0xFF51_AFD7_ED55_8CCD
        a ^= a >> 33
        b = (b ^ (w &+ 0x1234_5678_9ABC_DEF1)) &* 0xC4CE_B9FE_1A85_EC53
        b ^= b >> 29
    }

    /// The hash as 32 hexadecimal digits.
    public func hex() -> String {
        var x = a ^ (length &* 0x9E37_79B9_7F4A_7C15), y = b ^ length
        x = (x ^ (x >> 31)) &* 0xBF58_476D_1CE4_E5B9
        y = (y ^ (y >> 27)) &* 0x94D0_49BB_1331_11EB
        func h(_ v: UInt64) -> String {
            let s = String(v, radix: 16)
            return String(repeating: "0", count: 16 - s.count) + s
        }
        return h(x ^ (x >> 31)) + h(y ^ (y >> 31))
    }
}
