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

    /// What failed and why, in words.
    public var description: String { "error while \(operation): \(reason)" }
}
