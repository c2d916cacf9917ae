/// Why one field's text could not be read, before it is placed in a file.
///
/// The decoder turns it into a ``Diagnostic`` by adding the file, line and the field's column.
public struct FieldError: Error, Equatable, Sendable {
    /// What is wrong, e.g. `'2025-02-30' is not a date: February 2025 has 28 days`.
    public var message: String
    /// Where in the field (in bytes) the problem starts.
    public var offset: Int

    /// A problem with a field, `offset` Unicode scalars into it.
    public init(_ message: String, offset: Int = 0) {
        self.message = message
        self.offset = offset
    }
}
