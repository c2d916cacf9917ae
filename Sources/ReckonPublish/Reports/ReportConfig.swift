public import ReckonModel
package import Yams

/// The `reports:` of `reckon.yaml`: a list of templates in the workspace, each rendered by
/// `reckon render --all` to `Output/` under its own file name (`Reports/brief.md` → `Output/brief.md`;
/// a trailing `.mustache` is dropped).
public struct ReportSpec: Sendable, Equatable {
    /// The template, relative to the workspace.
    public var template: String
    /// The file written in the output folder.
    public var output: String

    /// The report of `template`, written to `output`.
    public init(template: String, output: String) {
        self.template = template
        self.output = output
    }

    /// The file names in the output folder that a report may not take.
    static let reserved: Set<String> = ["index.md", "index.html", "reckon-manifest.json"]

    /// The reports of `reckon.yaml`'s text (shown as `path`), with a located error for each entry that
    /// is not a relative path to a Markdown or HTML template inside the workspace, or whose output
    /// would take the name of another report, a gallery or the manifest.
    public static func parse(_ text: String, path: String) -> (reports: [ReportSpec], diagnostics: [Diagnostic]) {
        // A file that is not YAML is reported by the reading of the whole.
        guard let list = Workspace.configMapping(text, path: path).mapping?["reports"] else { return ([], []) }
        return read(list, path: path)
    }

    /// The reports of `reckon.yaml`'s `reports:` node, with a located error for each bad entry.
    package static func read(_ list: Node, path: String) -> (reports: [ReportSpec], diagnostics: [Diagnostic]) {
        func error(_ node: Node, _ message: String) -> Diagnostic { YAMLReading.diagnostic(node, path: path, message) }
        guard let items = list.sequence else { return ([], [error(list, "'reports' must be a list of template files")]) }
        var reports: [ReportSpec] = []
        var problems: [Diagnostic] = []
        for item in items {
            guard let template = item.scalar?.string, !template.isEmpty else {
                problems.append(error(item, "a report is the path of its template, such as Reports/brief.md"))
                continue
            }
            let parts = template.split(separator: "/", omittingEmptySubsequences: false)
            if let problem = TextRules.problem(template) {
                problems.append(error(item, "'\(Escaping.visible(template))': \(problem)"))
                continue
            }
            if template.hasPrefix("/") || parts.contains("..") || parts.contains("") {
                problems.append(error(item, "'\(template)': a template is a path inside the workspace, such as Reports/brief.md"))
                continue
            }
            var output = String(parts.last!)
            if output.lowercased().hasSuffix(".mustache") { output = String(output.dropLast(".mustache".count)) }
            let lower = output.lowercased()
            guard [".md", ".markdown", ".html", ".htm"].contains(where: { lower.hasSuffix($0) }) else {
                problems.append(error(item, "'\(template)': a template is Markdown (.md) or HTML (.html)"))
                continue
            }
            if reserved.contains(lower) || reports.contains(where: { $0.output.lowercased() == lower }) {
                problems.append(error(item, "'\(template)': another file in the output folder is already called '\(output)'"))
                continue
            }
            reports.append(ReportSpec(template: template, output: output))
        }
        return (reports, problems)
    }
}
