public import ReckonModel

/// The one error of `ReckonPull`: why a source could not be pulled, as located diagnostics and the
/// `sysexits` status the command line ends with.
public struct PullError: Error, Sendable, Equatable {
    /// The kinds of failure, each with its status.
    public enum Kind: Sendable, Equatable {
        /// The source refuses or cannot serve this (a 404, too many redirects, a body over the size
        /// limit, no such file): 69, and trying again will not help.
        case unavailable
        /// The source failed for now (a timeout, a 5xx, a reset or truncated connection) after every
        /// retry: 75, try later.
        case temporary
        /// What the source sent is not the data its mapping describes: 65.
        case malformed
        /// The workspace refused it (its files are invalid, another writer holds the lock, a write failed):
        /// the status of the `ReckonError`.
        case workspace(ReckonError.Kind)
    }

    /// What kind of failure it is.
    public var kind: Kind
    /// What went wrong.
    public var diagnostics: [Diagnostic]

    /// A failure of `kind` about `file` (a URL or a path).
    public init(_ kind: Kind, file: String?, _ message: String) {
        self.kind = kind
        diagnostics = [Diagnostic(file: file, message)]
    }

    /// A failure of `kind` with these diagnostics.
    public init(_ kind: Kind, _ diagnostics: [Diagnostic]) {
        self.kind = kind
        self.diagnostics = diagnostics
    }

    /// The workspace's error as a pull failure.
    public init(_ error: ReckonError) {
        self.init(.workspace(error.kind), error.diagnostics)
    }

    /// The `sysexits` status: 69, 75, 65, or the workspace error's.
    public var status: Int32 {
        switch kind {
        case .unavailable: 69
        case .temporary: 75
        case .malformed: 65
        case .workspace(let kind): Int32(ReckonError.status(kind))
        }
    }
}
