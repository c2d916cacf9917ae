import Foundation
import Testing

@testable import ReckonModel

/// A fresh workspace in a temporary folder.
func makeWorkspace() throws -> Workspace {
    let root = try Fixtures.temporaryFolder()
    return try Workspace.create(at: root)
}

func contents(_ w: Workspace, _ name: String) throws -> String {
    try String(contentsOfFile: w.path(name), encoding: .utf8)
}

struct WorkspaceTests {
    @Test func createMakesTheThreePartsAndRefusesToOverwrite() throws {
        let root = try Fixtures.temporaryFolder()
        let w = try Workspace.create(at: root)
        #expect(FileIO.isDirectory(w.path("Series")) && FileIO.isDirectory(w.path("Output")))
        #expect(try contents(w, "reckon.yaml") == Workspace.initialConfig)
        #expect(w.check().diagnostics.isEmpty)
        #expect(throws: ReckonError(.cannotCreate, file: root + "/reckon.yaml", "a workspace already exists here")) {
            try Workspace.create(at: root)
        }
    }

    @Test func openingAFolderWithoutReckonYamlFails() throws {
        let root = try Fixtures.temporaryFolder()
        #expect(
            throws: ReckonError(
                .missingInput, file: root + "/reckon.yaml",
                "not a reckon workspace (no reckon.yaml); run 'reckon init' to make one")
        ) {
            try Workspace(at: root)
        }
    }

    @Test func loadsWhatWasAdded() throws {
        let w = try makeWorkspace()
        let id = try SeriesID("nk-troops")
        let o = Observation(
            date: try .parse("2025-03-27"), value: 11000, qualifier: .about, source: "South Korea Joint Chiefs of Staff")
        let outcome = try w.add(
            o, to: id, metadata: SeriesMetadata(title: "North Korean troops in Russia", unit: "troops", kind: .level))
        #expect(outcome.created)
        let series = try w.load(id)
        #expect(series.observations == [o])
        #expect(series.metadata.title == "North Korean troops in Russia")
        #expect(series.metadata.kind == .level)
        #expect(try w.seriesIDs() == [id])
    }

    @Test func addingADuplicateFailsAndChangesNothing() throws {
        let w = try makeWorkspace()
        let id = try SeriesID("x")
        try w.add(Observation(date: try .parse("2025-03-27"), value: 1, source: "A"), to: id)
        let before = try contents(w, "Series/x.csv")
        #expect(
            throws: ReckonError(
                .usage, file: w.path("Series/x.csv"), line: 2,
                "already has an estimate for 2025-03-27 from 'A' reported 2025-03-27; to record a revision, give --reported with the day it was published"
            )
        ) {
            try w.add(Observation(date: try .parse("2025-03-27"), value: 2, source: "A"), to: id)
        }
        #expect(try contents(w, "Series/x.csv") == before)
        // A revision, published later, is kept beside the first estimate.
        try w.add(
            Observation(date: try .parse("2025-03-27"), value: 2, source: "A", reported: Day(year: 2025, month: 4, day: 2)),
            to: id)
        #expect(try w.load(id).observations.map(\.value) == [1, 2])
    }

    @Test func addingToAnInvalidFileChangesNothing() throws {
        let w = try makeWorkspace()
        let text = "date,value\n2025-02-30,1\n"
        try text.write(toFile: w.path("Series/bad.csv"), atomically: true, encoding: .utf8)
        #expect(
            throws: ReckonError(
                .badData,
                [
                    Diagnostic(
                        file: w.path("Series/bad.csv"), line: 2, column: 1,
                        "'2025-02-30' is not a date: February 2025 has 28 days")
                ])
        ) {
            try w.add(Observation(date: try .parse("2025-03-01"), value: 2), to: try SeriesID("bad"))
        }
        #expect(try contents(w, "Series/bad.csv") == text)
    }

    @Test func anInvalidEstimateIsRefusedBeforeAnyFileIsWritten() throws {
        let w = try makeWorkspace()
        #expect(throws: ReckonError(.usage, "low 5 is greater than high 3")) {
            try w.add(Observation(date: try .parse("2025-03-01"), low: 5, high: 3), to: try SeriesID("x"))
        }
        #expect(!w.exists(try SeriesID("x")))
    }

    @Test func conflictingMetadataIsRefusedAndNothingIsWritten() throws {
        let w = try makeWorkspace()
        let id = try SeriesID("x")
        try w.add(Observation(date: try .parse("2025-01-01"), value: 1), to: id, metadata: SeriesMetadata(kind: .count))
        let before = try contents(w, "Series/x.csv")
        #expect(throws: ReckonError.self) {
            try w.add(Observation(date: try .parse("2025-01-02"), value: 1), to: id, metadata: SeriesMetadata(kind: .level))
        }
        #expect(try contents(w, "Series/x.csv") == before)
        try w.add(Observation(date: try .parse("2025-01-02"), value: 1), to: id, metadata: SeriesMetadata(unit: "drones"))
        #expect(try contents(w, "Series/x.yaml") == "kind: count\nunit: \"drones\"\n")
    }

    @Test func usesTheSidecarSourceForRowsWithout() throws {
        let w = try makeWorkspace()
        try "source: JCS\n".write(toFile: w.path("Series/x.yaml"), atomically: true, encoding: .utf8)
        try "date,value\n2025-01-01,1\n".write(toFile: w.path("Series/x.csv"), atomically: true, encoding: .utf8)
        let id = try SeriesID("x")
        #expect(throws: ReckonError.self) {
            try w.add(Observation(date: try .parse("2025-01-01"), value: 2, source: "JCS"), to: id)
        }
        let series = try w.load(id)
        #expect(series.source(of: series.observations[0]) == "JCS")
    }

    @Test func leavesNoTemporaryFilesBehind() throws {
        let w = try makeWorkspace()
        for day in 1...5 {
            try w.add(
                Observation(date: ObservationDate(Day(year: 2025, month: 1, day: day)!), value: Double(day)),
                to: try SeriesID("x"))
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: w.path("Series")).sorted()
        #expect(names == ["x.csv"])
    }
}
