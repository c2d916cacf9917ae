public import ReckonAnalysis
import ReckonModel

/// The output of `reckon query`: one series' points, or, by source, each source's points side by side.
public struct PointsListing: Sendable {
    /// The points, in groups; a group has a source name when the listing is by source.
    public var groups: [(source: String?, points: Points)]

    /// A listing of one series' points.
    public init(_ points: Points) { groups = [(nil, points)] }

    /// A listing by source: each source's points with a `source` column, rows in date order.
    public init(bySource: [(source: String, points: Points)]) {
        groups = bySource.map { (BySource.label($0.source), $0.points) }
    }

    /// Calls `body` with every row as (group's source, group's points, index), in date order; groups
    /// on the same date keep their order. One group is walked in place, with no list of rows.
    func forEachRow(_ body: (String?, Points, Int) -> Void) {
        if groups.count == 1 {
            let (source, points) = groups[0]
            for i in 0..<points.count { body(source, points, i) }
            return
        }
        var rows: [(x: Double, group: Int, index: Int)] = []
        for (g, group) in groups.enumerated() {
            let xs = group.points.positions()
            rows += xs.indices.map { (xs[$0], g, $0) }
        }
        rows.sort { ($0.x, $0.group, $0.index) < ($1.x, $1.group, $1.index) }
        for row in rows { body(groups[row.group].source, groups[row.group].points, row.index) }
    }

    /// The points in `format`: CSV is `date,value` with `low,high` when any point has bounds, numbers
    /// at full precision; JSON adds each point's first and last day, qualifier, sources and whether it
    /// was observed; the table is for people. A point that gave only a range has no value: CSV leaves
    /// the field empty, JSON leaves `value` out, and the table prints the range ("10,000–12,000"). A
    /// period the data covers in part is `"complete": false` in JSON and "incomplete" in the table.
    /// By source, CSV and the table gain a `source` column and JSON a `source` field.
    ///
    /// - Complexity: O(n) for one group; O(n log n) by source.
    public func rendered(_ format: OutputFormat) -> String {
        var out = ByteWriter()
        write(format, into: &out)
        return out.text
    }

    /// Writes the points in `format` (see ``rendered(_:)``) into `out`. With `onTwoThreads`, the CSV of
    /// one series of 100,000 rows or more is written in two halves at once, where more than one
    /// processor is active: the same bytes, sooner. Off by default, for programs that keep every
    /// processor busy already; the command line turns it on.
    public func write(_ format: OutputFormat, into out: inout ByteWriter, onTwoThreads: Bool = false) {
        let total = groups.reduce(0) { $0 + $1.points.count }
        // Room for every row at once, so that a million rows are never copied to a larger buffer: a
        // CSV row of a day and a number at full precision (`2025-03-27,12.571428571428571`) fits in 40
        // bytes. Room reserved and not written costs no memory.
        switch format {
        case .csv: out.reserve(total * 40)
        case .json: out.reserve(total * 160)
        case .table: break
        }
        switch format {
        case .csv: writeCSV(into: &out, onTwoThreads: onTwoThreads)
        case .json: writeJSON(into: &out)
        case .table: table().write(into: &out)
        }
    }

    private func writeCSV(into out: inout ByteWriter, onTwoThreads: Bool) {
        let bySource = groups.first?.source != nil
        let hasBounds = groups.contains { $0.points.hasBounds }
        out.append((bySource ? "date,source," : "date,") + (hasBounds ? "value,low,high\n" : "value\n"))
        if groups.count == 1, groups[0].source == nil, onTwoThreads, groups[0].points.count >= TwoThreads.indicesForTwoThreads,
            TwoThreads.available
        {
            // Each half of the rows written at once into its own buffer, the second appended to the first:
            // every row's text depends on the row alone, so the bytes are one thread's.
            let p = groups[0].points, middle = p.count / 2
            var rest = ByteWriter(capacity: (p.count - middle) * 40)
            _ = TwoThreads.both(
                { Self.csvRows(p, 0..<middle, hasBounds: hasBounds, into: &out) },
                { Self.csvRows(p, middle..<p.count, hasBounds: hasBounds, into: &rest) })
            out.append(bytes: rest.bytes)
            return
        }
        if groups.count == 1, groups[0].source == nil {
            return Self.csvRows(groups[0].points, 0..<groups[0].points.count, hasBounds: hasBounds, into: &out)
        }
        forEachRow { source, p, i in Self.csvRow(p, i, source: source, hasBounds: hasBounds, into: &out) }
    }

    /// Rows `rows` of `p` as CSV, without sources: a thousand or so put together in one buffer and
    /// appended in one copy (see ``ByteWriter/appendBuffered(capacity:_:)``).
    private static func csvRows(_ p: Points, _ rows: Range<Int>, hasBounds: Bool, into out: inout ByteWriter) {
        var i = rows.lowerBound
        while i < rows.upperBound {
            out.appendBuffered(capacity: LineBuffer.blockCapacity) { block in
                while i < rows.upperBound, block.hasRoomForALine {
                    block.put(date: p.dates[i])
                    block.put(byte: UInt8(ascii: ","))
                    csvNumbers(p, i, hasBounds: hasBounds, into: &block)
                    i += 1
                }
            }
        }
    }

    /// Row `i` of `p` as CSV, with its source when the listing is by source: put together on the stack
    /// and appended in one copy (the source, of any length, on its own).
    private static func csvRow(_ p: Points, _ i: Int, source: String?, hasBounds: Bool, into out: inout ByteWriter) {
        if let source {
            out.appendBuffered { line in
                line.put(date: p.dates[i])
                line.put(byte: UInt8(ascii: ","))
            }
            out.append(csvField: source)
            out.append(byte: UInt8(ascii: ","))
        }
        out.appendBuffered { line in
            if source == nil {
                line.put(date: p.dates[i])
                line.put(byte: UInt8(ascii: ","))
            }
            csvNumbers(p, i, hasBounds: hasBounds, into: &line)
        }
    }

    /// Row `i`'s value, and its bounds when the listing has them, and the line's end.
    @inline(__always)
    private static func csvNumbers(_ p: Points, _ i: Int, hasBounds: Bool, into line: inout LineBuffer) {
        if let value = p.value(i) { line.put(number: value) }
        if hasBounds {
            line.put(byte: UInt8(ascii: ","))
            if let low = p.low(i) { line.put(number: low) }
            line.put(byte: UInt8(ascii: ","))
            if let high = p.high(i) { line.put(number: high) }
        }
        line.put(byte: UInt8(ascii: "\n"))
    }

    /// One object a line, as `JSONText.encode(_:lines:)` writes an array.
    private func writeJSON(into out: inout ByteWriter) {
        var first = true
        out.append(byte: UInt8(ascii: "["))
        forEachRow { source, p, i in
            out.append(first ? "\n  " : ",\n  ")
            first = false
            out.append("{\"date\":\"")
            out.append(date: p.dates[i])
            out.append("\",\"first\":\"")
            out.append(day: p.dates[i].first)
            out.append("\",\"last\":\"")
            out.append(day: p.dates[i].last)
            out.append(byte: UInt8(ascii: "\""))
            if let source {
                out.append(",\"source\":")
                out.append(jsonString: source)
            }
            func number(_ key: String, _ value: Double?) {
                guard let value else { return }
                out.append(key)
                if value.isFinite { out.append(number: value) } else { out.append("null") }
            }
            number(",\"value\":", p.value(i))
            number(",\"low\":", p.low(i))
            number(",\"high\":", p.high(i))
            if !p.qualifiers.isEmpty, let q = p.qualifiers[i] {
                out.append(",\"qualifier\":")
                out.append(jsonString: q.rawValue)
            }
            out.append(",\"sources\":[")
            for (k, source) in p.sources(i).enumerated() {
                if k > 0 { out.append(byte: UInt8(ascii: ",")) }
                out.append(jsonString: source)
            }
            out.append(p.isObserved(i) ? "],\"observed\":true" : "],\"observed\":false")
            if !p.isComplete(i) { out.append(",\"complete\":false") }
            out.append(byte: UInt8(ascii: "}"))
        }
        out.append(first ? "]\n" : "\n]\n")
    }

    /// Whether any count covers a span of several days that is not a calendar period (a difference
    /// across missing days, a source's total over two months).
    static func hasSpans(_ p: Points) -> Bool {
        p.kind == .count && p.dates.contains(where: \.isMultiDaySpan)
    }

    /// The period column: "incomplete" for a period the data covers in part, the number of days for a
    /// count over a span of several days.
    static func periodNote(_ p: Points, _ i: Int) -> String {
        if !p.isComplete(i) { return "incomplete" }
        let d = p.dates[i]
        return p.kind == .count && d.isMultiDaySpan ? "total of \(d.dayCount) days" : ""
    }

    private func table() -> TextTable {
        let bySource = groups.first?.source != nil
        let hasBounds = groups.contains { $0.points.hasBounds }
        let interpolated = groups.contains { !$0.points.observed.isEmpty }
        let qualified = groups.contains { !$0.points.qualifiers.isEmpty }
        // A sum over part of a period is not that period's sum: the table says so, as JSON does.
        let partial = groups.contains { !$0.points.complete.isEmpty || Self.hasSpans($0.points) }
        var header = bySource ? ["date", "source", "value"] : ["date", "value"]
        let valueColumn = header.count - 1
        if hasBounds { header += ["low", "high"] }
        if qualified { header.append("qualifier") }
        if interpolated { header.append("how") }
        if partial { header.append("period") }
        var table = TextTable(header, rightAligned: hasBounds ? [valueColumn, valueColumn + 1, valueColumn + 2] : [valueColumn])
        forEachRow { source, p, i in
            table.cell { $0.append(date: p.dates[i]) }
            if let source { table.cell(source) }
            table.cell(p.value(i).map { NumberText.grouped($0) } ?? RangeText.describe(low: p.low(i), high: p.high(i)))
            if hasBounds {
                table.cell(p.low(i).map { NumberText.grouped($0) } ?? "")
                table.cell(p.high(i).map { NumberText.grouped($0) } ?? "")
            }
            if qualified { table.cell(p.qualifiers.isEmpty ? "" : p.qualifiers[i]?.rawValue ?? "") }
            // A count that is not observed was spread from a total over a longer span.
            if interpolated { table.cell(p.isObserved(i) ? "observed" : p.kind == .count ? "spread" : "interpolated") }
            if partial { table.cell(Self.periodNote(p, i)) }
            table.endRow()
        }
        return table
    }
}
