import Foundation
import ReckonCairo
import ReckonChart
public import ReckonModel
import ReckonOutput

#if canImport(Glibc)
    import Glibc
#endif

/// Renders charts in child processes, so that a chart whose rendering traps or hangs fails alone and
/// every other chart, the galleries and the manifest are still written.
///
/// Each of `render`'s threads keeps one child, `executable` run with `arguments`, and hands it
/// charts one at a time (the child loads fonts and `reckon.yaml` once, so a child per thread costs
/// little more than rendering in this process). When a child dies — a trap, a signal, or running past
/// `timeout` seconds on one chart — that chart fails with an internal error and the next chart gets a
/// new child. The protocol is ``ChartWorker/serve(_:input:output:beforeEach:report:)``'s.
///
/// Starting a child makes this process ignore `SIGPIPE`, so that writing to a child that has died
/// fails the write instead of ending the process.
public struct ChartWorker: Sendable {
    /// The program that renders one chart.
    public var executable: String
    /// Its arguments, before the chart's.
    public var arguments: [String]
    /// The longest one chart may take, in seconds.
    public var timeout: Double

    /// A worker that runs `executable` with `arguments`, ended after `timeout` seconds.
    public init(executable: String, arguments: [String], timeout: Double = 600) {
        self.executable = executable
        self.arguments = arguments
        self.timeout = timeout
    }
}

extension ChartWorker {
    /// The child's side: reads one request per line from `input` (a JSON object with `chart`,
    /// `formats`, `files`, `folder`, `shown` and `strict`), renders that chart of `workspace`'s `reckon.yaml`, prints its
    /// warnings and errors to standard error, and answers on `output` with a line `ok N` followed by
    /// N bytes (the chart's record as a one-chart manifest, its files under `outputs`) or a line
    /// `fail STATUS N` (the failure's sysexits status) followed by N bytes (its diagnostics as JSON,
    /// which the parent reports). Returns at the end of `input`.
    ///
    /// `beforeEach` sees each chart id first (the command line's test hook uses it).
    public static func serve(
        _ workspace: Workspace, input: Int32, output: Int32, beforeEach: (String) -> Void = { _ in },
        report: ([ReckonModel.Diagnostic]) -> Void
    ) {
        var reader = PipeReader(fd: input)
        var settings: WorkspaceSettings?
        let measurer = PangoMeasurer()
        while let line = reader.line() {
            guard let request = Request(line) else {
                PipeReader.write(Array("fail 70\n".utf8), to: output)
                continue
            }
            beforeEach(request.chart)
            do throws(ReckonError) {
                if settings == nil { settings = try WorkspaceSettings.read(workspace) }
                let (manifest, warnings) = try Publisher.renderOne(
                    request, settings: settings!, workspace: workspace, measurer: measurer)
                report(warnings)
                let bytes = manifest.json()
                PipeReader.write(Array("ok \(bytes.count)\n".utf8) + bytes, to: output)
            } catch {
                // The parent says the error, once even when several charts fail on one series.
                let bytes = Array(JSONText.encode(.array(error.diagnostics.map(Self.json))).utf8)
                PipeReader.write(Array("fail \(ReckonError.status(error.kind)) \(bytes.count)\n".utf8) + bytes, to: output)
            }
        }
    }

    /// A diagnostic as the child sends it to the parent.
    static func json(_ d: ReckonModel.Diagnostic) -> JSONText.Value {
        .object([
            ("severity", .string(d.severity.rawValue)), ("file", d.file.map(JSONText.Value.string) ?? .null),
            ("line", d.line.map(JSONText.Value.int) ?? .null), ("column", d.column.map(JSONText.Value.int) ?? .null),
            ("message", .string(d.message)),
        ])
    }

    /// The diagnostics a child sent, as ``json(_:)`` wrote them; none when they cannot be read.
    static func diagnostics(_ bytes: [UInt8]) -> [ReckonModel.Diagnostic] {
        guard let list = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [[String: Any]] else { return [] }
        return list.compactMap { o in
            guard let message = o["message"] as? String else { return nil }
            return ReckonModel.Diagnostic(
                (o["severity"] as? String).flatMap(ReckonModel.Diagnostic.Severity.init(rawValue:)) ?? .error,
                file: o["file"] as? String, line: o["line"] as? Int, column: o["column"] as? Int, message)
        }
    }

    /// One chart to render, as the parent asks for it.
    struct Request {
        var chart: String
        /// The formats of the chart's primary rendering.
        var formats: [ChartSpec.FileFormat]
        /// The names of the files to write.
        var files: [String]
        var folder: String
        var shown: String
        /// Whether a missing character fails the chart.
        var strict: Bool

        init(
            chart: String, formats: [ChartSpec.FileFormat], files: [String], folder: String, shown: String, strict: Bool
        ) {
            (self.chart, self.formats, self.files, self.folder, self.shown) = (chart, formats, files, folder, shown)
            self.strict = strict
        }

        init?(_ line: [UInt8]) {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                let chart = object["chart"] as? String, let formats = object["formats"] as? [String],
                let files = object["files"] as? [String], let folder = object["folder"] as? String,
                let shown = object["shown"] as? String
            else { return nil }
            self.init(
                chart: chart, formats: formats.compactMap(ChartSpec.FileFormat.init(rawValue:)), files: files, folder: folder,
                shown: shown, strict: object["strict"] as? Bool ?? false)
        }

        var line: [UInt8] {
            let value = JSONText.Value.object([
                ("chart", .string(chart)), ("formats", .array(formats.map { .string($0.rawValue) })),
                ("files", .array(files.map(JSONText.Value.string))), ("folder", .string(folder)), ("shown", .string(shown)),
                ("strict", .bool(strict)),
            ])
            return Array((JSONText.encode(value) + "\n").utf8)
        }
    }
}
