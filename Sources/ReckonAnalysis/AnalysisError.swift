public import ReckonModel

/// The one error type of `ReckonAnalysis`: a question the data or the options cannot answer.
///
/// Its message names query parameters through ``Wording``, so that each caller shows them as its
/// users write them: ``message(_:)`` with `.option` on the command line, `.parameter` in a URL's
/// answer, `.key` in `reckon.yaml`, where ``parameter`` says which key to point at.
public struct AnalysisError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What went wrong, which decides the exit status.
    public enum Kind: Sendable, Equatable {
        /// The options make no sense together or for the series' kind (exit 64).
        case usage
        /// The data cannot answer: too few points, a logarithm of zero (exit 65).
        case data
    }

    /// What went wrong.
    public var kind: Kind
    /// The parameter the problem is with, when it is one: where a reader of a file is pointed.
    public var parameter: String?
    /// The problem in words, with the parameters it names.
    public var wording: Wording

    /// An error of `kind`, said in `message`, naming no parameter.
    public init(_ kind: Kind, _ message: String) {
        self.init(kind, about: nil, Wording(stringLiteral: message))
    }

    /// An error of `kind` with `parameter`, said in `wording`.
    public init(_ kind: Kind, about parameter: String?, _ wording: Wording) {
        self.kind = kind
        self.parameter = parameter
        self.wording = wording
    }

    /// The problem in words, with parameter names spelled as `spelling` says.
    public func message(_ spelling: ParameterSpelling) -> String { wording.spelled(spelling) }

    /// The problem in words, with parameter names spelled as URL parameters are (`diff`).
    public var message: String { wording.spelled(.parameter) }

    /// The message.
    public var description: String { message }

    /// The same problem as reckon's error: a usage error stays one (64), a question the data cannot
    /// answer is bad data (65); the message names parameters as `spelling` says, after `prefix`, at
    /// `file` and `line` when given.
    public func reckonError(
        _ spelling: ParameterSpelling, file: String? = nil, line: Int? = nil, prefix: String = ""
    ) -> ReckonError {
        ReckonError(kind == .usage ? .usage : .badData, file: file, line: line, prefix + message(spelling))
    }
}

/// Something worth saying about a result that does not stop it, such as a negative difference in a
/// cumulative series (a revision by the publisher).
public struct AnalysisWarning: Equatable, Sendable {
    /// The point the warning is about.
    public var date: ObservationDate
    /// What was noticed, in words.
    public var message: String

    /// A warning about the point dated `date`.
    public init(date: ObservationDate, message: String) {
        self.date = date
        self.message = message
    }
}
