import ArgumentParser
import ReckonExtract
import ReckonModel
import ReckonOutput

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Propose the estimates an article states, one row per figure, for review.",
        discussion: """
            Reads plain text, Markdown or HTML (visible text, title, publication day and canonical \
            address) and prints each figure with its qualifier, day or period, source and the series it \
            most likely belongs to (from the sidecars' match: phrases). Weekdays and relative dates are \
            resolved against the publication day; a figure whose day the text does not tell has no date. \
            Edit the CSV or JSON, then add it with reckon add --from FILE; or give --review to accept, \
            skip or edit each candidate at the terminal and add the accepted ones at once.

            Example: reckon extract article.html --published 2025-03-27 --format csv > rows.csv
            """)

    @OptionGroup var workspace: WorkspaceOptions
    @Argument(help: "The article: a text, Markdown or HTML file, or - for standard input.") var file: String
    @Option(help: "The day the article was published (YYYY-MM-DD); overrides the page's own.") var published: String?
    @Option(help: "The citation for every row; overrides the page's canonical address.") var url: String?
    @Option(help: "The article's language: en, de, fr, es, uk or ru (default: detected).") var language: Language?
    @Option(help: "Keep only the candidates of this series.") var series: String?
    @Option(help: "The input's kind: text, markdown or html (default: told from its start).") var input: DocumentReader.Format?
    @Option(help: "table, csv or json.") var format: OutputFormat = .table
    @Flag(help: "Ask about each candidate on standard input, then add the accepted ones.") var review = false
    @OptionGroup var writing: WriteOptions

    func run() throws {
        let day = try published.map { v throws(ReckonError) in try parseArgument("--published", v, ObservationDate.parseDay) }
        let only = try series.map { s throws(ReckonError) in try SeriesID(s) }
        let bytes = try ArticleInput.read(file)
        var document = try DocumentReader.read(bytes, name: file == "-" ? "<stdin>" : file, format: input)
        if let day { document.published = day }
        if let url { document.url = url }
        if let language { document.language = language }
        let profiles = try Self.profiles(workspace, required: only != nil)
        if let only, !profiles.contains(where: { $0.id == only }) {
            throw ReckonError(.usage, "--series: no series '\(only)' with match: phrases in its sidecar")
        }
        var rows = Extractor(series: profiles).extract(document)
        if let only { rows = rows.filter { $0.series == only } }
        guard review else {
            StandardOutput.write(CandidateListing(candidates: rows).rendered(format))
            return
        }
        guard file != "-" else {
            throw ReckonError(.usage, "--review reads its answers from standard input; give the article as a file")
        }
        var workspace = try workspace.open()
        workspace.lockTimeout = writing.wait
        let accepted = Review(
            ask: { readLine(strippingNewline: true)?.trimmingPrefix(while: \.isWhitespace).description },
            say: { text in
                print(text, terminator: "")
                StandardOutput.flush()
            }
        ).run(rows)
        guard !accepted.isEmpty else {
            print("nothing accepted; nothing added")
            return
        }
        try workspace.addAll(accepted, path: file)
        for row in accepted {
            print(
                "added to \(workspace.shown(Workspace.csvName(row.series))): \(row.observation.date) \(ObservationListing.people(row.observation))"
            )
        }
    }

    /// The series of the workspace with `match:` phrases; none when there is no workspace, unless one
    /// is required.
    static func profiles(_ options: WorkspaceOptions, required: Bool) throws(ReckonError) -> [SeriesProfile] {
        let workspace: Workspace
        do throws(ReckonError) {
            workspace = try options.open()
        } catch {
            if required { throw error }
            return []
        }
        guard let ids = try? workspace.seriesIDs() else { return [] }
        var out: [SeriesProfile] = []
        for id in ids {
            guard let metadata = try? workspace.metadata(of: id), !metadata.match.isEmpty else { continue }
            out.append(SeriesProfile(id: id, phrases: metadata.match, unit: metadata.unit))
        }
        return out
    }
}
