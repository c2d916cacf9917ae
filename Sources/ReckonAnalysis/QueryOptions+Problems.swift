public import ReckonModel

/// The rules between a query's options, and between them and the series' kind: the one place they
/// are written. `reckon query` and `reckon serve` check them through ``Query/run(_:_:)``, and
/// `reckon check` for every layer of `reckon.yaml`, each showing them in its own spelling.
extension QueryOptions {
    /// What makes these options impossible for a series of `kind` called `series`, in the order
    /// the steps run; empty when the query can run.
    public func problems(kind: SeriesKind, series: String) -> [AnalysisError] {
        var problems: [AnalysisError] = []
        if let rolling, !Self.rollingDays.contains(rolling) { problems.append(Self.outOfRange("rolling", Self.rollingDays)) }
        if let maxGap, !Self.maxGapDays.contains(maxGap) { problems.append(Self.outOfRange("max-gap", Self.maxGapDays)) }
        var kind = kind
        if let problem = changeProblem(kind: kind, series: series) {
            problems.append(problem)
        } else if diff {
            kind = .count
        } else if cumulative {
            kind = .cumulative
        }
        if rolling != nil { kind = .level }
        if let every {
            let stat = stat ?? Statistic.defaultFor(kind)
            if stat == .end, kind == .count {
                problems.append(Self.endOfCount)
            }
            kind = Aggregation.kind(of: kind, every: every, stat: stat)
        } else if stat != nil {
            problems.append(AnalysisError(.usage, about: "stat", "\(name: "stat") needs \(name: "every")"))
        }
        if !at.isEmpty, kind == .count {
            problems.append(
                AnalysisError(
                    .usage, about: "at",
                    "\(name: "at") interpolates between points, which counts over periods are not; use \(name: "every") or \(name: "cumulative") first"
                ))
        }
        if let windowProblem { problems.append(windowProblem) }
        return problems
    }

    /// The problem of `diff` or `cumulative` for a series of `kind`.
    private func changeProblem(kind: SeriesKind, series: String) -> AnalysisError? {
        if diff, cumulative {
            return AnalysisError(
                .usage, about: "cumulative", "\(name: "diff") and \(name: "cumulative") undo each other; give one")
        }
        if diff, kind == .count {
            return AnalysisError(
                .usage, about: "diff",
                "\(name: "diff") turns a level or cumulative series into counts; '\(series)' is already a count")
        }
        if cumulative, kind != .count {
            return AnalysisError(
                .usage, about: "cumulative",
                "\(name: "cumulative") adds up counts; '\(series)' is a \(kind.rawValue) series (use \(name: "diff") to get its counts)"
            )
        }
        return nil
    }

    /// A `to` before `from`.
    var windowProblem: AnalysisError? {
        guard let from, let to, to < from else { return nil }
        return AnalysisError(.usage, about: "to", "\(name: "to") \(to) is before \(name: "from") \(from)")
    }

    /// The `end` statistic asked of counts.
    static let endOfCount = AnalysisError(
        .usage, about: "stat",
        "\(name: "stat", "end") takes the value at each period's end, which a count does not have; use sum, or \(name: "cumulative") first"
    )
}
