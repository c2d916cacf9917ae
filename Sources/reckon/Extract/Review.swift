import ReckonExtract
import ReckonModel

/// `reckon extract --review`: asks about each candidate in turn (accept, skip, edit, quit) and returns
/// the accepted ones as rows for `Workspace.addAll`. Reads answers with `ask` and writes prompts with
/// `say`, so a test can drive it.
struct Review {
    var ask: () -> String?
    var say: (String) -> Void

    /// The rows the person accepted, in order, with their line numbers the candidates' positions.
    func run(_ candidates: [Candidate]) -> [Workspace.PendingRow] {
        var rows: [Workspace.PendingRow] = []
        var index = 0
        var asked = 0
        while index < candidates.count, asked < 10_000 {
            asked += 1
            var c = candidates[index]
            say(
                "[\(index + 1)/\(candidates.count)] \(c.date?.description ?? "no date")  \(CandidateListing.figure(c))"
                    + "\(c.qualifier.map { " (\($0.rawValue))" } ?? "")  \(c.unit ?? "")  source: \(c.source ?? "none")"
                    + "  series: \(c.series?.description ?? "none")\n  “\(c.quote)”\n")
            say("accept (a), skip (s), edit (e) or quit (q)? ")
            guard let answer = ask()?.lowercased() else { break }
            switch answer {
            case "a", "accept", "y", "yes":
                if let row = row(c, line: index + 1) {
                    rows.append(row)
                    index += 1
                }
            case "s", "skip", "n", "no": index += 1
            case "q", "quit": return rows
            case "e", "edit":
                c = edit(c)
                if let row = row(c, line: index + 1) {
                    rows.append(row)
                    index += 1
                }
            default: say("answer a, s, e or q\n")
            }
        }
        return rows
    }

    /// The candidate with the fields the person changed; an empty answer keeps a field.
    func edit(_ candidate: Candidate) -> Candidate {
        var c = candidate
        func field(_ name: String, _ shown: String?, _ apply: (String) throws(FieldError) -> Void) {
            for _ in 0..<5 {
                say("\(name) [\(shown ?? "")]: ")
                guard let text = ask(), !text.isEmpty else { return }
                do throws(FieldError) {
                    try apply(text)
                    return
                } catch {
                    say("\(name): \(error.message)\n")
                }
            }
        }
        field("series", c.series?.description) { text throws(FieldError) in
            do { c.series = try SeriesID(text) } catch { throw FieldError("'\(text)' is not a series id") }
        }
        field("value", c.value.map(NumberText.format)) { text throws(FieldError) in
            c.value = try NumberText.parse(text)
            c.low = nil
            c.high = nil
        }
        field("qualifier", c.qualifier?.rawValue) { text throws(FieldError) in
            c.qualifier = text == "-" ? nil : try Qualifier.parseWording(text)
        }
        field("date", c.date?.description) { text throws(FieldError) in c.date = try ObservationDate.parse(text) }
        return c
    }

    /// The row for an accepted candidate, or nil (said why) when it lacks a series or a date.
    func row(_ c: Candidate, line: Int) -> Workspace.PendingRow? {
        guard let series = c.series else {
            say("it needs a series: edit (e) to give one\n")
            return nil
        }
        guard let date = c.date else {
            say("it needs a date: edit (e) to give one\n")
            return nil
        }
        let note = ["“\(c.quote)”", c.note].compactMap { $0 }.joined(separator: " ")
        let observation = Observation(
            date: date, value: c.value, low: c.low, high: c.high, qualifier: c.qualifier, source: c.source, url: c.url,
            reported: c.reported, note: note)
        if let (_, message) = observation.problem() {
            say("\(message): edit (e) to fix it\n")
            return nil
        }
        return Workspace.PendingRow(observation: observation, series: series, line: line)
    }
}
