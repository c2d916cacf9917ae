public import ReckonModel

/// The output of `reckon query`.
public struct PointsListing: Sendable {
    public var points: Points

    public init(_ points: Points) { self.points = points }

    /// The points in `format`: CSV is `date,value` with `low,high` when any point has bounds, numbers
    /// at full precision; JSON adds each point's first and last day, qualifier, sources and whether it
    /// was observed; the table is for people.
    ///
    /// - Complexity: O(n).
    public func rendered(_ format: OutputFormat) -> String {
        let p = points
        switch format {
        case .csv:
            var out = p.hasBounds ? "date,value,low,high\n" : "date,value\n"
            out.reserveCapacity(p.count * 24)
            for i in 0..<p.count {
                out += p.dates[i].description + "," + NumberText.format(p.values[i])
                if p.hasBounds {
                    out += "," + (p.low(i).map(NumberText.format) ?? "") + "," + (p.high(i).map(NumberText.format) ?? "")
                }
                out += "\n"
            }
            return out
        case .json:
            let items: [JSONText.Value] = (0..<p.count).map { i in
                var members: [(String, JSONText.Value)] = [
                    ("date", .string(p.dates[i].description)),
                    ("first", .string(p.dates[i].first.description)),
                    ("last", .string(p.dates[i].last.description)),
                    ("value", .number(p.values[i])),
                ]
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
            let interpolated = !p.observed.isEmpty
            let qualified = !p.qualifiers.isEmpty
            var header = ["date", "value"]
            if p.hasBounds { header += ["low", "high"] }
            if qualified { header.append("qualifier") }
            if interpolated { header.append("how") }
            var table = TextTable(header, rightAligned: p.hasBounds ? [1, 2, 3] : [1])
            for i in 0..<p.count {
                var row = [p.dates[i].description, NumberText.grouped(p.values[i])]
                if p.hasBounds {
                    row += [p.low(i).map { NumberText.grouped($0) } ?? "", p.high(i).map { NumberText.grouped($0) } ?? ""]
                }
                if qualified { row.append(p.qualifiers[i]?.rawValue ?? "") }
                if interpolated { row.append(p.isObserved(i) ? "observed" : "interpolated") }
                table.append(row)
            }
            return table.rendered()
        }
    }
}
