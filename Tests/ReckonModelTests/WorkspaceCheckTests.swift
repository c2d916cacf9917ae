import Foundation
import Testing

@testable import ReckonModel

struct WorkspaceCheckTests {
    @Test func reportsEveryProblemInEveryFile() throws {
        let w = try makeWorkspace()
        func write(_ name: String, _ text: String) throws {
            try text.write(toFile: w.path(name), atomically: true, encoding: .utf8)
        }
        try write("Series/good.csv", "date,value\n2025-01-01,1\n")
        try write("Series/bad.csv", "date,value\n2025-02-30,1\n2025-03-01,x\n")
        try write("Series/bad.yaml", "kind: total\n")
        try write("Series/Bad Name.csv", "date,value\n")
        try write("Series/orphan.yaml", "title: x\n")
        try write("Series/dupes.csv", "date,value,source\n2025-01-01,1,A\n2025-01-01,2,A\n")
        try write("Series/notes.txt", "hello")
        let report = w.check()
        let shown = report.diagnostics.map { $0.description.replacingOccurrences(of: w.root + "/", with: "") }
        #expect(
            shown == [
                "Series/Bad Name.csv: error: invalid series id 'Bad Name': it may not contain capital letters (use 1 to 64 of a-z, 0-9 and '-', starting with a letter or digit)",
                "Series/notes.txt: warning: not a series file (expected <id>.csv or <id>.yaml)",
                "Series/orphan.yaml: warning: a sidecar without a series (no orphan.csv)",
                "Series/bad.yaml:1:7: error: unknown kind 'total' (expected 'level', 'count' or 'cumulative')",
                "Series/bad.csv:2:1: error: '2025-02-30' is not a date: February 2025 has 28 days",
                "Series/bad.csv:3:12: error: 'x' is not a number",
                "Series/dupes.csv:3:1: warning: same date, source and reported day as line 2; the later row is used (give 'reported' to mark a revision)",
            ])
        #expect(report.errorCount == 4 && report.warningCount == 3)
        #expect(report.seriesCount == 3)
        #expect(report.observationCount == 3)
    }
}
