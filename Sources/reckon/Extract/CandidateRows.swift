import ReckonModel

/// Rows of a candidates file (CSV or JSON as `reckon extract` writes them, edited or not) as
/// estimates for `reckon add --from`: the quote goes into the note, the citation into the url.
enum CandidateRows {
    static func read(_ path: String) throws(ReckonError) -> [Workspace.PendingRow] {
        let bytes = try FileIO.read(path, shown: path)
        let (records, diagnostics) = ImportReader.records(bytes, path: path)
        var problems = diagnostics
        var rows: [Workspace.PendingRow] = []
        for record in records {
            switch row(record, path: path) {
            case .success(let r): rows.append(r)
            case .failure(let p): problems.append(p.diagnostic)
            }
        }
        guard problems.isEmpty else { throw ReckonError(.badData, problems) }
        guard !rows.isEmpty else { throw ReckonError(.badData, file: path, "no rows to add") }
        return rows
    }

    /// A field as written, without the `'` that guards a spreadsheet formula.
    static func text(_ record: ImportReader.Record, _ key: String) -> String? {
        guard var s = record.fields[key]?.trimmingPrefix(while: \.isWhitespace), !s.isEmpty else { return nil }
        if s.hasPrefix("'"), let next = s.dropFirst().first, "=+-@".contains(next) { s = s.dropFirst() }
        return String(s)
    }

    static func row(_ record: ImportReader.Record, path: String) -> Result<Workspace.PendingRow, RowProblem> {
        func fail(_ message: String) -> Result<Workspace.PendingRow, RowProblem> {
            .failure(RowProblem(diagnostic: Diagnostic(file: path, line: record.line, message)))
        }
        do throws(FieldError) {
            guard let seriesText = text(record, "series") else { return fail("no 'series': give the series each row belongs to") }
            guard let id = try? SeriesID(seriesText) else { return fail("'series': '\(seriesText)' is not a series id") }
            guard let dateText = text(record, "date") else {
                return fail("no 'date': the text did not tell the day; give it before adding")
            }
            let date = try ObservationDate.parse(dateText)
            func number(_ key: String) throws(FieldError) -> Double? {
                guard let t = text(record, key) else { return nil }
                do throws(FieldError) { return try NumberText.parse(t) } catch { throw FieldError("'\(key)': \(error.message)") }
            }
            var notes: [String] = []
            if let quote = text(record, "quote") { notes.append("“\(quote)”") }
            if let note = text(record, "note") { notes.append(note) }
            let observation = Observation(
                date: date, value: try number("value"), low: try number("low"), high: try number("high"),
                qualifier: try text(record, "qualifier").flatMap { q throws(FieldError) in try Qualifier.parseWording(q) },
                source: text(record, "source"), url: text(record, "url"),
                reported: try text(record, "reported").map { r throws(FieldError) in try ObservationDate.parseDay(r) },
                note: notes.isEmpty ? nil : notes.joined(separator: " "))
            return .success(Workspace.PendingRow(observation: observation, series: id, line: record.line))
        } catch {
            return fail(error.message)
        }
    }
}

/// A row that cannot be added, and why.
struct RowProblem: Error {
    var diagnostic: Diagnostic
}
