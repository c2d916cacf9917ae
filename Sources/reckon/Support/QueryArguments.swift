import ArgumentParser
import Foundation
import ReckonAnalysis
import ReckonModel

/// The options of `query` and `trend`, in the order the steps run.
struct QueryArguments: ParsableArguments {
    @Option(help: "Keep points on or after this day.") var from: String?
    @Option(help: "Keep points on or before this day.") var to: String?
    @Option(help: "Ignore rows reported after this day: the figures as they stood then.") var asOf: String?
    @Option(help: "Use only this source's rows.") var source: String?
    @Option(help: "How several sources on one date combine.") var combine: Combine = .median
    @Flag(help: "Level or cumulative to counts: the differences between consecutive points.") var diff = false
    @Flag(help: "Counts to a running total.") var cumulative = false
    @Option(
        parsing: .unconditional, help: ArgumentHelp("The mean over the trailing N calendar days, 1 to 3660.", valueName: "days"))
    var rolling: Int?
    @Option(help: "Aggregate into periods.") var every: PeriodUnit?
    @Option(help: "The statistic per period (default: sum for counts, end for the others).") var stat: Statistic?
    @Option(help: ArgumentHelp("Evaluate at these days (comma-separated).", valueName: "dates")) var at: String?
    @Option(help: "Between observations.") var interpolate: Interpolation = .monotone
    @Flag(help: "Extend beyond the first and last observation.") var extrapolate = false
    @Option(
        parsing: .unconditional,
        help: ArgumentHelp("Do not bridge gaps longer than this many days, 1 to 100000.", valueName: "days"))
    var maxGap: Int?

    /// The options, parsed and checked as `reckon serve` checks its URL parameters; a bad value is a
    /// usage error naming its option.
    func options() throws(ReckonError) -> QueryOptions {
        var given: [(name: String, value: String)] = []
        func add(_ name: String, _ value: String?) { if let value { given.append((name, value)) } }
        add("from", from)
        add("to", to)
        add("as-of", asOf)
        add("source", source)
        add("combine", combine.rawValue)
        if diff { add("diff", "true") }
        if cumulative { add("cumulative", "true") }
        add("rolling", rolling.map(String.init))
        add("every", every?.rawValue)
        add("stat", stat?.rawValue)
        add("at", at)
        add("interpolate", interpolate.rawValue)
        if extrapolate { add("extrapolate", "true") }
        add("max-gap", maxGap.map(String.init))
        return try analysing { () throws(AnalysisError) in try QueryOptions(parameters: given) }
    }
}

/// One of an enumeration's raw values, or a usage error that lists them.
func choice<T: RawRepresentable & CaseIterable>(_ name: String, _ text: String) throws(ReckonError) -> T
where T.RawValue == String {
    if let v = T(rawValue: text) { return v }
    throw ReckonError(.usage, "\(name): unknown value '\(text)' (expected \(T.allCases.map(\.rawValue).joined(separator: ", ")))")
}

/// Runs an analysis step, turning its error into the command line's, naming options as it spells
/// them (`--diff`).
func analysing<T>(_ body: () throws(AnalysisError) -> T) throws(ReckonError) -> T {
    do throws(AnalysisError) {
        return try body()
    } catch {
        throw error.reckonError(.option)
    }
}

/// Loads a series and runs a query on it, printing the query's warnings (a publisher's revisions) on stderr.
/// A long series is worked on two threads when the workspace says so (`Workspace.worksOnTwoThreads`).
func runQuery(_ id: SeriesID, _ options: QueryOptions, in workspace: Workspace) throws(ReckonError) -> Query.Result {
    let series = try workspace.load(id)
    let twoThreads = workspace.worksOnTwoThreads
    let result = try analysing { () throws(AnalysisError) in try Query.run(series, options, onTwoThreads: twoThreads) }
    printDiagnostics(result.warnings.map { Diagnostic(.warning, file: workspace.shown(Workspace.csvName(id)), $0.message) })
    return result
}

/// Runs a query once per source of the series, printing each source's warnings.
func runQueryBySource(
    _ id: SeriesID, _ options: QueryOptions, in workspace: Workspace
) throws(ReckonError) -> [(source: String, result: Query.Result)] {
    let series = try workspace.load(id)
    let groups = try analysing { () throws(AnalysisError) in try BySource.run(series, options) }
    let file = workspace.shown(Workspace.csvName(id))
    printDiagnostics(
        groups.flatMap { g in
            g.result.warnings.map { Diagnostic(.warning, file: file, "\(BySource.label(g.source)): \($0.message)") }
        })
    return groups
}
