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

    /// Every row as (group, index), in date order; groups on the same date keep their order.
    var rows: [(group: Int, index: Int)] {
        if groups.count == 1 { return (0..<groups[0].points.count).map { (0, $0) } }
        var rows: [(x: Double, group: Int, index: Int)] = []
        for (g, group) in groups.enumerated() {
            let xs = group.points.positions()
            rows += xs.indices.map { (xs[$0], g, $0) }
        }
        return rows.sorted { ($0.x, $0.group, $0.index) < ($1.x, $1.group, $1.index) }.map { ($0.group, $0.index) }
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
        let bySource = groups.first?.source != nil
        let hasBounds = groups.contains { $0.points.hasBounds }
        switch format {
        case .csv:
            var out = (bySource ? "date,source," : "date,") + (hasBounds ? "value,low,high\n" : "value\n")
            out.reserveCapacity(groups.reduce(0) { $0 + $1.points.count } * 24)
            for (g, i) in rows {
                let (source, p) = groups[g]
                out += p.dates[i].description + ","
                if let source { out += CSVWriter.field(source) + "," }
                out += p.value(i).map(NumberText.format) ?? ""
                if hasBounds {
                    out += "," + (p.low(i).map(NumberText.format) ?? "") + "," + (p.high(i).map(NumberText.format) ?? "")
                }
                out += "\n"
            }
            return out
        case .json:
            let items: [JSONText.Value] = rows.map { g, i in
                let (source, p) = groups[g]
                var members: [(String, JSONText.Value)] = [
                    ("date", .string(p.dates[i].description)),
                    ("first", .string(p.dates[i].first.description)),
                    ("last", .string(p.dates[i].last.description)),
                ]
                if let source { members.append(("source", .string(source))) }
                if let value = p.value(i) { members.append(("value", .number(value))) }
                if let low = p.low(i) { members.append(("low", .number(low))) }
                if let high = p.high(i) { members.append(("high", .number(high))) }
                if !p.qualifiers.isEmpty, let q = p.qualifiers[i] { members.append(("qualifier", .string(q.rawValue))) }
                members.append(("sources", .array(p.sources(i).map(JSONText.Value.string))))
                members.append(("observed", .bool(p.isObserved(i))))
                if !p.isComplete(i) { members.append(("complete", .bool(false))) }
                return .object(members)
            }
            return JSONText.encode(.array(items), lines: true) + "\n"
        case .table:
            let interpolated = groups.contains { !$0.points.observed.isEmpty }
            let qualified = groups.contains { !$0.points.qualifiers.isEmpty }
            // A sum over part of a period is not that period's sum: the table says so, as JSON does.
            let partial = groups.contains { !$0.points.complete.isEmpty }
            var header = bySource ? ["date", "source", "value"] : ["date", "value"]
            let valueColumn = header.count - 1
            if hasBounds { header += ["low", "high"] }
            if qualified { header.append("qualifier") }
            if interpolated { header.append("how") }
            if partial { header.append("period") }
            var table = TextTable(
                header, rightAligned: hasBounds ? [valueColumn, valueColumn + 1, valueColumn + 2] : [valueColumn])
            for (g, i) in rows {
                let (source, p) = groups[g]
                let value = p.value(i).map { NumberText.grouped($0) } ?? RangeText.describe(low: p.low(i), high: p.high(i))
                var row = [p.dates[i].description] + (source.map { [$0] } ?? []) + [value]
                if hasBounds {
                    row += [p.low(i).map { NumberText.grouped($0) } ?? "", p.high(i).map { NumberText.grouped($0) } ?? ""]
                }
                if qualified { row.append(p.qualifiers.isEmpty ? "" : p.qualifiers[i]?.rawValue ?? "") }
                if interpolated { row.append(p.isObserved(i) ? "observed" : "interpolated") }
                if partial { row.append(p.isComplete(i) ? "" : "incomplete") }
                table.append(row)
            }
            return table.rendered()
        }
    }
}
