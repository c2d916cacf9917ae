public import ReckonModel

/// The one error type of `ReckonChart`: a chart that cannot be drawn, with where it was defined.
public struct ChartError: Error, Equatable, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

    public init(file: String?, line: Int?, _ message: String) {
        diagnostics = [Diagnostic(file: file, line: line, message)]
    }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
