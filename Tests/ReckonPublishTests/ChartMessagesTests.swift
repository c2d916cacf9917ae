import ReckonChart
import ReckonModel
import Testing

@testable import ReckonPublish

/// The messages between `render` and its worker processes come back as they were sent.
struct ChartMessagesTests {
    @Test func aJobIsOneLineAndReadsBack() throws {
        let job = ChartJob(
            chart: "nk-troops", formats: [.png, .svg, .csv], files: ["nk-troops.png", "nk-troops.375.dark.svg"],
            folder: "/srv/ws/Output", shown: "Output", strict: true)
        let line = job.line
        #expect(line.last == 0x0A && !line.dropLast().contains(0x0A))
        #expect(ChartJob(line: Array(line.dropLast())) == job)
        #expect(ChartJob(line: Array("{\"chart\": 3}".utf8)) == nil)
    }

    @Test func anOutcomeCarriesTheRecordAndWarningsOrTheFailure() throws {
        var record = ChartRecord(
            id: "a", title: "Troops \"sent\"", note: nil, sourceLine: "Source: JCS", sources: ["JCS"], alt: "A chart",
            width: 640, height: 360, formats: [.png, .csv], lastDay: "2025-03-27")
        record.scale = 2
        record.renderings = [Rendering(width: 375, height: 300, theme: .dark, suffix: ".375.dark")]
        let warning = Diagnostic(.warning, file: "Series/a.csv", line: 3, column: 1, "a revision")
        let drawn = ChartOutcome.drawn(files: ["a.png", "a.csv"], record: record, warnings: [warning])
        let failed = ChartOutcome.failed(status: 65, diagnostics: [Diagnostic(file: "reckon.yaml", line: 4, "bad")])
        for outcome in [drawn, failed] {
            let message = outcome.message
            let newline = try #require(message.firstIndex(of: 0x0A))
            let count = try #require(Int(String(decoding: message[..<newline], as: UTF8.self)))
            #expect(count == message.count - newline - 1)
            #expect(ChartOutcome(json: Array(message[(newline + 1)...])) == outcome)
        }
        #expect(failed.result == .failure(ReckonError(.badData, [Diagnostic(file: "reckon.yaml", line: 4, "bad")])))
    }
}
