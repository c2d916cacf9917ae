import Dispatch

/// Reads a file from its start, a buffer at a time, by positional reads (`pread`) from the offset
/// reached, so that a large buffer can be filled by two reads at once: copying a piece out of the page
/// cache is a tenth of reading a large series, and done by one thread it keeps the other idle.
struct PieceReader {
    /// The smallest buffer filled in two halves.
    static let halvesFrom = 1 << 20
    let fd: Int32
    /// Whether a large buffer is filled by two reads at once.
    let inTwo: Bool
    /// The bytes read so far, where the next read starts.
    private(set) var offset = 0

    init(fd: Int32, inTwo: Bool) {
        self.fd = fd
        self.inTwo = inTwo
    }

    /// Fills `buffer` with the next bytes, as many as a read gives: the number read, 0 at the end of
    /// the file.
    ///
    /// In two halves, the second half's bytes count only when the first half was read whole, so the
    /// bytes counted always follow on from the offset without a hole: the file's next bytes, perhaps
    /// fewer than fit (after a short first read, which the caller's next read continues from). A
    /// failed read of either half fails the whole call.
    mutating func read(into buffer: UnsafeMutableRawBufferPointer) -> Result<Int, Descriptor.Failure> {
        guard inTwo, buffer.count >= Self.halvesFrom else {
            let result = Descriptor.read(fd, at: offset, into: buffer)
            if case .success(let n) = result { offset += n }
            return result
        }
        let half = buffer.count / 2
        let reads = TwoReads(
            fd: fd,
            parts: [
                (offset, UnsafeMutableRawBufferPointer(rebasing: buffer[..<half])),
                (offset + half, UnsafeMutableRawBufferPointer(rebasing: buffer[half...])),
            ])
        DispatchQueue.concurrentPerform(iterations: 2) { reads.read($0) }
        let result: Result<Int, Descriptor.Failure>
        switch reads.results[0] {
        case .failure(let error): result = .failure(error)
        case .success(let first) where first < half: result = .success(first)
        case .success: result = reads.results[1].map { half + $0 }
        }
        if case .success(let n) = result { offset += n }
        return result
    }
}

/// The two reads of `PieceReader.read(into:)` for the two threads: the thread reading part `i` touches
/// only result `i`, and the reader reads the results once both are done.
private final class TwoReads: @unchecked Sendable {
    let fd: Int32
    let parts: [(offset: Int, buffer: UnsafeMutableRawBufferPointer)]
    /// Each part's result; its own memory, written by one thread only.
    let results: UnsafeMutableBufferPointer<Result<Int, Descriptor.Failure>>

    init(fd: Int32, parts: [(Int, UnsafeMutableRawBufferPointer)]) {
        self.fd = fd
        self.parts = parts.map { (offset: $0.0, buffer: $0.1) }
        results = .allocate(capacity: parts.count)
        results.initialize(repeating: .success(0))
    }

    deinit {
        results.deinitialize()
        results.deallocate()
    }

    /// Reads part `i`.
    func read(_ i: Int) {
        results[i] = Descriptor.read(fd, at: parts[i].offset, into: parts[i].buffer)
    }
}
