import Foundation
import Testing

@testable import ReckonModel

/// A sidecar's `pull:` mapping, read with import's vocabulary, and a pull's rows recorded as revisions.
struct WorkspacePullTests {
    func rows(_ csv: String) -> [ImportedRow] {
        ImportReader.read(Array(csv.utf8), path: "in.csv", options: ImportOptions()).rows
    }

    let entry = PullState.Entry(url: "http://127.0.0.1/x.csv", mapping: "", etag: "\"1\"", hash: "h")

    @Test func thePullMappingUsesImportsKeys() {
        let (m, d) = SidecarFile.decode(
            """
            title: Personnel
            pull:
              url: https://example.org/data/losses.json
              format: json
              value-column: personnel
              qualifier-column: "personnel*"
              source: General Staff
            """, path: "Series/x.yaml")
        #expect(d.isEmpty)
        var options = ImportOptions()
        options.format = .json
        options.valueColumn = "personnel"
        options.qualifierColumn = "personnel*"
        options.source = "General Staff"
        #expect(m.pull == PullSource(url: "https://example.org/data/losses.json", options: options))
        #expect(m.title == "Personnel")
        #expect(options.summary == "format=json;value-column=personnel;qualifier-column=personnel*;source=General Staff")
    }

    @Test func aBadPullMappingIsLocated() {
        let (m, d) = SidecarFile.decode(
            "pull:\n  url: ftp://example.org/x\n  value-colum: v\n  format: xml\n", path: "Series/x.yaml")
        #expect(m.pull == nil)
        #expect(
            d.map(\.description) == [
                "Series/x.yaml:2:8: error: 'pull.url': url must start with http://, https:// or file:// (not 'ftp://example.org/x')",
                "Series/x.yaml:3:3: error: 'pull': unknown key 'value-colum'; did you mean 'value-column'? (keys: url, format, date-column, value-column, low-column, high-column, qualifier-column, source)",
                "Series/x.yaml:4:11: error: 'pull': format must be json or csv, not 'xml'",
            ])
        #expect(SidecarFile.decode("pull:\n  value-column: v\n", path: "s.yaml").1.map(\.message) == ["'pull' needs a url"])
        #expect(SidecarFile.decode("pull: x\n", path: "s.yaml").1.count == 1)
    }

    @Test func aChangedPastValueIsKeptAndItsRevisionAdded() throws {
        let w = try makeWorkspace()
        let id = try SeriesID("x")
        let seen = Day(year: 2025, month: 2, day: 1)!
        var outcome = try w.recordPull(
            rows("date,value\n2025-01-01,100\n2025-01-02,200\n"), into: id, path: "in.csv", seen: seen, entry: entry)
        #expect(outcome.added == 2 && outcome.revised == 0)
        outcome = try w.recordPull(
            rows("date,value\n2025-01-01,100\n2025-01-02,230\n2025-01-03,300\n"), into: id, path: "in.csv", seen: seen + 1,
            entry: entry)
        #expect(outcome.added == 1 && outcome.revised == 1 && outcome.unchanged == 1)
        #expect(outcome.revisions.map(\.old.value) == [200] && outcome.revisions.map(\.new.value) == [230])
        #expect(
            try contents(w, "Series/x.csv")
                == "date,value,reported\n2025-01-01,100,\n2025-01-02,200,\n2025-01-02,230,2025-02-02\n2025-01-03,300,\n")
        // What was known on 1 February is still there: the latest word is the revision.
        let series = try w.load(id)
        #expect(series.observations.count == 4)
        // The same source again changes nothing.
        outcome = try w.recordPull(
            rows("date,value\n2025-01-01,100\n2025-01-02,230\n2025-01-03,300\n"), into: id, path: "in.csv", seen: seen + 2,
            entry: entry)
        #expect(outcome.unchanged == 3 && !outcome.changedSeries)
    }

    @Test func aValueFirstSeenTodayIsCorrectedInPlace() throws {
        let w = try makeWorkspace()
        let id = try SeriesID("x")
        let today = Day(year: 2025, month: 1, day: 3)!
        try w.recordPull(rows("date,value\n2025-01-03,300\n"), into: id, path: "in.csv", seen: today, entry: entry)
        let outcome = try w.recordPull(rows("date,value\n2025-01-03,310\n"), into: id, path: "in.csv", seen: today, entry: entry)
        #expect(outcome.revised == 1)
        #expect(try contents(w, "Series/x.csv") == "date,value\n2025-01-03,310\n")
    }

    @Test func theStateIsRememberedAndAnUnchangedSourceWritesOnlyNewValidators() throws {
        let w = try makeWorkspace()
        let id = try SeriesID("x")
        let seen = Day(year: 2025, month: 2, day: 1)!
        #expect(w.pullState() == PullState())
        try w.recordPull(rows("date,value\n2025-01-01,1\n"), into: id, path: "in.csv", seen: seen, entry: entry)
        #expect(w.pullState().series["x"] == entry)
        let csv = try contents(w, "Series/x.csv")
        var next = entry
        next.etag = "\"2\""
        let outcome = try w.recordPull(nil, into: id, path: "in.csv", seen: seen, entry: next)
        #expect(outcome == Workspace.PullOutcome())
        #expect(w.pullState().series["x"]?.etag == "\"2\"")
        #expect(try contents(w, "Series/x.csv") == csv)
    }

    @Test func duplicateRowsInTheSourceWriteNothing() throws {
        let w = try makeWorkspace()
        let id = try SeriesID("x")
        #expect(throws: ReckonError.self) {
            try w.recordPull(
                rows("date,value\n2025-01-01,1\n2025-01-01,2\n"), into: id, path: "in.csv",
                seen: Day(year: 2025, month: 2, day: 1)!,
                entry: entry)
        }
        #expect(!w.exists(id))
        #expect(!FileManager.default.fileExists(atPath: w.path(Workspace.pullStateName)))
    }
}
