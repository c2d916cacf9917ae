public import ReckonModel

/// Reads the bytes of a page (plain text, Markdown or HTML) into a ``Document``: checked as text
/// first, then, for HTML, reduced to its visible text with its title, publication day and
/// canonical address.
public enum DocumentReader {
    /// The largest input read, in bytes: 32 MiB, far beyond any article.
    public static let maximumBytes = 32 << 20

    /// The kinds of input.
    public enum Format: String, Sendable, CaseIterable {
        case text, markdown, html
    }

    /// The document in `bytes`; `name` is how diagnostics call the input.
    ///
    /// - Throws: `.badData` for input larger than ``maximumBytes``, binary data (a NUL byte), invalid
    ///   UTF-8 (at its line and column) or a page with no text.
    public static func read(_ bytes: [UInt8], name: String, format: Format? = nil) throws(ReckonError) -> Document {
        guard bytes.count <= maximumBytes else {
            throw ReckonError(
                .badData, file: name, "the input is \(bytes.count) bytes; extract reads at most \(maximumBytes >> 20) MiB")
        }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let nul = body.firstIndex(of: 0) {
            let (line, column) = position(of: nul, in: body)
            throw ReckonError(.badData, file: name, line: line, column: column, "binary data (a NUL byte), not text")
        }
        if let bad = firstInvalidUTF8(body) {
            let (line, column) = position(of: bad, in: body)
            throw ReckonError(.badData, file: name, line: line, column: column, "invalid UTF-8; extract reads UTF-8 text")
        }
        let kind = format ?? detect(body)
        var document: Document
        switch kind {
        case .html: document = HTMLReader.read(Array(body))
        case .markdown: document = Document(text: MarkdownText.plain(String(decoding: body, as: UTF8.self)))
        case .text: document = Document(text: String(decoding: body, as: UTF8.self))
        }
        guard document.text.unicodeScalars.contains(where: { $0.properties.isAlphabetic || ($0.value >= 48 && $0.value <= 57) })
        else {
            throw ReckonError(.badData, file: name, "the page has no text to read")
        }
        return document
    }

    /// HTML when the text starts with a tag; Markdown when it has headings or links; else plain text.
    public static func detect(_ bytes: ArraySlice<UInt8>) -> Format {
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self).lowercased()
        let trimmed = head.drop { $0.isWhitespace }
        if trimmed.hasPrefix("<!doctype html") || trimmed.hasPrefix("<html") || head.contains("<body") || head.contains("<p>")
            || head.contains("<article")
        {
            return .html
        }
        if trimmed.hasPrefix("#") || head.contains("\n#") || head.contains("](") || head.contains("**") { return .markdown }
        return .text
    }

    /// The 1-based line and column (in bytes) of offset `i`.
    static func position(of i: Int, in bytes: ArraySlice<UInt8>) -> (Int, Int) {
        var line = 1
        var lineStart = bytes.startIndex
        for k in bytes.startIndex..<i where bytes[k] == 0x0A {
            line += 1
            lineStart = k + 1
        }
        return (line, i - lineStart + 1)
    }

    /// The offset of the first byte that is not valid UTF-8, or nil.
    static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int? {
        var i = bytes.startIndex
        let end = bytes.endIndex
        while i < end {
            let b = bytes[i]
            if b < 0x80 {
                i += 1
                continue
            }
            var need = 0
            var minimum: UInt32 = 0
            var scalar: UInt32 = 0
            switch b {
            case 0xC2...0xDF: need = 1; minimum = 0x80; scalar = UInt32(b & 0x1F)
            case 0xE0...0xEF: need = 2; minimum = 0x800; scalar = UInt32(b & 0x0F)
            case 0xF0...0xF4: need = 3; minimum = 0x10000; scalar = UInt32(b & 0x07)
            default: return i
            }
            guard i + need < end else { return i }
            for k in 1...need {
                let c = bytes[i + k]
                guard c & 0xC0 == 0x80 else { return i }
                scalar = scalar << 6 | UInt32(c & 0x3F)
            }
            if scalar < minimum || scalar > 0x10FFFF || (scalar >= 0xD800 && scalar <= 0xDFFF) { return i }
            i += need + 1
        }
        return nil
    }
}
