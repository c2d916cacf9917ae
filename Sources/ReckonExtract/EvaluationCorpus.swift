public import ReckonModel

extension Evaluation {
    /// Reads a corpus file: passages, each a `=== name` line, optional `published:`, `language:` and
    /// `title:` lines, the text after `text:`, and its rows after `expect:`, one a line:
    ///
    /// ```
    /// === en-troops
    /// published: 2025-03-27
    /// text:
    /// North Korea sent about 3,000 troops on Thursday, the JCS said.
    /// expect:
    /// 3000 | troops | about | 2025-03-27 | JCS
    /// ```
    ///
    /// A row gives the value or `low-high`, the unit, qualifier, date and source, `-` for none.
    /// Lines starting with `#` outside a text are comments.
    ///
    /// - Throws: `.badData` naming the line of the first malformed row.
    public static func passages(_ text: String, path: String) throws(ReckonError) -> [Passage] {
        var passages: [Passage] = []
        var current: Passage?
        var mode = ""
        var body: [Substring] = []
        func finish() {
            guard var p = current else { return }
            p.document.text = body.joined(separator: "\n")
            passages.append(p)
            current = nil
            body = []
        }
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.hasPrefix("=== ") {
                finish()
                current = Passage(name: String(line.dropFirst(4)), document: Document(text: ""), expected: [])
                mode = "head"
                continue
            }
            guard current != nil else { continue }
            if mode == "head" {
                if line.hasPrefix("published: ") {
                    current?.document.published = try? ObservationDate.parseDay(String(line.dropFirst(11)))
                } else if line.hasPrefix("language: ") {
                    current?.document.language = Language(rawValue: String(line.dropFirst(10)))
                } else if line.hasPrefix("title: ") {
                    current?.document.title = String(line.dropFirst(7))
                } else if line == "text:" {
                    mode = "text"
                }
                continue
            }
            if mode == "text" {
                if line == "expect:" { mode = "expect" } else { body.append(line) }
                continue
            }
            if line.isEmpty || line.hasPrefix("#") { continue }
            do throws(FieldError) {
                current?.expected.append(try row(line))
            } catch {
                throw ReckonError(.badData, file: path, line: n + 1, error.message)
            }
        }
        finish()
        return passages
    }

    static func row(_ line: Substring) throws(FieldError) -> Expected {
        let f = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters() }
        guard f.count == 5 else { throw FieldError("expected 5 fields: figure | unit | qualifier | date | source") }
        func opt(_ s: String) -> String? { s == "-" ? nil : s }
        var value: Double?
        var low: Double?
        var high: Double?
        if let dash = f[0].dropFirst().firstIndex(of: "-") {
            low = try NumberText.parse(String(f[0][..<dash]))
            high = try NumberText.parse(String(f[0][f[0].index(after: dash)...]))
        } else {
            value = try NumberText.parse(f[0])
        }
        return Expected(
            value: value, low: low, high: high, unit: opt(f[1]),
            qualifier: try opt(f[2]).flatMap { q throws(FieldError) in try Qualifier.parse(q) },
            date: try opt(f[3]).map { d throws(FieldError) in try ObservationDate.parse(d) }, source: opt(f[4]))
    }
}

extension Substring {
    fileprivate func trimmingCharacters() -> String {
        String(self.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
