import ReckonExtract
import ReckonModel
import ReckonOutput

/// Candidates as a table for people, or as CSV or JSON that `reckon add --from` reads back.
struct CandidateListing {
    let candidates: [Candidate]

    /// The columns of CSV and the keys of JSON, in order.
    static let columns = [
        "date", "value", "low", "high", "qualifier", "unit", "measure", "kind", "source", "url", "quote", "series",
        "confidence", "note", "reported",
    ]

    func rendered(_ format: OutputFormat) -> ByteWriter {
        var out = ByteWriter()
        switch format {
        case .table:
            var table = TextTable(
                ["date", "figure", "qualifier", "unit", "source", "series", "conf", "quote"], rightAligned: [1, 6])
            for c in candidates {
                table.append([
                    c.date?.description ?? "?", Self.figure(c), c.qualifier?.rawValue ?? "", c.unit ?? "", c.source ?? "",
                    c.series?.description ?? "", NumberText.format(c.confidence), Self.short(c.quote),
                ])
            }
            out.append(table.rendered())
        case .csv:
            out.append(CSVWriter.record(Self.columns) + "\n")
            for c in candidates {
                out.append(CSVWriter.record(Self.fields(c).map { $0.map(CSVWriter.neutralised) ?? "" }) + "\n")
            }
        case .json:
            let rows = candidates.map { c -> JSONText.Value in
                let numbers: Set = ["value", "low", "high", "confidence"]
                return .object(
                    zip(Self.columns, Self.fields(c)).map { key, text in
                        guard let text else { return (key, .null) }
                        if numbers.contains(key), let d = Double(text) { return (key, .number(d)) }
                        return (key, .string(text))
                    })
            }
            JSONText.write(.array(rows), into: &out, lines: true)
            out.append("\n")
        }
        return out
    }

    /// The fields of a candidate in the order of ``columns``.
    static func fields(_ c: Candidate) -> [String?] {
        [
            c.date?.description, c.value.map(NumberText.format), c.low.map(NumberText.format), c.high.map(NumberText.format),
            c.qualifier?.rawValue, c.unit, c.measure, c.kind.rawValue, c.source, c.url, c.quote, c.series?.description,
            NumberText.format(c.confidence), c.note, c.reported?.description,
        ]
    }

    /// `11,000`, `11,000–12,000`.
    static func figure(_ c: Candidate) -> String {
        if let v = c.value { return NumberText.grouped(v) }
        return "\(c.low.map { NumberText.grouped($0) } ?? "")–\(c.high.map { NumberText.grouped($0) } ?? "")"
    }

    /// The quote cut to 60 characters for a table.
    static func short(_ quote: String) -> String {
        quote.count <= 60 ? quote : String(quote.prefix(59)) + "…"
    }
}
