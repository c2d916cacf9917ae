extension ImportReader {
    /// One record of a CSV or JSON file: its fields as text (numbers as written, null and absent
    /// fields left out) and its line.
    public struct Record: Sendable, Equatable {
        /// The fields by column name or key.
        public var fields: [String: String]
        /// The line the record starts on.
        public var line: Int
    }

    /// Every record of `bytes`, a CSV file with a header row or a JSON array of objects (JSON when the
    /// first non-space byte is `[`), with a diagnostic for each problem.
    public static func records(_ bytes: [UInt8], path: String) -> (records: [Record], diagnostics: [Diagnostic]) {
        let first = bytes.drop { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF }
            .first
        return first == UInt8(ascii: "[") || first == UInt8(ascii: "{")
            ? jsonRecords(bytes, path: path) : csvRecords(bytes, path: path)
    }

    private static func jsonRecords(_ bytes: [UInt8], path: String) -> ([Record], [Diagnostic]) {
        var index = LineIndex(bytes)
        var diagnostics: [Diagnostic] = []
        func report(_ offset: Int, _ message: String) {
            let (line, column) = index.location(offset)
            diagnostics.append(Diagnostic(file: path, line: line, column: column, message))
        }
        let root: JSONValue
        do throws(JSONReader.Failure) {
            root = try JSONReader.parse(bytes)
        } catch {
            report(error.offset, "invalid JSON: \(error.message)")
            return ([], diagnostics)
        }
        guard case .array(let items, _) = root else {
            report(root.offset, "expected an array of objects")
            return ([], diagnostics)
        }
        var records: [Record] = []
        for item in items {
            guard case .object(let members, let at) = item else {
                report(item.offset, "expected an object")
                continue
            }
            var fields: [String: String] = [:]
            for member in members {
                switch member.value {
                case .string(let s, _): fields[member.key] = s
                case .number(let s, _): fields[member.key] = s
                case .bool(let b, _): fields[member.key] = b ? "true" : "false"
                case .null: fields[member.key] = nil
                default: report(member.value.offset, "'\(member.key)' must be a number or text")
                }
            }
            records.append(Record(fields: fields, line: index.location(at).0))
        }
        return (records, diagnostics)
    }

    private static func csvRecords(_ bytes: [UInt8], path: String) -> ([Record], [Diagnostic]) {
        bytes.withUnsafeBufferPointer { buffer in
            var records: [Record] = []
            var diagnostics: [Diagnostic] = []
            var reader = CSVReader(buffer)
            var fields: [CSVField] = []
            do {
                guard try reader.next(into: &fields) != nil else {
                    return ([], [Diagnostic(file: path, line: 1, column: 1, "empty file: expected a header row")])
                }
                let names = fields.map { reader.string($0) }
                while let span = try reader.next(into: &fields) {
                    guard fields.count == names.count else {
                        diagnostics.append(
                            Diagnostic(
                                file: path, line: span.line, column: 1, "expected \(names.count) fields, found \(fields.count)"))
                        continue
                    }
                    var record: [String: String] = [:]
                    for (i, name) in names.enumerated() where record[name] == nil {
                        let s = reader.string(fields[i])
                        if !s.isEmpty { record[name] = s }
                    }
                    records.append(Record(fields: record, line: span.line))
                }
            } catch CSVReader.Failure.unterminatedQuote(let f) {
                diagnostics.append(
                    Diagnostic(file: path, line: f.line, column: reader.column(of: f), "unterminated quoted field"))
            } catch CSVReader.Failure.textAfterQuote(let f, let offset) {
                diagnostics.append(
                    Diagnostic(
                        file: path, line: f.line, column: reader.column(of: offset, lineStart: f.lineStart),
                        "unexpected text after a closing quote"))
            } catch {}
            return (records, diagnostics)
        }
    }
}
