import Foundation
import ReckonPublish
import Testing

struct ContentHashTests {
    func hash(_ parts: [String]) -> String {
        var h = ContentHash()
        for p in parts { h.update(p) }
        return h.hex()
    }

    @Test func isStableAndSensitive() {
        // The same input gives the same hash in every process and on every machine: these values come
        // from an independent implementation, Fixtures/content_hash.py.
        let h = hash(["reckon", "date,value\n2025-03-27,11000\n"])
        #expect(h == "6eab088cad3749fe9419604a0e00a021")
        #expect(hash([]) == "642b3652fd38a8cbce487ba1531a21f8")
        var bytes = ContentHash()
        bytes.update((0..<20).map { UInt8($0) })
        #expect(bytes.hex() == "5a4545c543031d1daa9e4c47ea22c7b2")
        #expect(h.count == 32)
        #expect(h != hash(["reckon", "date,value\n2025-03-27,11001\n"]))
        #expect(hash(["ab", "c"]) != hash(["a", "bc"]))
        #expect(hash([]) != hash([""]))
        var a = ContentHash(), b = ContentHash()
        a.update([UInt8](repeating: 1, count: 9))
        b.update([UInt8](repeating: 1, count: 8))
        #expect(a.hex() != b.hex())
    }

    /// A file hashed as it is read gives the hash of its bytes taken whole, at every length around the
    /// 8-byte words and the 64 KiB pieces.
    @Test(arguments: [0, 1, 7, 8, 9, 65_535, 65_536, 65_537, 200_003])
    func aFileReadInPiecesHashesAsItsWholeBytes(_ count: Int) throws {
        let bytes = (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 7) }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("reckon-hash-\(count)-\(getpid())").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let fd = open(path, O_RDONLY)
        defer { close(fd) }
        var streamed = ContentHash(), whole = ContentHash()
        streamed.update("name")
        whole.update("name")
        let read = streamed.update(readingFrom: fd)
        #expect(read)
        whole.update(bytes)
        #expect(streamed.hex() == whole.hex())
    }

    @Test func aFailedReadLeavesTheHashAsItWas() {
        var h = ContentHash()
        h.update("x")
        let before = h.hex()
        let read = h.update(readingFrom: -1)
        #expect(!read)
        #expect(h.hex() == before)
    }

    /// Changing any one byte of a long input changes the hash.
    @Test func everyByteCounts() {
        let base = [UInt8]((0..<257).map { UInt8($0 % 251) })
        var seen: Set<String> = []
        var h = ContentHash()
        h.update(base)
        seen.insert(h.hex())
        for i in base.indices {
            var changed = base
            changed[i] ^= 0x20
            var g = ContentHash()
            g.update(changed)
            #expect(seen.insert(g.hex()).inserted, "byte \(i)")
        }
    }
}
