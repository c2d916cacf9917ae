internal import CGraphics

/// The one error type of `ReckonCairo`: a Cairo or Pango call that failed, with Cairo's own words.
public struct CairoError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What was being done, e.g. `creating a 1200x675 image surface`.
    public var operation: String
    /// `cairo_status_to_string` of the failing status.
    public var reason: String

    init(_ operation: String, status: cairo_status_t) {
        self.operation = operation
        reason = String(cString: cairo_status_to_string(status))
    }

    init(_ operation: String, reason: String) {
        self.operation = operation
        self.reason = reason
    }

    /// The operation of an error that says Cairo and Pango could not be loaded.
    static let loading = "loading Cairo and Pango"

    /// An error saying that Cairo and Pango could not be loaded, for `reason` (the loader's words), as
    /// ``GraphicsLibrary/load()`` throws it; for a host's tests of how it answers one.
    public init(unavailable reason: String) {
        operation = Self.loading
        self.reason = reason
    }

    /// Whether the error says that Cairo and Pango could not be loaded (see ``GraphicsLibrary/load()``):
    /// nothing can be drawn in this process, whatever the chart.
    public var librariesUnavailable: Bool { operation == Self.loading }

    /// What failed and why, in words: `cannot load Cairo and Pango to draw: ...` when the libraries
    /// could not be loaded.
    public var description: String {
        librariesUnavailable ? "cannot load Cairo and Pango to draw: \(reason)" : "error while \(operation): \(reason)"
    }
}
