import Foundation
import Testing

@testable import ReckonModel

struct WorkspaceImportTests {
    func rows(_ csv: String) -> [ImportedRow] {
        var o = ImportOptions()
        o.source = "GS"
        o.qualifierColumn = "qualifier"
        return ImportReader.read(Array(csv.utf8), path: "in.csv", options: o).rows
    }

    @Test func mergesByDateAndSource() throws {
        let w = try makeWorkspace()
        let id = try SeriesID("x")
        var first = try w.importRows(
            rows("date,value,qualifier\n2025-01-01,1,\n2025-01-02,2,\n"), skipped: 0, into: id, path: "in.csv")
        #expect(first == Workspace.ImportOutcome(added: 2, updated: 0, unchanged: 0, skipped: 0, created: true))
        first = try w.importRows(
            rows("date,value,qualifier\n2025-01-02,2,\n2025-01-03,3,\n2025-01-01,5,about\n"), skipped: 1, into: id, path: "in.csv"
        )
        #expect(first == Workspace.ImportOutcome(added: 1, updated: 1, unchanged: 1, skipped: 1, created: false))
        #expect(
            try contents(w, "Series/x.csv")
                == "date,value,source,qualifier\n2025-01-01,5,GS,about\n2025-01-02,2,GS,\n2025-01-03,3,GS,\n")
    }

    @Test func anUnchangedImportWritesNothing() throws {
        let w = try makeWorkspace()
        let id = try SeriesID("x")
        let input = rows("date,value,qualifier\n2025-01-01,1,\n")
        try w.importRows(input, skipped: 0, into: id, path: "in.csv")
        let attributes = try FileManager.default.attributesOfItem(atPath: w.path("Series/x.csv"))
        Thread.sleep(forTimeInterval: 0.02)
        let outcome = try w.importRows(input, skipped: 0, into: id, path: "in.csv")
        #expect(outcome.unchanged == 1)
        let after = try FileManager.default.attributesOfItem(atPath: w.path("Series/x.csv"))
        #expect(attributes[.modificationDate] as? Date == after[.modificationDate] as? Date)
    }

    @Test func replaceKeepsOnlyTheImportedRows() throws {
        let w = try makeWorkspace()
        let id = try SeriesID("x")
        try w.add(Observation(date: try .parse("2020-01-01"), value: 9, note: "hand-entered"), to: id)
        let outcome = try w.importRows(
            rows("date,value,qualifier\n2025-01-01,1,\n"), skipped: 0, into: id, path: "in.csv", replace: true)
        #expect(outcome.added == 1)
        #expect(try contents(w, "Series/x.csv") == "date,value,source\n2025-01-01,1,GS\n")
    }

    @Test func twoInputRowsForOneDateAreRefused() throws {
        let w = try makeWorkspace()
        #expect(
            throws: ReckonError(
                .badData, [Diagnostic(file: "in.csv", line: 3, column: 1, "a second row for 2025-01-01 (the first is on line 2)")]
            )
        ) {
            try w.importRows(
                rows("date,value,qualifier\n2025-01-01,1,\n2025-01-01,2,\n"), skipped: 0, into: try SeriesID("x"), path: "in.csv")
        }
        #expect(!w.exists(try SeriesID("x")))
    }
}
