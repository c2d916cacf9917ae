/// Reads estimates out of a foreign CSV or JSON file for `reckon import`.
///
/// JSON is an array of objects, one per date, as published by many dashboards
/// (`[{"date": "2022-02-25", "drone": 0, ...}, ...]`). CSV has a header row naming its columns.
/// Only the columns named in ``ImportOptions`` are read; the others are ignored. Rows that have no
/// value and no bound (a key that appears only in later records, an empty cell) are skipped and counted.
public enum ImportReader {
    /// What was read.
    public struct Result: Sendable {
        /// The rows read, in input order.
        public var rows: [ImportedRow] = []
        /// Rows without a value or bound, left out.
        public var skipped = 0
        /// Problems found, with their lines.
        public var diagnostics: [Diagnostic] = []
    }

    /// Reads `bytes` as `options.format` says; without a format, JSON when the first non-space byte is
    /// `[` or `{`, CSV otherwise.
    public static func read(_ bytes: [UInt8], path: String, options: ImportOptions) -> Result {
        switch options.format {
        case .json: return readJSON(bytes, path: path, options: options)
        case .csv: return readCSV(bytes, path: path, options: options)
        case nil: break
        }
        let first = bytes.drop { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF }
            .first
        if first == UInt8(ascii: "[") || first == UInt8(ascii: "{") {
            return readJSON(bytes, path: path, options: options)
        }
        return readCSV(bytes, path: path, options: options)
    }

    /// The text of each wanted field of one record, nil where it is absent or empty.
    struct Fields {
        var date: String?
        var value: String?
        var low: String?
        var high: String?
        var qualifier: String?
    }

    /// Builds the observation for one record, or a message naming the field that is wrong.
    static func observation(_ f: Fields, options: ImportOptions) -> Swift.Result<Observation?, FieldError> {
        do throws(FieldError) {
            guard let dateText = f.date else { throw FieldError("no '\(options.dateColumn)'") }
            let date = try ObservationDate.parse(dateText)
            func number(_ text: String?, _ name: String?) throws(FieldError) -> Double? {
                guard let text, let name else { return nil }
                do throws(FieldError) { return try NumberText.parse(text) } catch {
                    throw FieldError("'\(name)': " + error.message)
                }
            }
            let value = try number(f.value, options.valueColumn)
            let low = try number(f.low, options.lowColumn)
            let high = try number(f.high, options.highColumn)
            if value == nil, low == nil, high == nil { return .success(nil) }
            let o = Observation(
                date: date, value: value, low: low, high: high,
                qualifier: try f.qualifier.flatMap { q throws(FieldError) in try Qualifier.parseWording(q) },
                source: options.source)
            if let (_, message) = o.problem() { throw FieldError(message) }
            return .success(o)
        } catch {
            return .failure(error)
        }
    }

    static func readJSON(_ bytes: [UInt8], path: String, options: ImportOptions) -> Result {
        var result = Result()
        var index = LineIndex(bytes)
        func report(_ offset: Int, _ message: String) {
            let (line, column) = index.location(offset)
            result.diagnostics.append(Diagnostic(file: path, line: line, column: column, message))
        }
        let root: JSONValue
        do throws(JSONReader.Failure) {
            root = try JSONReader.parse(bytes)
        } catch {
            report(error.offset, "invalid JSON: \(error.message)")
            return result
        }
        guard case .array(let items, _) = root else {
            report(root.offset, "expected an array of objects, one per date")
            return result
        }
        for item in items {
            guard case .object(let members, let at) = item else {
                report(item.offset, "expected an object with '\(options.dateColumn)' and '\(options.valueColumn)'")
                continue
            }
            var fields = Fields()
            var bad = false
            func text(_ key: String?) -> String? {
                guard let key, let member = members.last(where: { $0.key == key }) else { return nil }
                switch member.value {
                case .string(let s, _): return s.isEmpty ? nil : s
                case .number(let s, _): return s
                case .null: return nil
                default:
                    report(member.value.offset, "'\(key)' must be a number or text")
                    bad = true
                    return nil
                }
            }
            fields.date = text(options.dateColumn)
            fields.value = text(options.valueColumn)
            fields.low = text(options.lowColumn)
            fields.high = text(options.highColumn)
            fields.qualifier = text(options.qualifierColumn)
            if bad { continue }
            let offset = members.first { $0.key == options.valueColumn }?.value.offset ?? at
            switch observation(fields, options: options) {
            case .success(let o?):
                let (line, column) = index.location(at)
                result.rows.append(ImportedRow(observation: o, line: line, column: column))
            case .success(nil): result.skipped += 1
            case .failure(let e):
                report(e.message.hasPrefix("'\(options.dateColumn)") || fields.date == nil ? at : offset, e.message)
            }
        }
        return result
    }

    static func readCSV(_ bytes: [UInt8], path: String, options: ImportOptions) -> Result {
        bytes.withUnsafeBufferPointer { buffer in
            var result = Result()
            var reader = CSVReader(buffer)
            var fields: [CSVField] = []
            do {
                guard try reader.next(into: &fields) != nil else {
                    result.diagnostics.append(Diagnostic(file: path, line: 1, column: 1, "empty file: expected a header row"))
                    return result
                }
                let names = fields.map { reader.string($0) }
                var columns: [String: Int] = [:]
                for (i, name) in names.enumerated() where columns[name] == nil { columns[name] = i }
                let wanted = [
                    options.dateColumn, options.valueColumn, options.lowColumn, options.highColumn, options.qualifierColumn,
                ]
                for case let name? in wanted where columns[name] == nil {
                    var message = "no column '\(name)'"
                    if let guess = closestMatch(name, in: names) { message += "; did you mean '\(guess)'?" }
                    result.diagnostics.append(
                        Diagnostic(file: path, line: 1, column: 1, message + " (columns: \(names.joined(separator: ", ")))"))
                }
                guard result.diagnostics.isEmpty else { return result }
                while let span = try reader.next(into: &fields) {
                    guard fields.count == names.count else {
                        result.diagnostics.append(
                            Diagnostic(
                                file: path, line: span.line, column: 1,
                                "expected \(names.count) fields, found \(fields.count)"))
                        continue
                    }
                    func text(_ name: String?) -> String? {
                        guard let name, let i = columns[name] else { return nil }
                        let s = reader.string(fields[i])
                        return s.isEmpty ? nil : s
                    }
                    let f = Fields(
                        date: text(options.dateColumn), value: text(options.valueColumn), low: text(options.lowColumn),
                        high: text(options.highColumn), qualifier: text(options.qualifierColumn))
                    switch observation(f, options: options) {
                    case .success(let o?):
                        result.rows.append(ImportedRow(observation: o, line: span.line, column: 1))
                    case .success(nil): result.skipped += 1
                    case .failure(let e):
                        result.diagnostics.append(
                            Diagnostic(file: path, line: span.line, column: reader.column(of: fields[0]), e.message))
                    }
                }
            } catch CSVReader.Failure.unterminatedQuote(let f) {
                result.diagnostics.append(
                    Diagnostic(file: path, line: f.line, column: reader.column(of: f), "unterminated quoted field"))
            } catch CSVReader.Failure.textAfterQuote(let f, let offset) {
                result.diagnostics.append(
                    Diagnostic(
                        file: path, line: f.line, column: reader.column(of: offset, lineStart: f.lineStart),
                        "unexpected text after a closing quote"))
            } catch {}
            return result
        }
    }
}
