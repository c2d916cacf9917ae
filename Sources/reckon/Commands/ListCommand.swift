import ArgumentParser
import ReckonModel
import ReckonOutput

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "One line per series: id, title, kind, unit, observations, first and last date, last value.",
        discussion: "Example: reckon list --format csv")

    @OptionGroup var workspace: WorkspaceOptions
    @Option(help: "table, csv or json.") var format: OutputFormat = .table

    func run() throws {
        let workspace = try workspace.open()
        var entries: [SeriesListing.Entry] = []
        var failures: [Diagnostic] = []
        for id in try workspace.seriesIDs() {
            do throws(ReckonError) {
                entries.append(SeriesListing.Entry(try workspace.load(id)))
            } catch {
                failures += error.diagnostics
            }
        }
        print(SeriesListing(entries).rendered(format), terminator: "")
        if !failures.isEmpty { throw ReckonError(.badData, failures) }
    }
}
