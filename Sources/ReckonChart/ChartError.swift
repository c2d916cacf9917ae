public import ReckonModel

/// The one error type of `ReckonChart`: a chart that cannot be drawn, with where it was defined.
///
/// It keeps the kind of the failure it came from (a missing series, options that make no sense for
/// the series, bad data), so every command exits with the same status for the same fault.
public struct ChartError: Error, Equatable, Sendable, CustomStringConvertible {
    public var kind: ModelError.Kind
    public var diagnostics: [Diagnostic]

    public init(_ kind: ModelError.Kind = .badData, _ diagnostics: [Diagnostic]) {
        self.kind = kind
        self.diagnostics = diagnostics
    }

    public init(_ kind: ModelError.Kind = .badData, file: String?, line: Int?, _ message: String) {
        self.kind = kind
        diagnostics = [Diagnostic(file: file, line: line, message)]
    }

    /// The same failure as a ``ModelError``, for the commands.
    public var modelError: ModelError { ModelError(kind, diagnostics) }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
