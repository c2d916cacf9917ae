internal import Mustache
public import ReckonChart
public import ReckonModel

/// A report: a Mustache template (Markdown or HTML) whose tags quote live facts of the workspace —
/// `{{nk-troops-in-russia.latest.cited}}`, `{{ru-drones-downed.change.30d}}`,
/// `{{charts.personnel-trend.trend}}` — and embed its charts as figures (`{{{charts.nk-troops}}}`).
///
/// Every tag is checked before anything is rendered: a name that is not a fact, a fact that cannot be
/// given, or a fact without a value outside a section is an error located in the template
/// (`Reports/brief.md:3:14`), never empty text. Facts are named in full (`series.fact.part`), also
/// inside sections, which show their content only when the fact has a value
/// (`{{#x.latest.url}}…{{/x.latest.url}}`).
public enum Report {
    /// Whether a template writes HTML (`.html`, `.htm`) rather than Markdown.
    public static func isHTML(_ path: String) -> Bool {
        let lower = path.lowercased()
        return lower.hasSuffix(".html") || lower.hasSuffix(".htm") || lower.hasSuffix(".html.mustache")
    }

    /// The template at `path` (shown as `shown`): at most 1 MiB of UTF-8 text without NUL characters.
    ///
    /// - Throws: `.missingInput` when it does not exist, `.badData` when it is not such text.
    public static func read(_ path: String, shown: String) throws(ReckonError) -> String {
        try text(of: try FileIO.read(path, shown: shown, limit: templateLimit), shown: shown)
    }

    /// The workspace's template `relative` (a name under `reports:`), read as ``read(_:shown:)``
    /// reads, and only when it lies inside the workspace once every link is resolved.
    ///
    /// - Throws: as ``read(_:shown:)``; `.missingInput` also when it lies outside the workspace.
    public static func read(_ relative: String, in workspace: Workspace) throws(ReckonError) -> String {
        try text(of: try workspace.readFile(relative, limit: templateLimit), shown: workspace.shown(relative))
    }

    /// The largest template read: 1 MiB.
    static let templateLimit = 1 << 20

    private static func text(of bytes: [UInt8], shown: String) throws(ReckonError) -> String {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw ReckonError(.badData, file: shown, "a template must be UTF-8 text")
        }
        if let nul = bytes.firstIndex(of: 0) {
            let line = bytes[..<nul].filter { $0 == 10 }.count + 1
            throw ReckonError(.badData, file: shown, line: line, "a template may not contain NUL characters")
        }
        return text
    }

    /// The text of the template `text` (the file shown as `path`), with its facts from `workspace`
    /// and its charts from `charts`, built with `pipeline`; a figure or fact of a chart in `failed`
    /// (charts whose worker crashed or ran past `--timeout` in this run) is an error, and the chart
    /// is not built again.
    ///
    /// - Throws: `.badData` with every problem in the template, each at its line and column; a
    ///   series' own error (`.badData`, `.missingInput`) when a quoted series cannot be read.
    public static func render(
        template text: String, path: String, workspace: Workspace, charts: [ChartSpec], pipeline: ChartPipeline,
        failed: Set<String> = []
    ) throws(ReckonError) -> String {
        let html = isHTML(path)
        let facts = ReportFacts(workspace: workspace, charts: charts, pipeline: pipeline, html: html, failed: failed)
        return try render(template: text, path: path, html: html) { tags throws(ReckonError) in
            try resolve(tags, facts: facts, html: html, path: path)
        }
    }

    /// The template `text` rendered with the facts `values` gives for its tags, after the limits
    /// are checked: the steps of every report, whatever gives its facts.
    static func render(
        template text: String, path: String, html: Bool,
        values: ([TemplateTag]) throws(ReckonError) -> [String: String?]
    ) throws(ReckonError) -> String {
        let tags = TemplateTag.scan(text)
        try TemplateLimits.check(tags, path: path)
        let template = try parse(text, html: html, path: path)
        let values = try values(tags)
        try TemplateLimits.checkSize(of: text, tags: tags, values: values, path: path)
        return template.render(FactNode(path: "", facts: FactTable(values)))
    }

    /// The parsed template, with facts escaped for Markdown unless it writes HTML.
    private static func parse(_ text: String, html: Bool, path: String) throws(ReckonError) -> MustacheTemplate {
        let prefix = html ? "" : "{{% CONTENT_TYPE: \(ReportMarkdown.name)}}"
        ReportMarkdown.register()
        do {
            return try MustacheTemplate(string: prefix + text)
        } catch let error as MustacheTemplate.ParserError {
            let line = error.context.lineNumber
            let column = line == 1 ? max(1, error.context.columnNumber - prefix.count) : error.context.columnNumber
            throw ReckonError(.badData, file: path, line: line, column: column, "template: \(describe(error.error))")
        } catch {
            throw ReckonError(.badData, file: path, "template: \(error)")
        }
    }

    /// The value of every fact the tags name, checked: every problem located at its tag.
    private static func resolve(
        _ tags: [TemplateTag], facts: ReportFacts, html: Bool, path: String
    ) throws(ReckonError) -> [String: String?] {
        var values: [String: String?] = [:]
        var problems: [Diagnostic] = []
        var fileError: ReckonError?
        // The facts of the sections a tag is in, which it may quote though they may have no value.
        var shown: [String] = []
        for tag in tags where tag.kind != .other && tag.kind != .partial {
            func problem(_ message: String) {
                problems.append(Diagnostic(file: path, line: tag.line, column: tag.column, message))
            }
            if tag.kind == .close {
                if !shown.isEmpty { shown.removeLast() }
                continue
            }
            if tag.kind == .section || tag.kind == .invertedSection {
                shown.append(tag.kind == .section ? tag.name : "")
            }
            if tag.name == "." { continue }
            if tag.kind == .setDelimiters {
                problem("reports use the delimiters {{ and }}; a template may not set its own")
                break
            }
            let value: String?
            do throws(FactError) {
                if let known = values[tag.name] { value = known } else { value = try facts.resolve(tag.name) }
            } catch {
                if let underlying = error.underlying {
                    fileError = fileError ?? underlying
                    continue
                }
                problem(error.message)
                continue
            }
            values[tag.name] = .some(value)
            let isFigure = tag.name.hasPrefix("charts.") && tag.name.split(separator: ".").count == 2
            if isFigure, tag.kind == .variable {
                problem(
                    "'\(tag.name)' is a figure in \(html ? "HTML" : "Markdown"); write {{{\(tag.name)}}} so it is not escaped")
            } else if value == nil, tag.kind == .variable || tag.kind == .unescaped, !shown.contains(tag.name) {
                problem("'\(tag.name)' has no value here; show it inside {{#\(tag.name)}}…{{/\(tag.name)}}")
            }
        }
        if !problems.isEmpty { throw ReckonError(.badData, problems) }
        if let fileError { throw fileError }
        return values
    }

    private static func describe(_ error: any Error) -> String {
        switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect: "a section is closed with another name than it was opened with"
        case .unfinishedName: "a tag is not finished ({{name}})"
        case .expectedSectionEnd: "a section is never closed ({{/name}})"
        case .invalidSetDelimiter: "a delimiter tag is malformed"
        case .unrecognisedConfigVariable, .invalidConfigVariableSyntax: "unknown pragma ({{% … }})"
        default: "\(error)"
        }
    }
}

/// The facts a template's tags named, checked, and every prefix of their names, for lookups part by part.
final class FactTable: Sendable {
    let values: [String: String?]
    let prefixes: Set<String>

    init(_ values: [String: String?]) {
        self.values = values
        var prefixes: Set<String> = []
        for name in values.keys {
            var prefix = ""
            for part in name.split(separator: ".", omittingEmptySubsequences: false) {
                prefix += prefix.isEmpty ? String(part) : "." + part
                prefixes.insert(prefix)
            }
        }
        self.prefixes = prefixes
    }
}

/// A name, or the start of one, as Mustache looks it up part by part: `nk-troops-in-russia`, then
/// `nk-troops-in-russia.latest`, then `nk-troops-in-russia.latest.cited`.
struct FactNode: MustacheParent, MustacheCustomRenderable {
    let path: String
    let facts: FactTable

    func child(named name: String) -> Any? {
        let next = path.isEmpty ? name : path + "." + name
        return facts.prefixes.contains(next) ? FactNode(path: next, facts: facts) : nil
    }

    var renderText: String { (facts.values[path] ?? nil) ?? "" }
    var isNull: Bool { (facts.values[path] ?? nil) == nil }
}

/// Escaping for facts set in Markdown: what would start a link, emphasis, code or HTML is
/// backslash-escaped or written as an entity; line breaks become spaces.
struct ReportMarkdown: MustacheContentType {
    static let name = "RECKON_MARKDOWN"
    private static let registered: Bool = {
        MustacheContentTypes.register(ReportMarkdown(), named: name)
        return true
    }()

    /// Makes the content type known to the template parser, once per process.
    static func register() { _ = registered }

    func escapeText(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text {
            switch c {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\n", "\r": out += " "
            case "\\", "`", "*", "_", "[", "]": out += "\\" + String(c)
            default: out.append(c)
            }
        }
        return out
    }
}
