/// The one error type of reckon's libraries: what went wrong, as located diagnostics, and what kind of
/// failure it is, which the command line maps to an exit status and the server to an HTTP status.
///
/// Reading files, drawing charts and publishing all throw it (`ReckonChart`'s `ChartError` is this
/// type); the analysis library's `AnalysisError` becomes one where its caller decides how to name the
/// query's parameters.
public struct ReckonError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The kinds of failure, after the BSD `sysexits` classes.
    public enum Kind: Sendable, Equatable {
        /// The command was used wrongly (an invalid series id, conflicting options): 64.
        case usage
        /// A file's contents are invalid: 65.
        case badData
        /// A file or series that should exist does not: 66.
        case missingInput
        /// An output could not be created (it exists already, a folder is read-only): 73.
        case cannotCreate
        /// Reading or writing failed: 74.
        case io
        /// Another process holds the lock: 75.
        case busy
        /// reckon itself failed (a chart's renderer crashed): 70.
        case internalFailure
    }

    /// What kind of failure it is, which decides the exit status.
    public var kind: Kind
    /// One or more problems, in the order found.
    public var diagnostics: [Diagnostic]

    /// A failure of `kind` with these problems.
    public init(_ kind: Kind, _ diagnostics: [Diagnostic]) {
        self.kind = kind
        self.diagnostics = diagnostics
    }

    /// A single error diagnostic.
    public init(_ kind: Kind, file: String? = nil, line: Int? = nil, column: Int? = nil, _ message: String) {
        self.init(kind, [Diagnostic(file: file, line: line, column: column, message)])
    }

    /// Every diagnostic on its own line.
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

extension ReckonError {
    /// The sysexits status of a kind of failure.
    public static func status(_ kind: Kind) -> Int {
        switch kind {
        case .usage: 64
        case .badData: 65
        case .missingInput: 66
        case .cannotCreate: 73
        case .io: 74
        case .busy: 75
        case .internalFailure: 70
        }
    }

    /// The kind of failure a sysexits status stands for; an unknown status is an internal failure.
    public static func kind(status: Int) -> Kind {
        [Kind.usage, .badData, .missingInput, .cannotCreate, .io, .busy].first { self.status($0) == status }
            ?? .internalFailure
    }
}

/// The library-wide error's former name.
@available(*, deprecated, renamed: "ReckonError")
public typealias ModelError = ReckonError
