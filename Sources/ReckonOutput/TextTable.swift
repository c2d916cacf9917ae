public import ReckonModel

/// Columns of text aligned for a terminal: left-aligned text, right-aligned numbers, two spaces apart.
///
/// ```swift
/// var table = TextTable(["id", "observations"], rightAligned: [1])
/// table.append(["nk-troops", "2"])
/// table.rendered()  // "id         observations\nnk-troops             2\n"
/// ```
package struct TextTable: Sendable {
    /// The column names.
    public var header: [String]
    /// The rows, each with one cell a column.
    public var rows: [[String]] = []
    /// Indexes of the columns aligned to the right.
    public var rightAligned: Set<Int>

    /// A table with these columns; the columns numbered in `rightAligned` align right, as numbers do.
    public init(_ header: [String], rightAligned: Set<Int> = []) {
        self.header = header
        self.rightAligned = rightAligned
    }

    /// Adds a row.
    public mutating func append(_ row: [String]) { rows.append(row) }

    /// The table as lines, without trailing spaces.
    ///
    /// - Complexity: O(cells).
    public func rendered() -> String {
        let all = [header] + rows
        var widths = [Int](repeating: 0, count: header.count)
        for row in all {
            for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], cell.count) }
        }
        var out = ""
        for row in all {
            var line = ""
            for (i, cell) in row.enumerated() where i < widths.count {
                let gap = String(repeating: " ", count: widths[i] - cell.count)
                if i > 0 { line += "  " }
                line += rightAligned.contains(i) ? gap + cell : cell + gap
            }
            while line.hasSuffix(" ") { line.removeLast() }
            out += line + "\n"
        }
        return out
    }
}
