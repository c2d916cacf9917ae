extension SeriesFile {
    /// The order rows are kept in: date (first day, then last day), source, reported day.
    struct SortKey: Comparable, Hashable {
        var first: Day
        var last: Day
        var source: String
        var reported: Day

        init(_ o: Observation, defaultSource: String?) {
            first = o.date.first
            last = o.date.last
            source = o.source ?? defaultSource ?? ""
            reported = o.reportedDay
        }

        static func < (a: SortKey, b: SortKey) -> Bool {
            if a.first != b.first { return a.first < b.first }
            if a.last != b.last { return a.last < b.last }
            if a.source != b.source { return a.source < b.source }
            return a.reported < b.reported
        }
    }

    /// Adds the columns `observations` need, at the end of the header, so existing rows change only by
    /// gaining empty fields.
    mutating func addColumns(for observations: [Observation]) {
        let needed = SeriesFile.columnsNeeded(by: observations, existing: columns)
        guard needed.count > columns.count else { return }
        let extra = String(repeating: ",", count: needed.count - columns.count)
        columns = needed
        headerText = nil
        for i in rowText.indices {
            switch rowText[i] {
            case .original(let range):
                rowText[i] = .new(String(decoding: original[range], as: UTF8.self) + extra)
            case .new(let text):
                rowText[i] = .new(text + extra)
            }
        }
    }

    /// Merges `new` into the rows in date-then-source order. A new row goes after existing rows with the
    /// same key, so the file's own order among equals is kept.
    ///
    /// - Complexity: O((n + m) log m) for n existing and m new rows.
    mutating func insert(_ new: [Observation], defaultSource: String?) {
        guard !new.isEmpty else { return }
        addColumns(for: new)
        let incoming = new.enumerated()
            .map { (key: SortKey($0.element, defaultSource: defaultSource), index: $0.offset) }
            .sorted { $0.key != $1.key ? $0.key < $1.key : $0.index < $1.index }
        var observations = Observations()
        var lines: [Int] = []
        var rows: [RowText] = []
        let total = self.observations.count + new.count
        observations.reserveCapacity(total)
        lines.reserveCapacity(total)
        rows.reserveCapacity(total)
        var j = 0
        for i in self.observations.indices {
            let key = SortKey(self.observations[i], defaultSource: defaultSource)
            while j < incoming.count, incoming[j].key < key {
                let o = new[incoming[j].index]
                observations.append(o)
                lines.append(0)
                rows.append(.new(text(of: o)))
                j += 1
            }
            observations.append(self.observations[i])
            lines.append(self.lines[i])
            rows.append(rowText[i])
        }
        for item in incoming[j...] {
            let o = new[item.index]
            observations.append(o)
            lines.append(0)
            rows.append(.new(text(of: o)))
        }
        self.observations = observations
        self.lines = lines
        rowText = rows
    }

    /// Replaces the row at `index` in place.
    mutating func replace(at index: Int, with o: Observation) {
        addColumns(for: [o])
        observations[index] = o
        rowText[index] = .new(text(of: o))
        lines[index] = 0
    }

    /// Drops every row and writes `new` in sorted order, keeping the header's columns that are still used.
    mutating func replaceAll(with new: [Observation], defaultSource: String?) {
        let kept = columns.filter { c in c == .date || new.contains { !SeriesFile.field(c, of: $0).isEmpty } }
        columns = SeriesFile.columnsNeeded(by: new, existing: kept)
        headerText = nil
        observations = []
        lines = []
        rowText = []
        insert(new, defaultSource: defaultSource)
    }
}
