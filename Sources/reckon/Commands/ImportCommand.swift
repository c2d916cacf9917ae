import ArgumentParser
import ReckonModel

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import estimates from a CSV file or a JSON array of objects into a series.",
        discussion: """
            Rows are merged by (date, source): new ones are added, ones already stored with the same \
            numbers are unchanged, others are updated. --replace makes the series hold exactly the \
            imported rows. Records without a value are skipped and counted.

            Example: reckon import russia_losses_equipment.json --series ru-drones-downed \
            --value-column drone --kind cumulative --source "General Staff of the Armed Forces of Ukraine"
            """)

    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var writing: WriteOptions
    @Argument(help: "A .csv file with a header row, or a .json array of objects.") var file: String
    @Option(help: "The series to import into.") var series: String
    @Option(help: "The file's format, json or csv (default: JSON when it starts with [ or {).") var format: String?
    @Option(help: "The column or key holding the date.") var dateColumn = "date"
    @Option(help: "The column or key holding the value.") var valueColumn = "value"
    @Option(help: "The column or key holding the lower bound.") var lowColumn: String?
    @Option(help: "The column or key holding the upper bound.") var highColumn: String?
    @Option(help: "The column or key holding a qualifier (about, at least, at most).") var qualifierColumn: String?
    @Option(help: "The source to record on every imported row.") var source: String?
    @Option(help: "The series' kind, if new.") var kind: SeriesKind?
    @Option(help: "The series' title, if it has none.") var title: String?
    @Option(help: "The series' unit, if it has none.") var unit: String?
    @Flag(help: "Replace the series' rows with the imported ones instead of merging.") var replace = false

    func run() throws {
        let id = try SeriesID(series)
        var options = ImportOptions()
        if let format { try parseArgument("--format", format) { text throws(FieldError) in try options.set("format", to: text) } }
        options.dateColumn = dateColumn
        options.valueColumn = valueColumn
        options.lowColumn = lowColumn
        options.highColumn = highColumn
        options.qualifierColumn = qualifierColumn
        options.source = source.nonEmpty
        let metadata = SeriesMetadata(
            title: title, unit: unit,
            kind: kind)
        var workspace = try workspace.open()
        workspace.lockTimeout = writing.wait
        let read = try Importer.read(file: file, options: options)
        let outcome = try workspace.importRows(
            read.rows, skipped: read.skipped, into: id, path: file,
            metadata: metadata, replace: replace)
        func n(_ count: Int) -> String { NumberText.grouped(Double(count)) }
        var line =
            "\(workspace.shown(Workspace.csvName(id))): \(n(outcome.added)) added, \(n(outcome.updated)) updated, \(n(outcome.unchanged)) unchanged"
        if outcome.skipped > 0 { line += " (\(n(outcome.skipped)) without a value skipped)" }
        print(line)
    }
}
