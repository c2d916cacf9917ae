import ReckonModel

/// Columns of text aligned for a terminal: left-aligned text, right-aligned numbers, two spaces apart.
///
/// ```swift
/// var table = TextTable(["id", "observations"], rightAligned: [1])
/// table.append(["nk-troops", "2"])
/// table.rendered()  // "id         observations\nnk-troops             2\n"
/// ```
///
/// Cells are kept as bytes in one buffer, not as a `String` each, so a table of a million rows costs a
/// few flat arrays; cells can be written straight into it (``cell(_:)``, ``endRow()``).
package struct TextTable: Sendable {
    /// The column names.
    package var header: [String]
    /// Indexes of the columns aligned to the right.
    package var rightAligned: Set<Int>
    /// The cells' bytes, one after another.
    private var arena = ByteWriter()
    /// Where each cell ends in `arena`, and how wide it shows.
    private var cellEnds: [Int] = []
    private var cellWidths: [Int32] = []
    /// Where each row's cells end in `cellEnds`.
    private var rowEnds: [Int] = []
    /// The widest cell of each column, the header's included.
    private var widths: [Int]

    /// A table with these columns; the columns numbered in `rightAligned` align right, as numbers do.
    package init(_ header: [String], rightAligned: Set<Int> = []) {
        self.header = header
        self.rightAligned = rightAligned
        widths = header.map(\.count)
    }

    /// The number of rows, the header aside.
    package var count: Int { rowEnds.count }

    /// Adds a row.
    package mutating func append(_ row: [String]) {
        for text in row { cell(text) }
        endRow()
    }

    /// Adds a cell to the row being written.
    package mutating func cell(_ text: String) {
        let start = arena.bytes.count
        arena.append(text)
        finishCell(from: start)
    }

    /// Adds a cell to the row being written, its bytes appended by `write`.
    package mutating func cell(_ write: (inout ByteWriter) -> Void) {
        let start = arena.bytes.count
        write(&arena)
        finishCell(from: start)
    }

    /// Ends the row being written.
    package mutating func endRow() { rowEnds.append(cellEnds.count) }

    private mutating func finishCell(from start: Int) {
        let end = arena.bytes.count
        let column = cellEnds.count - (rowEnds.last ?? 0)
        // Characters, not bytes, for text beyond ASCII.
        let ascii = arena.bytes[start..<end].allSatisfy { $0 < 0x80 }
        let width = ascii ? end - start : String(decoding: arena.bytes[start..<end], as: UTF8.self).count
        cellEnds.append(end)
        cellWidths.append(Int32(clamping: width))
        if column < widths.count { widths[column] = max(widths[column], width) }
    }

    /// The table as lines, without trailing spaces.
    ///
    /// - Complexity: O(cells).
    package func rendered() -> String {
        var out = ByteWriter()
        write(into: &out)
        return out.text
    }

    /// Writes the table as lines, without trailing spaces.
    package func write(into out: inout ByteWriter) {
        var headerTable = TextTable(header)
        for name in header { headerTable.cell(name) }
        headerTable.endRow()
        writeRow(0, of: headerTable, into: &out)
        for row in 0..<rowEnds.count { writeRow(row, of: self, into: &out) }
    }

    /// Writes row `row` of `table`, padded to this table's column widths.
    private func writeRow(_ row: Int, of table: TextTable, into out: inout ByteWriter) {
        let lineStart = out.bytes.count
        let first = row == 0 ? 0 : table.rowEnds[row - 1]
        for c in first..<table.rowEnds[row] {
            let column = c - first
            guard column < widths.count else { break }
            let start = c == 0 ? 0 : table.cellEnds[c - 1]
            let gap = widths[column] - Int(table.cellWidths[c])
            if column > 0 { out.append("  ") }
            if rightAligned.contains(column) { out.append(spaces: gap) }
            out.append(bytes: table.arena.bytes[start..<table.cellEnds[c]])
            if !rightAligned.contains(column) { out.append(spaces: gap) }
        }
        out.trimTrailingSpaces(after: lineStart)
        out.append(byte: UInt8(ascii: "\n"))
    }
}
