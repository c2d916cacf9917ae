import Glibc

/// Reads the bytes of `Series/<id>.csv` into a ``SeriesFile``, collecting every problem.
///
/// Rows with problems are reported and left out; the caller decides whether any error is fatal
/// (`add` and `import` refuse to write, `check` lists them all).
///
/// - Complexity: O(n) in the size of the file. Repeated sources, URLs and notes share one string.
public enum SeriesFileDecoder {
    /// The outcome of reading a file: the file when its header could be read, and the problems found.
    public struct Result: Sendable {
        /// The file, when it was read without an error.
        public var file: SeriesFile?
        /// Every problem found, errors and warnings.
        public var diagnostics: [Diagnostic]
        /// Whether any diagnostic is an error.
        public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    }

    /// Decodes `bytes`, keeping each row's text and line for editing; `path` is the file name
    /// diagnostics show. (Reading for analysis and charts decodes a piece at a time instead; see
    /// `decodeStreaming`.)
    public static func decode(_ bytes: [UInt8], path: String) -> Result {
        decode(bytes, path: path, plainRows: true)
    }

    /// Decodes `bytes` as ``decode(_:path:)`` does; without `plainRows`, every row goes the general
    /// way, which tests and the fuzz target compare the plain-row path with.
    static func decode(_ bytes: [UInt8], path: String, plainRows: Bool) -> Result {
        bytes.withUnsafeBufferPointer { buffer in
            var reader = CSVReader(buffer)
            var state = State(reader: reader, path: path)
            var fields: [CSVField] = []
            fields.reserveCapacity(16)
            do throws(CSVReader.Failure) {
                guard let headerSpan = try reader.next(into: &fields) else {
                    return Result(
                        file: nil,
                        diagnostics: [
                            Diagnostic(
                                file: path, line: 1, column: 1,
                                "empty file: expected a header row such as 'date,value,source'")
                        ])
                }
                guard let columns = state.header(fields) else { return Result(file: nil, diagnostics: state.diagnostics) }
                let estimate = lineCount(buffer)
                var observations = Observations()
                var lines: [Int] = []
                var rows: [SeriesFile.RowText] = []
                observations.reserveCapacity(estimate)
                lines.reserveCapacity(estimate)
                rows.reserveCapacity(estimate)
                let batch = RowBatch()
                while true {
                    if plainRows {
                        state.readPlainRows(&reader, columns: columns, batch: batch, into: &observations) { line, text in
                            lines.append(line)
                            rows.append(.original(text))
                        }
                    }
                    guard let span = try reader.next(into: &fields) else { break }
                    if state.row(fields, span: span, columns: columns, into: &observations) {
                        lines.append(span.line)
                        rows.append(.original(span.start..<span.end))
                    }
                }
                let headerEnd = headerSpan.end
                let crlf = headerEnd < buffer.count && buffer[headerEnd] == UInt8(ascii: "\r")
                let file = SeriesFile(
                    columns: columns, observations: observations, lines: lines, rowText: rows,
                    hasBOM: reader.hasBOM, lineEnding: crlf ? "\r\n" : "\n",
                    headerText: Array(buffer[headerSpan.start..<headerSpan.end]), original: bytes)
                return Result(file: file, diagnostics: state.diagnostics)
            } catch {
                state.report(error)
                return Result(file: nil, diagnostics: state.diagnostics)
            }
        }
    }

    /// The decoder's working state: the diagnostics so far and the string caches.
    struct State {
        var reader: CSVReader
        let path: String
        var diagnostics: [Diagnostic] = []
        var sourceCache = StringCache(.sources)
        var urlCache = StringCache(.urls)
        var noteCache = StringCache(.notes)
        var months = MonthCache()
        /// The tail of the last plain row read, while plain rows follow one another (see ``RowTail``).
        let tail = RowTail()

        init(reader: CSVReader, path: String) {
            self.reader = reader
            self.path = path
        }

        mutating func error(_ field: CSVField, _ message: String, offset: Int = 0) {
            let at = field.quoted && offset == 0 ? field.start - 1 : field.start + offset
            let column = reader.column(of: at, lineStart: field.lineStart)
            diagnostics.append(Diagnostic(file: path, line: field.line, column: column, message))
        }

        mutating func report(_ failure: CSVReader.Failure) {
            switch failure {
            case .unterminatedQuote(let f):
                error(f, "unterminated quoted field: the quote opened here is never closed")
            case .textAfterQuote(let f, let offset):
                diagnostics.append(
                    Diagnostic(
                        file: path, line: f.line, column: reader.column(of: offset, lineStart: f.lineStart),
                        "unexpected text after a closing quote (a quote inside a quoted field is written \"\")"))
            }
        }

        /// The columns of the header row, or nil (with diagnostics) when it is unusable.
        mutating func header(_ fields: [CSVField]) -> [ObservationColumn]? {
            var columns: [ObservationColumn] = []
            var ok = true
            let known = ObservationColumn.allCases.map(\.rawValue)
            // A first row with no known column is not a header at all (another kind of file): say so
            // without repeating its text, which may be anything.
            guard fields.contains(where: { ObservationColumn(name: reader.string($0)) != nil }) else {
                diagnostics.append(
                    Diagnostic(
                        file: path, line: fields.first?.line ?? 1, column: 1,
                        "the first row is not a series header: none of its fields is a column (columns: \(known.joined(separator: ", ")))"
                    ))
                return nil
            }
            for f in fields {
                let name = Escaping.visible(String(reader.string(f).prefix(40)))
                guard let column = ObservationColumn(name: name) else {
                    var message = "unknown column '\(name)'"
                    if let guess = closestMatch(name, in: known) { message += "; did you mean '\(guess)'?" }
                    message += " (columns: \(known.joined(separator: ", ")))"
                    error(f, message)
                    ok = false
                    continue
                }
                if columns.contains(column) {
                    error(f, "column '\(name)' appears twice")
                    ok = false
                }
                columns.append(column)
            }
            if !columns.contains(.date) {
                diagnostics.append(
                    Diagnostic(
                        file: path, line: fields.first?.line ?? 1, column: 1,
                        "the header has no 'date' column"))
                ok = false
            }
            return ok ? columns : nil
        }

        /// Appends the row's observation to `observations`, or reports its problems and returns false.
        /// The fields are read into locals and appended to the columns; a source, URL or note the row
        /// before had too is neither read again nor looked up.
        mutating func row(
            _ fields: [CSVField], span: CSVRecordSpan, columns: [ObservationColumn], into observations: inout Observations
        ) -> Bool {
            guard fields.count == columns.count else {
                fieldCountError(fields, span: span, columns: columns)
                return false
            }
            var date = ObservationDate(Day(ordinal: 0))
            var value: Double?, low: Double?, high: Double?, qualifier: Qualifier?, reported: Day?
            var source: Int32?, url: Int32?, note: Int32?
            var valueField: CSVField?
            var lowField: CSVField?
            var ok = true
            for (column, f) in zip(columns, fields) {
                do throws(FieldError) {
                    switch column {
                    case .date:
                        date = try months.date(reader.raw(f))
                    case .value:
                        valueField = f
                        value = try number(f)
                    case .low:
                        lowField = f
                        low = try number(f)
                    case .high:
                        high = try number(f)
                    case .qualifier:
                        qualifier = try Qualifier.parse(reader.raw(f)) { reader.string(f) }
                    case .source:
                        source = try sourceCache.number(f, reader, in: &observations)
                    case .url:
                        url = try urlCache.number(f, reader, in: &observations)
                    case .reported:
                        reported = f.start == f.end ? nil : try DateParser.day(reader.raw(f))
                    case .note:
                        note = try noteCache.number(f, reader, in: &observations)
                    }
                } catch {
                    self.error(f, error.message, offset: error.offset)
                    ok = false
                }
            }
            guard ok else { return false }
            if let (column, message) = Observation.numberProblem(value: value, low: low, high: high) {
                let at = (column == .low ? lowField : valueField) ?? fields[0]
                self.error(at, message)
                return false
            }
            observations.appendRow(
                date: date, value: value, low: low, high: high, qualifier: qualifier, source: source, url: url,
                reported: reported, note: note)
            return true
        }

        func number(_ f: CSVField) throws(FieldError) -> Double? {
            f.start == f.end ? nil : try NumberText.parse(reader.raw(f))
        }

        mutating func fieldCountError(_ fields: [CSVField], span: CSVRecordSpan, columns: [ObservationColumn]) {
            let expected =
                "expected \(columns.count) field\(columns.count == 1 ? "" : "s") (\(columns.map(\.rawValue).joined(separator: ","))), found \(fields.count)"
            if fields.count > columns.count {
                if let v = columns.firstIndex(of: .value), case let next = reader.string(fields[v + 1]),
                    next.count == 3, next.allSatisfy(\.isNumber)
                {
                    let value = reader.string(fields[v])
                    error(
                        fields[v],
                        expected
                            + "; a number with a thousands separator ('\(value),\(next)') splits the row: write \(value)\(next)")
                } else {
                    error(fields[columns.count], expected)
                }
            } else {
                let column = reader.column(of: span.end, lineStart: fields.last?.lineStart ?? span.start)
                diagnostics.append(Diagnostic(file: path, line: fields.last?.line ?? span.line, column: column, expected))
            }
        }
    }

    /// Remembers the last few strings read from a column and their numbers in the observations' table,
    /// so a value repeated row after row, or sources that take turns (rows sorted by date, then source),
    /// are checked against `TextRules` and looked up once.
    struct StringCache {
        /// Which of the observations' tables the column's strings go into.
        enum Table { case sources, urls, notes }
        let table: Table
        /// The string of the row before, looked at first: most columns repeat it row after row. A
        /// field's raw bytes and whether its quotes are doubled (``CSVField/hasEscapedQuotes``) make its
        /// text: `"a""b"` and an unquoted `a""b` have the same bytes and other texts.
        var lastBytes: [UInt8] = []
        var lastEscaped = false
        var last: Int32?
        /// Whether ``lastBytes`` holds no comma, quote or line break, so that the same bytes in a line
        /// are the whole field when a comma or line ending follows them.
        var lastIsPlain = false
        /// The strings remembered, each as its bytes, whether its quotes are doubled, and its number; at
        /// most ``size``.
        var recent: [(bytes: [UInt8], escaped: Bool, number: Int32)] = []
        /// Where the next string not remembered goes, once ``recent`` is full.
        var next = 0
        static let size = 8

        init(_ table: Table) { self.table = table }

        mutating func number(
            _ f: CSVField, _ reader: CSVReader, in observations: inout Observations
        ) throws(FieldError) -> Int32? {
            if f.start == f.end { return nil }
            let raw = reader.raw(f)
            if let last, raw.count == lastBytes.count, f.hasEscapedQuotes == lastEscaped,
                lastBytes.withUnsafeBufferPointer({ memcmp($0.baseAddress!, raw.baseAddress!, raw.count) == 0 })
            {
                return last
            }
            return try lookUp(f, raw, reader, in: &observations)
        }

        /// The length of the row before's string when the `n` bytes at `base` hold it at `start` and it is
        /// plain (``lastIsPlain``); 0 otherwise. The plain-row path then checks only what follows it.
        @inline(__always)
        func repeatedLength(_ base: UnsafePointer<UInt8>, _ n: Int, at start: Int) -> Int {
            let length = lastBytes.count
            guard lastIsPlain, length > 0, start + length <= n,
                lastBytes.withUnsafeBufferPointer({ memcmp($0.baseAddress!, base + start, length) == 0 })
            else { return 0 }
            return length
        }

        /// Makes `bytes` (with its quotes doubled when `escaped`), numbered `number`, the row before's
        /// string.
        private mutating func remember(_ bytes: [UInt8], escaped: Bool, _ number: Int32) {
            (lastBytes, lastEscaped, last) = (bytes, escaped, number)
            lastIsPlain = !bytes.contains {
                $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r")
            }
        }

        /// A string other than the row before's: one of the few remembered, or new to the table. Kept out
        /// of line, so that the common case above stays small.
        @inline(never)
        mutating func lookUp(
            _ f: CSVField, _ raw: UnsafeBufferPointer<UInt8>, _ reader: CSVReader, in observations: inout Observations
        ) throws(FieldError) -> Int32 {
            for i in recent.indices where recent[i].bytes.count == raw.count && recent[i].escaped == f.hasEscapedQuotes {
                if recent[i].bytes.withUnsafeBufferPointer({ memcmp($0.baseAddress!, raw.baseAddress!, raw.count) == 0 }) {
                    remember(recent[i].bytes, escaped: recent[i].escaped, recent[i].number)
                    return recent[i].number
                }
            }
            if let problem = TextRules.problem(raw) { throw problem }
            let s = reader.string(f)
            let n: Int32
            switch table {
            case .sources: n = observations.internSource(s)
            case .urls: n = observations.internURL(s)
            case .notes: n = observations.internNote(s)
            }
            remember(Array(raw), escaped: f.hasEscapedQuotes, n)
            if recent.count < Self.size {
                recent.append((lastBytes, f.hasEscapedQuotes, n))
            } else {
                recent[next] = (lastBytes, f.hasEscapedQuotes, n)
                next = (next + 1) % Self.size
            }
            return n
        }
    }
}

/// The number of line feeds in `buffer`, counted with `memchr`.
func lineCount(_ buffer: UnsafeBufferPointer<UInt8>) -> Int {
    guard let base = buffer.baseAddress else { return 0 }
    var count = 0
    var p = UnsafeRawPointer(base)
    let end = UnsafeRawPointer(base + buffer.count)
    while p < end, let hit = memchr(p, Int32(UInt8(ascii: "\n")), end - p) {
        count += 1
        p = UnsafeRawPointer(hit) + 1
    }
    return count
}

/// The candidate nearest to `word` by edit distance, when it is close enough to be a likely typo;
/// used for "did you mean" in messages.
public func closestMatch(_ word: String, in candidates: [String]) -> String? {
    let w = Array(word.lowercased())
    var best: (String, Int)?
    for c in candidates {
        let t = Array(c)
        var row = Array(0...t.count)
        for i in 1...max(w.count, 1) where !w.isEmpty {
            var prev = row[0]
            row[0] = i
            for j in 1...max(t.count, 1) where !t.isEmpty {
                let cur = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, prev + (w[i - 1] == t[j - 1] ? 0 : 1))
                prev = cur
            }
        }
        let d = row[t.count]
        if d <= max(2, t.count / 3), d < t.count, d < (best?.1 ?? .max) { best = (c, d) }
    }
    return best?.0
}
