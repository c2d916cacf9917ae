/// A series CSV file as read: its observations plus enough of its text to edit it with the smallest
/// possible diff.
///
/// Editing keeps every untouched row byte for byte (its quoting, number spelling and order of columns)
/// and the file's BOM and line endings, so adding an estimate shows in `git diff` as one added line.
public struct SeriesFile: Sendable {
    /// The header's columns, in file order.
    public internal(set) var columns: [ObservationColumn]
    /// The observations, in file order.
    public internal(set) var observations: Observations
    /// The line each observation starts on.
    public internal(set) var lines: [Int]

    /// The text of each row without its line ending, as read or as written by an edit.
    var rowText: [RowText]
    var hasBOM: Bool
    var lineEnding: String
    /// The header line's text as read, or nil when it must be written from ``columns``.
    var headerText: [UInt8]?

    /// Where a row's text is.
    enum RowText: Sendable, Equatable {
        /// A byte range of the original file.
        case original(Range<Int>)
        /// Text written by an edit.
        case new(String)
    }
    /// The bytes the file was read from.
    var original: [UInt8]

    /// A new, empty file with the canonical columns needed for `observations`.
    init(columnsFor observations: [Observation]) {
        columns = SeriesFile.columnsNeeded(by: observations, existing: [.date, .value])
        self.observations = []
        lines = []
        rowText = []
        hasBOM = false
        lineEnding = "\n"
        headerText = nil
        original = []
    }

    init(
        columns: [ObservationColumn], observations: Observations, lines: [Int], rowText: [RowText],
        hasBOM: Bool, lineEnding: String, headerText: [UInt8]?, original: [UInt8]
    ) {
        self.columns = columns
        self.observations = observations
        self.lines = lines
        self.rowText = rowText
        self.hasBOM = hasBOM
        self.lineEnding = lineEnding
        self.headerText = headerText
        self.original = original
    }

    /// `existing` followed by the canonical columns that `observations` need and it lacks.
    static func columnsNeeded(by observations: [Observation], existing: [ObservationColumn]) -> [ObservationColumn] {
        var used = Set(existing)
        for o in observations {
            if o.value != nil { used.insert(.value) }
            if o.low != nil { used.insert(.low) }
            if o.high != nil { used.insert(.high) }
            if o.qualifier != nil { used.insert(.qualifier) }
            if o.source != nil { used.insert(.source) }
            if o.url != nil { used.insert(.url) }
            if o.reported != nil { used.insert(.reported) }
            if o.note != nil { used.insert(.note) }
        }
        return existing + ObservationColumn.allCases.filter { used.contains($0) && !existing.contains($0) }
    }

    /// The file's bytes.
    ///
    /// - Complexity: O(size of the file).
    public func encoded() -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(original.count + 256)
        if hasBOM { out += [0xEF, 0xBB, 0xBF] }
        let ending = Array(lineEnding.utf8)
        if let headerText { out += headerText } else { out += CSVWriter.record(columns.map(\.rawValue)).utf8 }
        out += ending
        for row in rowText {
            switch row {
            case .original(let range): out += original[range]
            case .new(let text): out += text.utf8
            }
            out += ending
        }
        return out
    }

    /// The text of one observation in this file's columns.
    func text(of o: Observation) -> String {
        CSVWriter.record(columns.map { SeriesFile.field($0, of: o) })
    }

    /// The text of `column` for `o`, as the store writes it.
    public static func field(_ column: ObservationColumn, of o: Observation) -> String {
        switch column {
        case .date: o.date.description
        case .value: o.value.map(NumberText.format) ?? ""
        case .low: o.low.map(NumberText.format) ?? ""
        case .high: o.high.map(NumberText.format) ?? ""
        case .qualifier: o.qualifier?.rawValue ?? ""
        case .source: o.source ?? ""
        case .url: o.url ?? ""
        case .reported: o.reported?.description ?? ""
        case .note: o.note ?? ""
        }
    }
}
