package import Yams

extension Workspace {
    /// What `check` found: every problem in every file, and what was read.
    public struct CheckReport: Sendable {
        /// Every problem found.
        public var diagnostics: [Diagnostic] = []
        /// How many series were checked.
        public var seriesCount = 0
        /// How many observations they hold.
        public var observationCount = 0
        /// How many rows revise an earlier estimate for the same date and source, by series.
        public var revisions: [SeriesID: Int] = [:]

        /// How many of the problems are errors.
        public var errorCount: Int { diagnostics.count { $0.severity == .error } }
        /// How many of the problems are warnings.
        public var warningCount: Int { diagnostics.count { $0.severity == .warning } }
    }

    /// Validates every series file and every sidecar, reporting every problem rather than stopping at
    /// the first. `reckon.yaml` is validated by `ReckonPublish`'s `WorkspaceSettings`, which reads it.
    ///
    /// - Complexity: O(total size of the files).
    public func check() -> CheckReport {
        var report = CheckReport()
        var ids: [SeriesID] = []
        do throws(ReckonError) {
            ids = try checkSeriesFolder(&report)
        } catch {
            report.diagnostics += error.diagnostics
        }
        for id in ids {
            checkSeries(id, &report)
        }
        return report
    }

    /// Lists `Series/`, reporting files whose names cannot be series, and returns the series ids.
    private func checkSeriesFolder(_ report: inout CheckReport) throws(ReckonError) -> [SeriesID] {
        guard FileIO.isDirectory(path("Series")) else {
            throw ReckonError(.missingInput, file: shown("Series"), "the workspace has no Series folder")
        }
        let names = try FileIO.list(path("Series"), shown: shown("Series"))
        var ids: [SeriesID] = []
        for name in names where !name.hasPrefix(".") {
            let shownName = shown("Series/" + name)
            if name.hasSuffix(".csv") {
                do throws(ReckonError) {
                    ids.append(try SeriesID(String(name.dropLast(4))))
                } catch {
                    report.diagnostics.append(Diagnostic(file: shownName, error.diagnostics[0].message))
                }
            } else if name.hasSuffix(".yaml") {
                if !names.contains(String(name.dropLast(5)) + ".csv") {
                    report.diagnostics.append(
                        Diagnostic(.warning, file: shownName, "a sidecar without a series (no \(name.dropLast(5)).csv)"))
                }
            } else {
                report.diagnostics.append(
                    Diagnostic(.warning, file: shownName, "not a series file (expected <id>.csv or <id>.yaml)"))
            }
        }
        // Temporary files count as left over only while no writer holds the folder's lock: a live
        // writer's file is work in progress.
        for folder in ["Series", "Output"] where (try? FileLock(folder: path(folder), shown: folder, timeout: 0)) != nil {
            for name in AtomicFile.leftovers(in: path(folder)) {
                report.diagnostics.append(
                    Diagnostic(
                        .warning, file: shown(folder + "/" + name),
                        "a temporary file left by a writer that was stopped; the next write to \(folder)/ removes it"))
            }
        }
        return ids
    }

    private func checkSeries(_ id: SeriesID, _ report: inout CheckReport) {
        report.seriesCount += 1
        do throws(ReckonError) {
            let (metadata, _, sidecarDiagnostics) = try readSidecar(id)
            report.diagnostics += sidecarDiagnostics
            let name = Workspace.csvName(id)
            let result = SeriesFileDecoder.decode(try readFile(name), path: shown(name))
            report.diagnostics += result.diagnostics
            guard let file = result.file else { return }
            report.observationCount += file.observations.count
            report.diagnostics += duplicateWarnings(file, defaultSource: metadata.source, path: shown(name))
            report.diagnostics += linkWarnings(file, path: shown(name))
            let (revised, warnings) = revisionWarnings(file, defaultSource: metadata.source, path: shown(name))
            if revised > 0 { report.revisions[id] = revised }
            report.diagnostics += warnings
        } catch {
            report.diagnostics += error.diagnostics
        }
    }

    /// Rows that share date, source and reported day: analysis cannot tell which is the latest word,
    /// and takes the later row.
    func duplicateWarnings(_ file: SeriesFile, defaultSource: String?, path: String) -> [Diagnostic] {
        var seen: [SeriesFile.SortKey: Int] = [:]
        var out: [Diagnostic] = []
        for (i, o) in file.observations.enumerated() {
            let key = SeriesFile.SortKey(o, defaultSource: defaultSource)
            if let earlier = seen.updateValue(file.lines[i], forKey: key) {
                out.append(
                    Diagnostic(
                        .warning, file: path, line: file.lines[i], column: 1,
                        "same date, source and reported day as line \(earlier); the later row is used (give 'reported' to mark a revision)"
                    ))
            }
        }
        return out
    }

    /// Rows whose `url` a report may not publish as a link (see ``LinkRule``).
    func linkWarnings(_ file: SeriesFile, path: String) -> [Diagnostic] {
        file.observations.indices.compactMap { i in
            guard let url = file.observations[i].url, !LinkRule.allows(url) else { return nil }
            return Diagnostic(
                .warning, file: path, line: file.lines[i], column: 1,
                "the url '\(Escaping.visible(url))' is not an http, https or mailto address; reports leave it out")
        }
    }

    /// The top-level keys `reckon.yaml` may have.
    public static let configKeys = ["charts", "defaults", "reports"]

    /// The top-level mapping of `reckon.yaml`'s text (shown as `path`), with a located problem for YAML
    /// that does not compose, a file that is not a mapping and each unknown key; nil when the file is
    /// empty or not a mapping. Each section is read by its owner: the charts by `ReckonChart`'s
    /// `ChartConfig`, the reports and the whole by `ReckonPublish`'s `WorkspaceSettings`.
    package static func configMapping(_ text: String, path: String) -> (mapping: Node.Mapping?, diagnostics: [Diagnostic]) {
        let root: Node
        switch YAMLReading.compose(text, path: path) {
        case .failure(let problem): return (nil, [problem])
        case .success(nil): return (nil, [])
        case .success(let node?): root = node
        }
        guard let mapping = root.mapping else {
            let message = "\(configName) must be a mapping with the keys \(configKeys.joined(separator: ", "))"
            return (nil, [YAMLReading.diagnostic(root, path: path, message)])
        }
        var problems: [Diagnostic] = []
        for (key, _) in mapping {
            let k = key.string ?? ""
            guard !configKeys.contains(k) else { continue }
            var message = "unknown key '\(k)'"
            if let guess = closestMatch(k, in: configKeys) { message += "; did you mean '\(guess)'?" }
            problems.append(YAMLReading.diagnostic(key, path: path, message + " (keys: \(configKeys.joined(separator: ", ")))"))
        }
        return (mapping, problems)
    }
}
