import ReckonModel

/// The bounds on a report template, checked before it is parsed or rendered, so that no template
/// can crash, stall or flood a run (`render --all`, `reckon report`, the server):
///
/// - sections nest at most ``maxDepth`` deep (the template parser recurses once per level);
/// - partials, parents and blocks (`{{>name}}`, `{{<name}}`, `{{$name}}`) are refused: a report is
///   one file whose every tag is checked, and a partial would either render empty or be read from
///   outside that check;
/// - the rendered text is at most ``maxOutput`` bytes, counted before rendering from the template's
///   length and the length of each value at each tag that quotes it.
///
/// Rendering is then linear in the template's size: without partials, no section repeats (a fact is
/// one value, never a list), so each tag is written at most once.
public enum TemplateLimits {
    /// How deep sections may nest.
    public static let maxDepth = 50
    /// The most bytes a report may render to: 16 MiB.
    public static let maxOutput = 16 << 20

    /// Checks the tags' nesting and refuses partials.
    ///
    /// - Throws: `.badData` located at the first tag past the limits.
    /// - Complexity: O(*n*) in the number of tags.
    static func check(_ tags: [TemplateTag], path: String) throws(ReckonError) {
        var depth = 0
        for tag in tags {
            let message: String
            switch tag.kind {
            case .section, .invertedSection:
                depth += 1
                guard depth > maxDepth else { continue }
                message = "sections nest more than \(maxDepth) deep"
            case .close:
                depth = max(0, depth - 1)
                continue
            case .partial:
                message = "reports do not include other templates ('\(Escaping.visible(tag.name))'); write the text in the report"
            default: continue
            }
            throw ReckonError(.badData, file: path, line: tag.line, column: tag.column, message)
        }
    }

    /// Checks that the report cannot render to more than ``maxOutput`` bytes: the template's own
    /// length plus, for every tag, the length of the value it quotes.
    ///
    /// - Throws: `.badData` located at the template when it could.
    /// - Complexity: O(*n*) in the number of tags.
    static func checkSize(of text: String, tags: [TemplateTag], values: [String: String?], path: String) throws(ReckonError) {
        var total = text.utf8.count
        for tag in tags where tag.kind == .variable || tag.kind == .unescaped {
            // Escaping writes at most 6 bytes (`&quot;`) for each byte of a value.
            total += 6 * ((values[tag.name] ?? nil)?.utf8.count ?? 0)
            if total > maxOutput {
                throw ReckonError(
                    .badData, file: path, line: tag.line, column: tag.column,
                    "the report would be larger than \(maxOutput >> 20) MiB")
            }
        }
    }
}
