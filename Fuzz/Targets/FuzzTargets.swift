import ReckonAnalysis
import ReckonChart
import ReckonOutput

@testable import ReckonModel
@testable import ReckonPublish

/// The fuzz targets: each takes arbitrary bytes and must return without trapping, hanging or
/// growing without bound, whatever the bytes are. `make fuzz` runs each under libFuzzer; the tests
/// replay the committed seed corpora and every input that once crashed (`Fuzz/Regressions/`).
public enum FuzzTargets {
    /// The targets by name.
    public static let all: [String: @Sendable ([UInt8]) -> Void] = [
        "csv": csv, "series": series, "dates": dates, "numbers": numbers, "json": json, "sidecar": sidecar,
        "spec": spec, "scene": scene, "template": template, "manifest": manifest, "extract": extract, "html": html,
    ]

    /// The names of the targets, sorted.
    public static var names: [String] { all.keys.sorted() }

    /// The RFC 4180 reader: every record, then the columns of every field.
    static func csv(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { buffer in
            var reader = CSVReader(buffer)
            var fields: [CSVField] = []
            var records = 0
            while records < 1_000_000, let span = try? reader.next(into: &fields) {
                for f in fields {
                    _ = reader.string(f)
                    _ = reader.column(of: f.start, lineStart: f.lineStart)
                }
                _ = span
                records += 1
            }
        }
    }

    /// The series decoder, and re-encoding, listing and selecting what it read; decoding a piece at a
    /// time (pieces of 1 to 64 bytes, chosen by the input), and the rows in two halves on two threads,
    /// must give the same observations and diagnostics, so must reading every row the general way
    /// (without the plain-row path), and the observations' columns the same rows as an array of them.
    static func series(_ bytes: [UInt8]) {
        let result = SeriesFileDecoder.decode(bytes, path: "Series/f.csv")
        func streamed(piece: Int, halvesFrom: Int = .max) -> SeriesFileDecoder.Result? {
            try? SeriesFileDecoder.decodeStreaming(
                read: { offset, buffer throws(ReckonError) -> Int in
                    let n = max(0, min(buffer.count, bytes.count - offset))
                    for i in 0..<n { buffer[i] = bytes[offset + i] }
                    return n
                }, sizeHint: bytes.count, path: "Series/f.csv", piece: piece, halvesFrom: halvesFrom)
        }
        let pieces = streamed(piece: 1 + Int(bytes.last ?? 0) % 64)
        precondition(
            pieces?.diagnostics == result.diagnostics && pieces?.file?.observations == result.file?.observations,
            "decoding in pieces differs from decoding the whole file")
        let halves = streamed(piece: 2 + Int(bytes.first ?? 0) % 128, halvesFrom: 1 + Int(bytes.last ?? 0) % 32)
        precondition(
            halves?.diagnostics == result.diagnostics && halves?.file?.observations == result.file?.observations
                && halves?.file?.observations.stringTables == result.file?.observations.stringTables
                && halves?.file?.observations.daysInOrderWithValues == result.file?.observations.daysInOrderWithValues
                && halves?.file?.headerText == result.file?.headerText && halves?.file?.hasBOM == result.file?.hasBOM
                && halves?.file?.lineEnding == result.file?.lineEnding,
            "decoding the rows in two halves differs from decoding the whole file")
        let general = SeriesFileDecoder.decode(bytes, path: "Series/f.csv", plainRows: false)
        precondition(
            general.diagnostics == result.diagnostics && general.file?.observations == result.file?.observations
                && general.file?.rowText == result.file?.rowText && general.file?.lines == result.file?.lines
                && general.file?.observations.stringTables == result.file?.observations.stringTables,
            "the plain-row path reads rows otherwise than the general way")
        if let file = result.file, !result.hasErrors {
            _ = file.encoded()
            // The columns read back as the rows they were read from, and the rows as the same columns.
            let rows = Array(file.observations)
            precondition(Observations(rows) == file.observations, "observations differ from their own rows")
            let series = Series(id: try! SeriesID("s"), observations: file.observations)
            let listing = ObservationListing(series)
            for format in [OutputFormat.table, .csv, .json] { _ = listing.rendered(format) }
            _ = try? Selection.points(series, options: QueryOptions())
        }
    }

    /// Dates and periods: whatever parses prints back as a date that parses to the same value.
    static func dates(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        if let date = try? ObservationDate.parse(text) {
            guard (try? ObservationDate.parse(date.description)) == date else {
                fatalError("'\(date)' does not read back as itself")
            }
        }
        _ = try? ObservationDate.parseDay(text)
    }

    /// Numbers: whatever parses is supported and formats back to itself; the byte writer spells the
    /// number, and the double made of the first eight bytes, as `NumberText.format` does.
    static func numbers(_ bytes: [UInt8]) {
        if bytes.count >= 8 {
            let bits = bytes.prefix(8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
            let double = Double(bitPattern: bits)
            var writer = ByteWriter()
            writer.append(number: double)
            precondition(writer.text == NumberText.format(double), "\(bits) is written otherwise than formatted")
        }
        let text = String(decoding: bytes, as: UTF8.self)
        guard let value = try? NumberText.parse(text) else { return }
        guard NumberText.isSupported(value), (try? NumberText.parse(NumberText.format(value))) == value else {
            fatalError("'\(text)' read as \(value), which does not read back")
        }
        var writer = ByteWriter()
        writer.append(number: value)
        precondition(writer.text == NumberText.format(value), "'\(text)' is written otherwise than formatted")
        _ = NumberText.grouped(value)
        for format in ChartSpec.YAxis.Format.allCases { _ = format.label(value, step: abs(value) / 7) }
    }

    /// The JSON import reader, with the options of the General Staff import.
    static func json(_ bytes: [UInt8]) {
        var options = ImportOptions()
        options.valueColumn = "drone"
        options.qualifierColumn = "drone*"
        options.source = "General Staff"
        _ = ImportReader.read(bytes, path: "in.json", options: options)
    }

    /// The sidecar reader.
    static func sidecar(_ bytes: [UInt8]) {
        let (metadata, _) = SidecarFile.decode(String(decoding: bytes, as: UTF8.self), path: "Series/f.yaml")
        _ = SidecarFile.encode(metadata)
    }

    /// The chart-spec reader, with two series that exist.
    static func spec(_ bytes: [UInt8]) {
        _ = ChartConfig.parse(String(decoding: bytes, as: UTF8.self), path: "reckon.yaml", series: knownSeries)
    }

    /// A spec and a series together into a Scene, with fixed text metrics: the input is the spec,
    /// a line `---csv`, then the series file `s.csv` (a cumulative series `c` is a copy of it).
    static func scene(_ bytes: [UInt8]) {
        let marker = Array("\n---csv\n".utf8)
        var split = bytes.count
        if bytes.count >= marker.count {
            for i in 0...(bytes.count - marker.count) where bytes[i..<(i + marker.count)].elementsEqual(marker) {
                split = i
                break
            }
        }
        let specText = String(decoding: bytes[..<split], as: UTF8.self)
        let csv = split < bytes.count ? Array(bytes[(split + marker.count)...]) : Array("date,value\n2025-01-01,1\n".utf8)
        let (charts, _) = ChartConfig.parse(specText, path: "reckon.yaml", series: knownSeries)
        let decoded = SeriesFileDecoder.decode(csv, path: "Series/s.csv")
        guard let file = decoded.file else { return }
        let builder = ChartBuilder(measure: FixedMetrics(), configPath: "reckon.yaml")
        for chart in charts.prefix(4) {
            let output = try? builder.build(chart) { id throws(ReckonError) -> Series in
                var metadata = SeriesMetadata()
                metadata.kind = id.rawValue == "c" ? .cumulative : .level
                return Series(id: id, metadata: metadata, observations: file.observations)
            }
            _ = output?.scene.dump()
            _ = output?.scene.json()
        }
    }

    /// A report template (HTML when it starts with `<`, else Markdown), every tag's fact given a
    /// value (a tag named `none…` has none): the limits hold, and rendering ends.
    static func template(_ bytes: [UInt8]) {
        let html = bytes.first == UInt8(ascii: "<")
        _ = try? Report.render(
            template: String(decoding: bytes, as: UTF8.self), path: html ? "Reports/f.html" : "Reports/f.md", html: html
        ) { tags throws(ReckonError) in
            var values: [String: String?] = [:]
            for tag in tags { values[tag.name] = tag.name.hasPrefix("none") ? .some(nil) : "<a & b> *x* [y](z)" }
            return values
        }
    }

    /// A shard's manifest: what reads writes back as itself, and merging it with a workspace of
    /// two charts takes only files those charts make.
    static func manifest(_ bytes: [UInt8]) {
        guard let manifest = Manifest(json: bytes) else { return }
        precondition(Manifest(json: manifest.json()) == manifest, "a manifest does not read back as itself")
        var a = ChartSpec(id: "a")
        a.layers = [LayerSpec(series: try! SeriesID("s"))]
        var b = a
        b.id = "b"
        b.sizes = [ChartSpec.Size(width: 640)]
        let part = ShardSet.Part(folder: "S1", manifest: manifest, shown: "S1/reckon-manifest.json")
        guard let plan = try? ShardSet.plan([part], specs: [a, b], inputs: { _ in "0123" }) else { return }
        let made = Set([a, b].flatMap { $0.files(ChartSpec.FileFormat.allCases) }.map(\.name))
        precondition(
            plan.allSatisfy { $0.files.allSatisfy { made.contains($0.name) } }, "a merge plan takes a file no chart makes")
    }

    static let knownSeries: [SeriesID: SeriesKind] = [
        try! SeriesID("s"): .level, try! SeriesID("c"): .cumulative,
    ]
}
