internal import Yams

/// Reads and writes a series' sidecar, `Series/<id>.yaml`:
///
/// ```yaml
/// title: "North Korean troops in Russia"
/// unit: troops
/// kind: level
/// source: "South Korea Joint Chiefs of Staff"
/// ```
///
/// A `pull:` mapping says where `reckon pull` fetches the series from (see ``PullSource``); the
/// other keys hold one text value each.
public enum SidecarFile {
    /// The metadata in `text`, with a diagnostic for every unknown key, bad value or YAML error.
    public static func decode(_ text: String, path: String) -> (SeriesMetadata, [Diagnostic]) {
        var metadata = SeriesMetadata()
        let root: Node
        switch YAMLReading.compose(text, path: path) {
        case .failure(let d): return (metadata, [d])
        case .success(nil): return (metadata, [])
        case .success(let node?): root = node
        }
        guard let mapping = root.mapping else {
            return (
                metadata,
                [
                    YAMLReading.diagnostic(
                        root, path: path,
                        "a series sidecar must be a mapping of keys (\(SeriesMetadata.keys.joined(separator: ", ")))")
                ]
            )
        }
        var diagnostics: [Diagnostic] = []
        for (keyNode, valueNode) in mapping {
            let key = keyNode.string ?? ""
            guard SeriesMetadata.keys.contains(key) else {
                var message = "unknown key '\(key)'"
                if let guess = closestMatch(key, in: SeriesMetadata.keys) { message += "; did you mean '\(guess)'?" }
                message += " (keys: \(SeriesMetadata.keys.joined(separator: ", ")))"
                diagnostics.append(YAMLReading.diagnostic(keyNode, path: path, message))
                continue
            }
            if key == "pull" {
                let (source, problems) = PullSource.decode(valueNode, path: path)
                metadata.pull = source
                diagnostics += problems
                continue
            }
            if key == "match" {
                let (phrases, problems) = matchPhrases(valueNode, path: path)
                metadata.match = phrases
                diagnostics += problems
                continue
            }
            guard let scalar = valueNode.scalar else {
                diagnostics.append(YAMLReading.diagnostic(valueNode, path: path, "'\(key)' must be a single text value"))
                continue
            }
            let value: String? = valueNode.null == nil || scalar.style != .plain ? scalar.string : nil
            if let value, let problem = TextRules.problem(value, lineBreaks: key == "description") {
                diagnostics.append(YAMLReading.diagnostic(valueNode, path: path, "'\(key)': \(problem)"))
                continue
            }
            switch key {
            case "title": metadata.title = value
            case "unit": metadata.unit = value
            case "description": metadata.description = value
            case "source": metadata.source = value
            case "license": metadata.license = value
            default:
                guard let value else { continue }
                do throws(FieldError) {
                    metadata.kind = try SeriesKind.parse(value)
                } catch {
                    diagnostics.append(YAMLReading.diagnostic(valueNode, path: path, error.message))
                }
            }
        }
        return (metadata, diagnostics)
    }

    /// The phrases of `match:`: one text, or a list of texts.
    private static func matchPhrases(_ node: Node, path: String) -> ([String], [Diagnostic]) {
        let items = node.sequence.map(Array.init) ?? [node]
        var phrases: [String] = []
        for item in items {
            guard let text = item.scalar?.string, !text.isEmpty else {
                return ([], [YAMLReading.diagnostic(item, path: path, "'match' must be a text or a list of texts")])
            }
            if let problem = TextRules.problem(text, lineBreaks: false) {
                return ([], [YAMLReading.diagnostic(item, path: path, "'match': \(problem)")])
            }
            phrases.append(text)
        }
        return (phrases, [])
    }

    /// A new sidecar holding the fields of `metadata` that are set.
    public static func encode(_ metadata: SeriesMetadata) -> String {
        lines(for: metadata).map { $0 + "\n" }.joined()
    }

    /// One `key: value` line for each field that is set, in the order of ``SeriesMetadata/keys``.
    static func lines(for m: SeriesMetadata) -> [String] {
        var out: [String] = []
        if let title = m.title { out.append("title: " + YAMLReading.quoted(title)) }
        if let unit = m.unit { out.append("unit: " + YAMLReading.quoted(unit)) }
        if let kind = m.kind { out.append("kind: " + kind.rawValue) }
        if let description = m.description { out.append("description: " + YAMLReading.quoted(description)) }
        if let source = m.source { out.append("source: " + YAMLReading.quoted(source)) }
        if let license = m.license { out.append("license: " + YAMLReading.quoted(license)) }
        return out
    }

    /// Merges `update` into an existing sidecar without rewriting it: keys it lacks are appended as
    /// lines, so comments and formatting survive. A key it already has with another value is a conflict.
    ///
    /// - Returns: the new text, or nil when nothing needs to change.
    /// - Throws: a usage error naming the first conflicting key.
    static func merging(
        _ update: SeriesMetadata, into text: String, existing: SeriesMetadata, path: String
    ) throws(ReckonError) -> String? {
        var additions = SeriesMetadata()
        func take<T: Equatable>(_ key: String, _ new: T?, _ old: T?, _ set: (T) -> Void) throws(ReckonError) {
            guard let new else { return }
            if let old {
                if old != new {
                    throw ReckonError(.usage, file: path, "\(key) is already '\(old)'; edit \(path) to change it")
                }
                return
            }
            set(new)
        }
        try take("title", update.title, existing.title) { additions.title = $0 }
        try take("unit", update.unit, existing.unit) { additions.unit = $0 }
        try take("kind", update.kind?.rawValue, existing.kind?.rawValue) { additions.kind = SeriesKind(rawValue: $0) }
        try take("description", update.description, existing.description) { additions.description = $0 }
        try take("source", update.source, existing.source) { additions.source = $0 }
        try take("license", update.license, existing.license) { additions.license = $0 }
        let added = lines(for: additions)
        guard !added.isEmpty else { return nil }
        var result = text
        if !result.isEmpty, !result.hasSuffix("\n") { result += "\n" }
        return result + added.map { $0 + "\n" }.joined()
    }
}
