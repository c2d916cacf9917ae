/// The name of a series, which is also its file name stem: `[a-z0-9][a-z0-9-]{0,63}`.
///
/// Validated before any file is touched, so `../x` or `a/b` can never name a path outside `Series/`.
public struct SeriesID: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The id's text.
    public let rawValue: String

    /// A valid id, or a usage error that says what is wrong with `text`.
    public init(_ text: String) throws(ReckonError) {
        let bytes = Array(text.utf8)
        func bad(_ why: String) -> ReckonError {
            ReckonError(
                .usage, "invalid series id '\(text)': \(why) (use 1 to 64 of a-z, 0-9 and '-', starting with a letter or digit)")
        }
        guard !bytes.isEmpty else { throw bad("it is empty") }
        guard bytes.count <= 64 else { throw bad("it is longer than 64 characters") }
        for (i, c) in bytes.enumerated() {
            let lowerOrDigit =
                (c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z")) || (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9"))
            if lowerOrDigit { continue }
            if c == UInt8(ascii: "-"), i > 0 { continue }
            if c == UInt8(ascii: "/") || c == UInt8(ascii: ".") { throw bad("it may not contain '/' or '.'") }
            if c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z") { throw bad("it may not contain capital letters") }
            throw bad(
                i == 0 && c == UInt8(ascii: "-")
                    ? "it may not start with '-'" : "it may not contain '\(String(decoding: [c], as: UTF8.self))'")
        }
        rawValue = text
    }

    /// The id's text.
    public var description: String { rawValue }
    /// Whether `a` sorts before `b`, by their text.
    public static func < (a: SeriesID, b: SeriesID) -> Bool { a.rawValue < b.rawValue }
}
