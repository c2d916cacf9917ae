import Foundation
import ReckonChart
import ReckonModel

/// One chart a worker process is asked to draw: the message from `render` to its child, one JSON
/// object on a line.
struct ChartJob: Codable, Sendable, Equatable {
    /// The chart's id in `reckon.yaml`.
    var chart: String
    /// The formats of the chart's primary rendering.
    var formats: [ChartSpec.FileFormat]
    /// The names of the files to write.
    var files: [String]
    /// The output folder, and the same as messages show it.
    var folder: String
    var shown: String
    /// Whether a missing character fails the chart.
    var strict: Bool

    /// The message as a line of JSON.
    var line: [UInt8] { Array((try? Self.encoder.encode(self)) ?? Data()) + [0x0A] }

    /// The job a line holds; nil when it holds none.
    init?(line: [UInt8]) {
        guard let job = try? JSONDecoder().decode(Self.self, from: Data(line)) else { return nil }
        self = job
    }

    init(chart: String, formats: [ChartSpec.FileFormat], files: [String], folder: String, shown: String, strict: Bool) {
        (self.chart, self.formats, self.files, self.folder, self.shown, self.strict) =
            (chart, formats, files, folder, shown, strict)
    }

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()
}

/// What a worker answers for a ``ChartJob``: the chart drawn (the files written, its record and
/// its warnings), or why not (the failure's `sysexits` status and its diagnostics). Sent as a line
/// holding the length, then that many bytes of JSON.
enum ChartOutcome: Codable, Sendable, Equatable {
    case drawn(files: [String], record: ChartRecord, warnings: [Diagnostic])
    case failed(status: Int, diagnostics: [Diagnostic])

    /// The outcome of a chart drawn in this process.
    init(_ result: Result<Publisher.Drawn, ReckonError>) {
        switch result {
        case .success(let drawn): self = .drawn(files: drawn.files, record: drawn.record, warnings: drawn.warnings)
        case .failure(let error): self = .failed(status: ReckonError.status(error.kind), diagnostics: error.diagnostics)
        }
    }

    /// The outcome as the parent uses it.
    var result: Result<Publisher.Drawn, ReckonError> {
        switch self {
        case .drawn(let files, let record, let warnings):
            .success(Publisher.Drawn(files: files, record: record, warnings: warnings))
        case .failed(let status, let diagnostics):
            .failure(ReckonError(ReckonError.kind(status: status), diagnostics))
        }
    }

    /// The message: its length on a line, then its JSON.
    var message: [UInt8] {
        let json = Array((try? ChartJob.encoder.encode(self)) ?? Data())
        return Array("\(json.count)\n".utf8) + json
    }

    /// The outcome in `bytes`; nil when they hold none.
    init?(json bytes: [UInt8]) {
        guard let outcome = try? JSONDecoder().decode(Self.self, from: Data(bytes)) else { return nil }
        self = outcome
    }
}
