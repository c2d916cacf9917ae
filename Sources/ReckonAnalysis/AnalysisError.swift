public import ReckonModel

/// The one error type of `ReckonAnalysis`: a question the data or the options cannot answer.
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
    /// The problem in words, for people.
    public var message: String

    /// An error of `kind`, said in `message`.
    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    /// The message.
    public var description: String { message }
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
