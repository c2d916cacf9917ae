/// How a caller writes the name of a query parameter or option in its messages.
public enum ParameterSpelling: Sendable, Equatable {
    /// As a command-line option: `--diff`, `--every week`.
    case option
    /// As a URL parameter: `diff`, `every=week`.
    case parameter
    /// As a key of `reckon.yaml`: `'diff'`, `'every: week'`.
    case key

    /// `name` (with `value`, when given) spelled this way.
    public func spell(_ name: String, value: String? = nil) -> String {
        switch self {
        case .option: "--" + name + (value.map { " " + $0 } ?? "")
        case .parameter: name + (value.map { "=" + $0 } ?? "")
        case .key: "'" + name + (value.map { ": " + $0 } ?? "") + "'"
        }
    }
}

/// A message whose parameter names are spelled by whoever shows it: the analysis library names
/// `diff`, and the command line shows `--diff`, a URL's answer `diff` and a `reckon.yaml` problem
/// `'diff'`.
///
/// Written as a string with the names interpolated:
/// `"\(name: "diff") and \(name: "cumulative") undo each other"`.
public struct Wording: Sendable, Equatable, CustomStringConvertible, ExpressibleByStringInterpolation {
    enum Piece: Sendable, Equatable {
        case text(String)
        case name(String, value: String?)
    }

    var pieces: [Piece]

    /// Plain text, naming no parameter.
    public init(stringLiteral value: String) { pieces = [.text(value)] }

    /// Text with parameter names interpolated.
    public init(stringInterpolation: StringInterpolation) { pieces = stringInterpolation.pieces }

    /// The message, its names spelled as `spelling` says.
    public func spelled(_ spelling: ParameterSpelling) -> String {
        pieces.map { piece in
            switch piece {
            case .text(let text): text
            case .name(let name, let value): spelling.spell(name, value: value)
            }
        }.joined()
    }

    /// The message with names spelled as URL parameters are.
    public var description: String { spelled(.parameter) }

    /// Collects the pieces of an interpolated wording.
    public struct StringInterpolation: StringInterpolationProtocol {
        var pieces: [Piece] = []

        /// Room for `literalCapacity` characters and `interpolationCount` values.
        public init(literalCapacity: Int, interpolationCount: Int) {}

        /// Literal text.
        public mutating func appendLiteral(_ literal: String) {
            if !literal.isEmpty { pieces.append(.text(literal)) }
        }

        /// A parameter's name, with a value when one belongs to it (`--every week`).
        public mutating func appendInterpolation(name: String, _ value: String? = nil) {
            pieces.append(.name(name, value: value))
        }

        /// Parameter names separated by `separator` (`--from, --to`).
        public mutating func appendInterpolation(names: [String], separator: String) {
            for (i, name) in names.enumerated() {
                if i > 0 { pieces.append(.text(separator)) }
                pieces.append(.name(name, value: nil))
            }
        }

        /// Any other value, as text.
        public mutating func appendInterpolation(_ value: some CustomStringConvertible) {
            pieces.append(.text(value.description))
        }
    }
}
