public import ReckonModel

/// A text to extract from, with what is known of its publication.
public struct Document: Sendable, Hashable {
    /// The visible text, in reading order; paragraphs are separated by blank lines, and a line
    /// starting with `#` is a heading.
    public var text: String
    /// The title, when it is not the text's first line.
    public var title: String?
    /// The day it was published, against which weekdays and relative dates are resolved.
    public var published: Day?
    /// The citation for its figures.
    public var url: String?
    /// Its language; detected from the text when nil.
    public var language: Language?

    /// A document of `text`.
    public init(text: String, title: String? = nil, published: Day? = nil, url: String? = nil, language: Language? = nil) {
        self.text = text
        self.title = title
        self.published = published
        self.url = url
        self.language = language
    }
}
