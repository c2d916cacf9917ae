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
}
