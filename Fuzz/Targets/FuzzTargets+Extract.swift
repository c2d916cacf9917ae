import ReckonExtract
import ReckonModel

extension FuzzTargets {
    /// The extractor over any text, in every language and with and without a publication day: every
    /// candidate has a figure, bounds in order and a quote, and its offset lies in the text.
    static func extract(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        let count = text.unicodeScalars.count
        let language = Language.allCases[Int(bytes.first ?? 0) % Language.allCases.count]
        for document in [
            Document(text: text, published: Day(year: 2025, month: 3, day: 27)),
            Document(text: text, language: language),
        ] {
            for c in Extractor(series: [SeriesProfile(id: try! SeriesID("s"), phrases: ["troops", "a"], unit: "troops")])
                .extract(document)
            {
                precondition(c.value != nil || (c.low != nil && c.high != nil), "a candidate without a figure")
                precondition(c.low.map { low in c.high.map { low <= $0 } ?? true } ?? true, "bounds out of order")
                precondition(c.offset >= 0 && c.offset <= count, "an offset outside the text")
                precondition((0...1).contains(c.confidence), "confidence outside 0...1")
            }
        }
    }

    /// The page reader over any bytes: it refuses or reads, and what it reads is text the extractor takes.
    static func html(_ bytes: [UInt8]) {
        for format in [DocumentReader.Format.html, .markdown, nil] {
            guard let document = try? DocumentReader.read(bytes, name: "page", format: format) else { continue }
            _ = Extractor().extract(document)
        }
    }
}
