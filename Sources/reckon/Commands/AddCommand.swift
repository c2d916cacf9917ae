import ArgumentParser
import ReckonModel
import ReckonOutput

struct AddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add one estimate to a series, creating the series if it is new.",
        discussion: """
            Example: reckon add nk-troops-in-russia 2025-03-27 11000 --qualifier about \
            --source "South Korea Joint Chiefs of Staff"

            DATE is a day (2025-03-27), ISO week (2025-W13), month (2025-03), quarter (2025-Q1), \
            year (2025) or a span of two (2025-01/2025-02). Give VALUE, or a range with --low and \
            --high, or both. Write a negative value after '--': reckon add s 2025-01 -- -3.

            With --from FILE, adds every row of a candidates file (CSV or JSON as reckon extract \
            writes them, after review) to the series each row names: all rows or none.
            """)

    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var writing: WriteOptions

    @Argument(help: "The series id: 1 to 64 of a-z, 0-9 and '-'.") var series: String?
    @Argument(help: "The day or period the estimate is about.") var date: String?
    @Argument(help: "The estimate, a plain number such as 11000 or 0.25.") var value: String?

    @Option(help: "The lower bound of a range estimate.") var low: String?
    @Option(help: "The upper bound of a range estimate.") var high: String?
    @Option(help: "How it was worded.") var qualifier: Qualifier?
    @Option(help: "Who made the estimate.") var source: String?
    @Option(help: "A citation.") var url: String?
    @Option(help: "The day it was published, when it differs from the end of DATE.") var reported: String?
    @Option(help: "Free text.") var note: String?
    @Option(help: "The series' title (written to its sidecar if it has none).") var title: String?
    @Option(help: "The series' unit, e.g. troops.") var unit: String?
    @Option(help: "The series' kind.") var kind: SeriesKind?
    @Option(help: "A candidates file from reckon extract (CSV or JSON) to add instead of one estimate.") var from: String?

    func run() throws {
        if let from { return try addFrom(from) }
        guard let series, let date else {
            throw ReckonError(.usage, "give SERIES and DATE, or --from FILE")
        }
        let id = try SeriesID(series)
        let observation = Observation(
            date: try parseArgument("DATE", date, ObservationDate.parse),
            value: try value.map { v throws(ReckonError) in try parseArgument("VALUE", v, NumberText.parse) },
            low: try low.map { v throws(ReckonError) in try parseArgument("--low", v, NumberText.parse) },
            high: try high.map { v throws(ReckonError) in try parseArgument("--high", v, NumberText.parse) },
            qualifier: qualifier,
            source: source.nonEmpty, url: url.nonEmpty,
            reported: try reported.map { v throws(ReckonError) in try parseArgument("--reported", v, ObservationDate.parseDay)
            },
            note: note.nonEmpty)
        let metadata = SeriesMetadata(
            title: title, unit: unit,
            kind: kind)
        var workspace = try workspace.open()
        workspace.lockTimeout = writing.wait
        let outcome = try workspace.add(observation, to: id, metadata: metadata)
        print(
            "\(outcome.created ? "created" : "added to") \(workspace.shown(Workspace.csvName(id))): \(observation.date) \(ObservationListing.people(observation))"
        )
    }
}

extension AddCommand {
    /// Adds every row of a candidates file, all or none, and reports each.
    func addFrom(_ path: String) throws {
        guard series == nil, date == nil, value == nil, low == nil, high == nil, qualifier == nil, source == nil,
            url == nil, reported == nil, note == nil, title == nil, unit == nil, kind == nil
        else {
            throw ReckonError(.usage, "--from takes every field from the file; give no SERIES, DATE or other option with it")
        }
        let rows = try CandidateRows.read(path)
        var workspace = try workspace.open()
        workspace.lockTimeout = writing.wait
        try workspace.addAll(rows, path: path)
        for row in rows {
            print(
                "\(path):\(row.line): added to \(workspace.shown(Workspace.csvName(row.series))): \(row.observation.date) \(ObservationListing.people(row.observation))"
            )
        }
    }
}

extension Optional<String> {
    /// nil for nil or the empty string.
    var nonEmpty: String? { self?.isEmpty == false ? self : nil }
}
