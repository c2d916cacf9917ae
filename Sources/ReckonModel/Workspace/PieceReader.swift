/// Reads a file from its start, a buffer at a time, by positional reads (`pread`) from the offset
/// reached, so that a large buffer can be filled by two reads at once (`TwoThreads`): copying a piece
/// out of the page cache is a tenth of reading a large series, and done by one thread it keeps the
/// other idle.
struct PieceReader {
    let fd: Int32
    /// The smallest buffer filled by two reads at once, `Int.max` for never.
    let halvesFrom: Int
    /// The bytes read so far, where the next read starts.
    private(set) var offset = 0

    init(fd: Int32, halvesFrom: Int) {
        self.fd = fd
        self.halvesFrom = halvesFrom
    }

    /// Fills `buffer` with the next bytes, as many as a read gives: the number read, 0 at the end of
    /// the file.
    ///
    /// In two halves, the second half's bytes count only when the first half was read whole, so the
    /// bytes counted always follow on from the offset without a hole: the file's next bytes, perhaps
    /// fewer than fit (after a short first read, which the caller's next read continues from). A
    /// failed read of either half fails the whole call.
    mutating func read(into buffer: UnsafeMutableRawBufferPointer) -> Result<Int, Descriptor.Failure> {
        let result = buffer.count >= halvesFrom ? readInTwo(buffer) : Descriptor.read(fd, at: offset, into: buffer)
        if case .success(let n) = result { offset += n }
        return result
    }

    /// `buffer` filled from `offset` by two reads at once, one a half.
    private func readInTwo(_ buffer: UnsafeMutableRawBufferPointer) -> Result<Int, Descriptor.Failure> {
        let half = buffer.count / 2
        let (fd, offset) = (fd, offset)
        let (first, second) = TwoThreads.both(
            { Descriptor.read(fd, at: offset, into: UnsafeMutableRawBufferPointer(rebasing: buffer[..<half])) },
            { Descriptor.read(fd, at: offset + half, into: UnsafeMutableRawBufferPointer(rebasing: buffer[half...])) })
        switch first {
        case .failure(let error): return .failure(error)
        case .success(let n) where n < half: return .success(n)
        case .success: return second.map { half + $0 }
        }
    }
}
