import Glibc

extension SeriesFileDecoder {
    /// A decoder and what it reads: a file's bytes from an offset, a piece at a time, into one buffer
    /// that holds the bytes read and not yet decoded, up to the file's end or to a stop short of it
    /// (the end of a first half, see `decodeInTwo`).
    struct Stream {
        var decoder: Pieces
        /// The bytes read at a time, unless a record is longer; and the most a buffer may grow to.
        let piece: Int, limit: Int
        /// The bytes read and not yet decoded, at the start of one allocation.
        private(set) var raw: UnsafeMutableRawBufferPointer
        private(set) var filled = 0
        /// Where in the file the buffer's first byte is.
        private(set) var offset: Int
        /// Where reading stops short of the file's end; nil to read to the end.
        var stop: Int? {
            didSet { reachedEnd = false }
        }
        /// Whether reading reached the end of the file, or `stop`.
        private(set) var reachedEnd = false
        /// Whether decoding stops at the decoder's first diagnostic (see ``decode(_:)``): for a decoder
        /// whose rows count only when it makes none.
        let stopsAtFirstDiagnostic: Bool

        /// A stream of a file's bytes from `offset`, read `piece` bytes at a time into a new buffer,
        /// decoded by `decoder`.
        init(_ decoder: Pieces, from offset: Int, piece: Int, limit: Int, stopsAtFirstDiagnostic: Bool = false) {
            self.decoder = decoder
            self.stopsAtFirstDiagnostic = stopsAtFirstDiagnostic
            self.offset = offset
            self.piece = piece
            self.limit = limit
            raw = .allocate(byteCount: piece, alignment: 16)
        }

        /// The bytes read and not yet decoded.
        var window: UnsafeBufferPointer<UInt8> {
            UnsafeBufferPointer(start: raw.baseAddress?.assumingMemoryBound(to: UInt8.self), count: filled)
        }

        /// Decodes what it reads with `read` until the decoder finishes the file, at its end or at an
        /// error that ends it: its result. Nil when reading reached `stop` first, having decoded every
        /// complete record before it (what is left in ``window`` did not end there); nil too, when
        /// `stopsAtFirstDiagnostic`, once a piece gave the decoder a diagnostic.
        mutating func decode(_ read: FileIO.ReadAt) throws(ReckonError) -> Result? {
            while true {
                try fill(read)
                switch decoder.decode(window, atEnd: reachedEnd && stop == nil) {
                case .finished(let result): return result
                case .consumed(let count):
                    if reachedEnd || (stopsAtFirstDiagnostic && !decoder.state.diagnostics.isEmpty) {
                        drop(count)
                        return nil
                    }
                    if count > 0 || filled < raw.count {
                        drop(count)
                    } else {
                        // Not one whole record in a full buffer: a longer buffer.
                        try grow()
                    }
                }
            }
        }

        /// Decodes the header alone, reading with `read` until it is whole (the buffer grows for a long
        /// one): the result when the decoder finished the file there (no header, or a problem with it),
        /// nil otherwise. The rows are left to decode, and so is the header of a file that ends within
        /// the buffer, which the usual way reads.
        mutating func decodeHeader(_ read: FileIO.ReadAt) throws(ReckonError) -> Result? {
            while decoder.header == nil {
                try fill(read)
                guard !reachedEnd else { return nil }
                switch decoder.decode(window, atEnd: false, headerOnly: true) {
                case .finished(let result): return result
                case .consumed(let count) where count > 0: drop(count)
                case .consumed: try grow()
                }
            }
            return nil
        }

        /// Fills the buffer from the file with `read`, up to `stop`.
        private mutating func fill(_ read: FileIO.ReadAt) throws(ReckonError) {
            while !reachedEnd, filled < raw.count {
                let at = offset + filled
                let room = min(raw.count - filled, stop.map { max(0, $0 - at) } ?? .max)
                let n = room == 0 ? 0 : try read(at, UnsafeMutableRawBufferPointer(rebasing: raw[filled..<filled + room]))
                if n == 0 { reachedEnd = true } else { filled += n }
            }
        }

        /// Forgets the bytes read from `place` in the file on, so that they are read again.
        mutating func unread(from place: Int) {
            filled = max(0, min(filled, place - offset))
        }

        /// Moves the bytes after the first `count` to the start.
        private mutating func drop(_ count: Int) {
            guard count > 0 else { return }
            if filled > count, let base = raw.baseAddress { memmove(base, base + count, filled - count) }
            filled -= count
            offset += count
        }

        /// A buffer twice as long, up to `limit`.
        private mutating func grow() throws(ReckonError) {
            guard raw.count < limit else {
                throw ReckonError(
                    .badData, file: decoder.path, line: decoder.line,
                    "a record is longer than the \(FileIO.sizeText(limit)) reckon reads")
            }
            let larger = UnsafeMutableRawBufferPointer.allocate(byteCount: min(limit, raw.count * 2), alignment: 16)
            larger.copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[..<filled]))
            raw.deallocate()
            raw = larger
        }

        func free() { raw.deallocate() }
    }
}
