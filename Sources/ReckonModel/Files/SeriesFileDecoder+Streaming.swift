import Glibc

extension SeriesFileDecoder {
    /// Decodes a series file for reading (not editing) from `read`, a piece at a time, so that a large
    /// file never sits in memory whole: the same observations and the same diagnostics, at the same
    /// lines and columns, as ``decode(_:path:)`` of the whole file.
    ///
    /// Each piece is decoded up to its last complete record, as the CSV reader itself finds records (a
    /// record is complete when a line feed ends it); the rest waits for the next piece. A record longer
    /// than a piece makes the piece grow, up to `limit` bytes. The rows of a large file may be decoded
    /// in two halves on two threads (see `decodeInTwo`), with the same result.
    ///
    /// - Parameters:
    ///   - read: the file's bytes from an offset (see `FileIO.ReadAt`); called from two threads at once
    ///     when the rows are decoded in two halves.
    ///   - sizeHint: the file's size, to reserve room for its rows and to find the middle of its rows.
    ///   - piece: how many bytes are read at a time; nil for 1 MiB when the rows may be decoded in
    ///     halves (see `halvesFrom`), 256 KiB otherwise.
    ///   - halvesFrom: the fewest bytes after the header decoded in two halves on two threads, `Int.max`
    ///     for never; nil for `TwoThreads.halvesFrom(sizeHint:)`'s choice.
    /// - Throws: what `read` throws; `.badData` when one record is longer than `limit`.
    static func decodeStreaming(
        read: FileIO.ReadAt, sizeHint: Int, path: String, piece: Int? = nil, halvesFrom: Int? = nil,
        limit: Int = FileIO.dataLimit
    ) throws(ReckonError) -> Result {
        let halvesFrom = halvesFrom ?? TwoThreads.halvesFrom(sizeHint: sizeHint)
        var stream = Stream(
            Pieces(path: path, sizeHint: sizeHint), from: 0, piece: max(1, piece ?? (halvesFrom == .max ? 256 << 10 : 1 << 20)),
            limit: limit)
        defer { stream.free() }
        if halvesFrom != .max {
            // The header alone first, so that the rows after it may be decoded in two halves.
            if let result = try stream.decodeHeader(read) { return result }
            if let result = try decodeInTwo(&stream, read, sizeHint: sizeHint, from: halvesFrom) { return result }
        }
        return try stream.decode(read) ?? stream.decoder.finish()
    }

    /// The decoding of one file, a piece at a time: the header, the rows so far, and the line the next
    /// piece starts on.
    struct Pieces {
        let path: String
        let sizeHint: Int
        /// The problems so far and the string caches; its reader is each piece's in turn.
        var state: State
        var columns: [ObservationColumn] = []
        var observations = Observations()
        var fields: [CSVField] = []
        /// The plain rows read and not yet appended to ``observations``.
        let batch = RowBatch()
        var header: (text: [UInt8], crlf: Bool, bom: Bool)?
        var line = 1
        /// The rows a byte of the file holds, judged by the piece the header was read in: to reserve
        /// room for rows.
        var rowsPerByte = 0.0

        init(path: String, sizeHint: Int) {
            self.path = path
            self.sizeHint = sizeHint
            state = State(reader: CSVReader(UnsafeBufferPointer(start: nil, count: 0)), path: path)
            fields.reserveCapacity(16)
        }

        /// A decoder for the bytes after a line break in the file `other` decodes, past its header:
        /// the same columns and no rows. Which line of the file it starts on is known only once the
        /// half before is read, so it counts from ``firstLineOfSecondHalf``; its line numbers and
        /// diagnostics are never shown: its rows are kept only when it made no diagnostic (see
        /// `decodeInTwo`).
        init(after other: Pieces) {
            self.init(path: other.path, sizeHint: 0)
            columns = other.columns
            header = other.header
            rowsPerByte = other.rowsPerByte
            line = Self.firstLineOfSecondHalf
        }

        /// Reserves room for the rows of `bytes` bytes of the file, at the header's piece's rows a byte,
        /// and at most 16M rows: a first piece of blank lines must not ask for gigabytes; a longer
        /// file's columns grow past it as arrays do.
        mutating func reserve(for bytes: Int) {
            observations.reserveCapacity(Int(min(Double(bytes) * rowsPerByte, Double(1 << 24))) + 1)
        }

        /// The line a decoder made by ``init(after:)`` counts its first from: not 1, so that it never
        /// takes the bytes it starts with for a byte order mark.
        static let firstLineOfSecondHalf = 2

        enum Outcome {
            /// The first `count` bytes are decoded; the rest waits for more.
            case consumed(Int)
            case finished(Result)
        }

        /// Decodes the complete records of `window` (all of it `atEnd`), having reserved room for the
        /// rows as `window`'s lines suggest once it reads the header; with `headerOnly`, before the end
        /// of the file, stops once the header is read, leaving the room to reserve (``reserve(for:)``).
        mutating func decode(_ window: UnsafeBufferPointer<UInt8>, atEnd: Bool, headerOnly: Bool = false) -> Outcome {
            // Before the end of the file only the bytes through the last line feed are read: a carriage
            // return at the end of a piece may be half of a line ending, or the start of a row's text.
            let window = atEnd ? window : Self.throughLastLineFeed(window)
            var reader = CSVReader(window, firstLine: line)
            state.reader = reader
            while true {
                if header != nil {
                    state.readPlainRows(&reader, columns: columns, batch: batch, into: &observations)
                }
                let (start, startLine) = (reader.position, reader.nextLine)
                do throws(CSVReader.Failure) {
                    guard let span = try reader.next(into: &fields) else {
                        guard atEnd else { return waitFor(reader.position, line: reader.nextLine) }
                        return .finished(finish())
                    }
                    // Unless the file ends here, a record is whole only when a line feed ended it.
                    let ended = reader.position > span.end && window[reader.position - 1] == UInt8(ascii: "\n")
                    guard atEnd || ended else { return waitFor(start, line: startLine) }
                    if header == nil {
                        guard let parsed = state.header(fields) else {
                            return .finished(Result(file: nil, diagnostics: state.diagnostics))
                        }
                        columns = parsed
                        let crlf = span.end < window.count && window[span.end] == UInt8(ascii: "\r")
                        header = (Array(window[span.start..<span.end]), crlf, reader.hasBOM)
                        // Room for the rows, judged by this piece's bytes a row; a header read alone leaves
                        // it to its reader (see `decodeInTwo`, which reserves it on the first half's thread).
                        rowsPerByte = window.isEmpty ? 0 : Double(lineCount(window)) / Double(window.count)
                        if headerOnly, !atEnd { return waitFor(reader.position, line: reader.nextLine) }
                        reserve(for: max(sizeHint, window.count))
                        continue
                    }
                    _ = state.row(fields, span: span, columns: columns, into: &observations)
                } catch {
                    // A quote still open at the end of a piece may close in the next one.
                    if !atEnd, case .unterminatedQuote = error { return waitFor(start, line: startLine) }
                    state.report(error)
                    return .finished(Result(file: nil, diagnostics: state.diagnostics))
                }
            }
        }

        /// The bytes of `window` up to and including its last line feed; none when it has none.
        static func throughLastLineFeed(_ window: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
            var end = window.count
            while end > 0, window[end - 1] != UInt8(ascii: "\n") { end -= 1 }
            return UnsafeBufferPointer(rebasing: window[..<end])
        }

        /// Decoded up to byte `offset`, where line `line` starts; until the header is read, nothing is,
        /// so that the next piece starts the file again, byte order mark and all.
        mutating func waitFor(_ offset: Int, line: Int) -> Outcome {
            guard header != nil else { return .consumed(0) }
            self.line = line
            return .consumed(offset)
        }

        /// The file decoded, once its last piece is.
        func finish() -> Result {
            guard let header else { return SeriesFileDecoder.decode([], path: path) }
            let file = SeriesFile(
                columns: columns, observations: observations, lines: [], rowText: [], hasBOM: header.bom,
                lineEnding: header.crlf ? "\r\n" : "\n", headerText: header.text, original: [])
            return Result(file: file, diagnostics: state.diagnostics)
        }
    }
}
