/// A problem found in a file, reported the way compilers do:
/// `Series/nk-troops.csv:14:7: error: 'about 11k' is not a number`.
public struct Diagnostic: Equatable, Sendable, Codable, CustomStringConvertible {
    /// Whether the problem stops the command.
    public enum Severity: String, Sendable, Codable {
        case error, warning
    }

    /// Whether it is an error or a warning.
    public var severity: Severity
    /// The file as it should be shown to the user, or nil for problems not tied to a file.
    public var file: String?
    /// 1-based line, or nil when the problem is about the whole file.
    public var line: Int?
    /// 1-based column, counted in Unicode scalars, or nil.
    public var column: Int?
    /// The problem in words.
    public var message: String

    /// A problem with `message`, found at `file`, `line` and `column` when known.
    public init(
        _ severity: Severity = .error, file: String?, line: Int? = nil, column: Int? = nil,
        _ message: String
    ) {
        self.severity = severity
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `file:line:column: severity: message`, leaving out the parts that are unknown.
    public var description: String {
        var s = ""
        if let file {
            s += file
            if let line {
                s += ":\(line)"
                if let column { s += ":\(column)" }
            }
            s += ": "
        }
        return s + severity.rawValue + ": " + message
    }
}
