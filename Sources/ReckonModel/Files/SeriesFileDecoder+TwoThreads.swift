import Glibc

extension SeriesFileDecoder {
    /// How far past the middle of a file's rows a line feed is looked for, to split them there.
    static let splitSearch = 64 << 10
    /// The longest record the second half reads: a longer one (or a quote the split opened by mistake,
    /// running on to the end of the file) gives the half up, for one thread to read on.
    static let secondHalfRecordLimit = 4 << 20

    /// Decodes the rest of a file on two threads at once, when `stream` has read its header alone and
    /// at least `minimum` bytes follow: `stream` goes on up to the first line feed at or after the
    /// middle of the rest, and a new decoder (``Pieces/init(after:)``), with a stream and a buffer of
    /// its own, reads from there to the end of the file. Each thread reads its own half with `read`
    /// and reserves room for its rows (the first for the whole file's), which the header left to do.
    ///
    /// The second decoder's rows count only when the first half's records end exactly at that line
    /// feed (so the second started where a record does, as one thread would: not where the file ended
    /// short of it, having shrunk while read) and the second half made no diagnostic at all; its
    /// observations are then appended to the first's, their strings numbered in the first's tables in
    /// the order first seen, and the file is finished. Otherwise its work is dropped and `stream` reads
    /// on past the middle, so that the rest is read again, one thread's way, with every diagnostic at
    /// its line. Either way the observations and diagnostics are those of decoding the file on one
    /// thread. The second half stops early once its work is sure to be dropped: at its first
    /// diagnostic, a failed read, or a record longer than ``secondHalfRecordLimit``.
    ///
    /// The columns of both halves are in memory while they are joined: at most about one and a half
    /// times the file's observations.
    ///
    /// - Returns: the file's result when the two halves finished it, or when the first half ended it
    ///   (an error that stops the decoding); nil, for `stream` to read on, when the rest is shorter
    ///   than `minimum`, no line feed follows the middle within ``splitSearch`` bytes (or the bytes
    ///   there cannot be read) or only the file's last byte does, or the halves could not be joined.
    /// - Throws: what `read` throws in the first half (in the second, the rest is read again).
    static func decodeInTwo(
        _ stream: inout Stream, _ read: FileIO.ReadAt, sizeHint: Int, from minimum: Int
    ) throws(ReckonError) -> Result? {
        guard stream.decoder.header != nil else { return nil }
        guard sizeHint - stream.offset >= max(2, minimum),
            let split = (try? lineStart(after: stream.offset + (sizeHint - stream.offset) / 2, read)) ?? nil,
            split < sizeHint
        else {
            stream.decoder.reserve(for: sizeHint)
            return nil
        }
        var second = Stream(
            Pieces(after: stream.decoder), from: split, piece: stream.piece,
            limit: min(stream.limit, secondHalfRecordLimit), stopsAtFirstDiagnostic: true)
        defer { second.free() }
        stream.unread(from: split)
        stream.stop = split
        let (first, rest) = withUnsafeMutablePointer(to: &stream) { first in
            withUnsafeMutablePointer(to: &second) { second in
                TwoThreads.both(
                    {
                        // Each decoder's room reserved on its own thread: mapping it is most of the time.
                        first.pointee.decoder.reserve(for: sizeHint)
                        return Swift.Result { () throws(ReckonError) in try first.pointee.decode(read) }
                    },
                    {
                        second.pointee.decoder.reserve(for: sizeHint - split)
                        return Swift.Result { () throws(ReckonError) in try second.pointee.decode(read) }
                    })
            }
        }
        stream.stop = nil
        if let ended = try first.get() { return ended }
        guard stream.offset == split, stream.window.isEmpty, case .success(.some) = rest,
            second.decoder.state.diagnostics.isEmpty
        else { return nil }
        stream.decoder.observations.append(contentsOf: second.decoder.observations, onTwoThreads: true)
        return stream.decoder.finish()
    }

    /// The place in the file just after the first line feed at or after `offset`, looked for within
    /// ``splitSearch`` bytes; nil when there is none there.
    static func lineStart(after offset: Int, _ read: FileIO.ReadAt) throws(ReckonError) -> Int? {
        let probe = UnsafeMutableRawBufferPointer.allocate(byteCount: splitSearch, alignment: 16)
        defer { probe.deallocate() }
        var filled = 0
        while filled < probe.count {
            let n = try read(offset + filled, UnsafeMutableRawBufferPointer(rebasing: probe[filled...]))
            if n == 0 { break }
            if let found = memchr(probe.baseAddress! + filled, Int32(UInt8(ascii: "\n")), n) {
                return offset + (UnsafeRawPointer(found) - UnsafeRawPointer(probe.baseAddress!)) + 1
            }
            filled += n
        }
        return nil
    }
}
