/// Breaks text into lines that fit a width, at spaces.
enum TextWrap {
    /// The lines of `text` no wider than `width` as measured; a word longer than the width gets a line
    /// of its own.
    static func lines(_ text: String, width: Double, font: Font, measure: any TextMeasuring) -> [String] {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in paragraph.split(separator: " ") {
                let candidate = line.isEmpty ? String(word) : line + " " + word
                if line.isEmpty || measure.measure(candidate, font: font).width <= width {
                    line = candidate
                } else {
                    lines.append(line)
                    line = String(word)
                }
            }
            lines.append(line)
        }
        return lines
    }

    /// `lines` cut to at most `count`, the last of them ending in "…" where text was cut, and fitting
    /// `width`.
    static func shortened(_ lines: [String], to count: Int, width: Double, font: Font, measure: any TextMeasuring) -> [String] {
        guard lines.count > count, count > 0 else { return lines }
        var kept = Array(lines.prefix(count))
        var last = kept[count - 1]
        while !last.isEmpty, measure.measure(last + "…", font: font).width > width { last.removeLast() }
        kept[count - 1] = last.trimmingSuffixSpaces() + "…"
        return kept
    }
}

extension String {
    /// The text without the spaces at its end.
    fileprivate func trimmingSuffixSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
