internal import Yams

/// Where a series comes from, for `reckon pull`: the `pull:` mapping of its sidecar.
///
/// ```yaml
/// pull:
///   url: https://example.org/data/losses.json
///   value-column: personnel
///   qualifier-column: "personnel*"
///   source: "General Staff of the Armed Forces of Ukraine"
/// ```
///
/// Besides `url`, its keys are `reckon import`'s options (``ImportOptions/keys``): the same mapping,
/// one vocabulary. Several series may name one URL, each with its own columns; `pull` fetches it once.
public struct PullSource: Sendable, Hashable {
    /// The address: `http://`, `https://` or `file://` with an absolute path.
    public var url: String
    /// Which fields hold what.
    public var options: ImportOptions

    /// A source at `url` read with `options`.
    public init(url: String, options: ImportOptions = ImportOptions()) {
        self.url = url
        self.options = options
    }

    /// The keys a `pull:` mapping may have: `url` and the import options.
    public static let keys = ["url"] + ImportOptions.keys

    /// The URL schemes `pull` fetches.
    public static let schemes = ["http", "https", "file"]

    /// The problem with `url`, if any: no scheme `pull` fetches, no host or path after it, spaces or
    /// control characters.
    public static func urlProblem(_ url: String) -> String? {
        guard let colon = url.firstIndex(of: ":"), schemes.contains(url[..<colon].lowercased()),
            url[colon...].hasPrefix("://"), url.count > url.distance(from: url.startIndex, to: colon) + 3
        else {
            return "url must start with http://, https:// or file:// (not '\(Escaping.visible(url))')"
        }
        if url.unicodeScalars.contains(where: { $0.value <= 0x20 || $0.value == 0x7F }) {
            return "url must not hold spaces or control characters"
        }
        if url.lowercased().hasPrefix("file://"), !url.dropFirst(7).hasPrefix("/") {
            return "a file:// url needs an absolute path (file:///path/to/file.json)"
        }
        return nil
    }

    /// The source a `pull:` mapping describes, or diagnostics naming each problem in it.
    static func decode(_ node: Node, path: String) -> (PullSource?, [Diagnostic]) {
        guard let mapping = node.mapping else {
            return (nil, [YAMLReading.diagnostic(node, path: path, "'pull' must be a mapping (\(keys.joined(separator: ", ")))")])
        }
        var url: String?
        var options = ImportOptions()
        var diagnostics: [Diagnostic] = []
        for (keyNode, valueNode) in mapping {
            let key = keyNode.string ?? ""
            guard let scalar = valueNode.scalar else {
                diagnostics.append(YAMLReading.diagnostic(valueNode, path: path, "'pull.\(key)' must be a single text value"))
                continue
            }
            let text = scalar.string
            if let problem = TextRules.problem(text) {
                diagnostics.append(YAMLReading.diagnostic(valueNode, path: path, "'pull.\(key)': \(problem)"))
                continue
            }
            if key == "url" {
                if let problem = urlProblem(text) {
                    diagnostics.append(YAMLReading.diagnostic(valueNode, path: path, "'pull.url': \(problem)"))
                } else {
                    url = text
                }
                continue
            }
            do throws(FieldError) {
                try options.set(key, to: text)
            } catch {
                let message =
                    "'pull': \(error.message)"
                    + (ImportOptions.keys.contains(key) ? "" : " (keys: \(keys.joined(separator: ", ")))")
                diagnostics.append(
                    YAMLReading.diagnostic(ImportOptions.keys.contains(key) ? valueNode : keyNode, path: path, message))
            }
        }
        if url == nil, diagnostics.isEmpty {
            diagnostics.append(YAMLReading.diagnostic(node, path: path, "'pull' needs a url"))
        }
        guard let url, diagnostics.isEmpty else { return (nil, diagnostics) }
        return (PullSource(url: url, options: options), [])
    }
}
