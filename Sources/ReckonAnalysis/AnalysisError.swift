public import ReckonModel

/// The one error type of `ReckonAnalysis`: a question the data or the options cannot answer.
public struct AnalysisError: Error, Equatable, Sendable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// The options make no sense together or for the series' kind (exit 64).
        case usage
        /// The data cannot answer: too few points, a logarithm of zero (exit 65).
        case data
    }

    public var kind: Kind
    public var message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }
}

/// Something worth saying about a result that does not stop it, such as a negative difference in a
/// cumulative series (a revision by the publisher).
public struct AnalysisWarning: Equatable, Sendable {
    /// The point the warning is about.
    public var date: ObservationDate
    public var message: String

    public init(date: ObservationDate, message: String) {
        self.date = date
        self.message = message
    }
}
