public import ReckonModel

/// The one error type of `ReckonChart`: a chart that cannot be drawn, with where it was defined.
///
/// It keeps the kind of the failure it came from (a missing series, options that make no sense for
/// the series, bad data), so every command exits with the same status for the same fault.
public struct ChartError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What kind of failure it is, which decides the exit status.
    public var kind: ModelError.Kind
    /// The problems, each with where it was found.
    public var diagnostics: [Diagnostic]

    /// A failure of `kind` with these problems.
    public init(_ kind: ModelError.Kind = .badData, _ diagnostics: [Diagnostic]) {
        self.kind = kind
        self.diagnostics = diagnostics
    }

    /// A failure of `kind` with one problem, found in `file` at `line`.
    public init(_ kind: ModelError.Kind = .badData, file: String?, line: Int?, _ message: String) {
        self.kind = kind
        diagnostics = [Diagnostic(file: file, line: line, message)]
    }

    /// The same failure as a `ModelError`, for the commands.
    public var modelError: ModelError { ModelError(kind, diagnostics) }

    /// The problems, one a line, as compilers print them.
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
