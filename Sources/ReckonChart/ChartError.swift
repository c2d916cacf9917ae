public import ReckonModel

/// The error of a chart that cannot be drawn: reckon's one error type, located where the chart was
/// defined, with the kind of the failure it came from (a missing series, options that make no sense
/// for the series, bad data), so every command exits with the same status for the same fault.
public typealias ChartError = ReckonError
