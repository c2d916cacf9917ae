import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `reckon pull` against a source on loopback: conditional requests, revisions kept, and every way a
/// source fails leaving the workspace as it was.
@Suite(.serialized) struct PullCommandTests {
    /// A workspace whose `ru-personnel` series pulls `url` with the General Staff's mapping.
    func workspace(pulling url: String) throws -> String {
        let ws = try CLI.workspace()
        try sidecar(ws, "ru-personnel", url: url)
        return ws
    }

    func sidecar(_ ws: String, _ id: String, url: String) throws {
        try """
        title: "Russian personnel losses"
        kind: cumulative
        source: "General Staff of the Armed Forces of Ukraine"
        pull:
          url: \(url)
          value-column: personnel
          qualifier-column: "personnel*"

        """.write(toFile: ws + "/Series/\(id).yaml", atomically: true, encoding: .utf8)
    }

    /// The personnel file with the value of its second-last day raised by `amount` and one day added.
    func reviseAndExtend(_ server: SourceServer, by amount: Int = 5000) throws {
        let path = server.root + "/p.json"
        var days = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as! [[String: Any]]
        days[days.count - 2]["personnel"] = (days[days.count - 2]["personnel"] as! Int) + amount
        days.append(["date": "2026-08-09", "personnel": 1_457_510, "personnel*": "about"])
        try JSONSerialization.data(withJSONObject: days).write(to: URL(fileURLWithPath: path))
    }

    @Test func theFirstPullAddsEveryDayAndAnUnchangedSourceWritesNothing() throws {
        let server = try SourceServer()
        try server.publishPersonnel()
        let ws = try workspace(pulling: server.url("files/p.json"))
        let first = try CLI.run(["pull"], in: ws)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout == "Series/ru-personnel.csv: 1,626 added, 0 revised, 0 unchanged\n")
        let csv = try String(contentsOfFile: ws + "/Series/ru-personnel.csv", encoding: .utf8)
        #expect(csv.hasPrefix("date,value,qualifier\n2022-02-25,2800,about\n"))
        let before = try CLI.snapshot(ws)
        let second = try CLI.run(["pull"], in: ws)
        #expect(second.status == 0 && second.stdout.isEmpty && second.stderr.isEmpty, "\(second)")
        #expect(try CLI.snapshot(ws) == before)
        #expect(server.requests.count == 2 && server.requests[1].contains("\""), "a conditional request: \(server.requests)")
        #expect(try CLI.run(["pull", "--verbose"], in: ws).stdout == "Series/ru-personnel.csv: not modified (304)\n")
    }

    @Test func aNewDayAndARevisedDayAddRowsAndKeepTheOldValue() throws {
        let server = try SourceServer()
        try server.publishPersonnel()
        let ws = try workspace(pulling: server.url("files/p.json"))
        try CLI.run(["pull"], in: ws)
        try reviseAndExtend(server)
        let run = try CLI.run(["pull"], in: ws)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(
            run.stdout == "Series/ru-personnel.csv: 1 added, 1 revised, 1,625 unchanged (2026-08-07: 1,455,420 → 1,460,420)\n")
        let csv = try String(contentsOfFile: ws + "/Series/ru-personnel.csv", encoding: .utf8)
        #expect(
            csv.hasSuffix(
                "2026-08-07,1455420,about,\n2026-08-07,1460420,about,\(todayUTC())\n2026-08-08,1456610,about,\n2026-08-09,1457510,about,\n"
            ))
        // What was known before today is still there.
        let yesterday = try CLI.run(
            [
                "query", "ru-personnel", "--from", "2026-08-07", "--to", "2026-08-07", "--format", "csv",
                "--as-of", "2026-08-08",
            ], in: ws)
        #expect(yesterday.stdout.contains("1455420"), "\(yesterday)")
    }

    @Test func aSeriesFileRemovedSinceIsPulledAgainWhole() throws {
        let server = try SourceServer()
        try server.publishPersonnel()
        let ws = try workspace(pulling: server.url("files/p.json"))
        try CLI.run(["pull"], in: ws)
        try FileManager.default.removeItem(atPath: ws + "/Series/ru-personnel.csv")
        let run = try CLI.run(["pull"], in: ws)
        #expect(run.stdout == "Series/ru-personnel.csv: 1,626 added, 0 revised, 0 unchanged\n", "\(run)")
        #expect(server.requests.last?.hasSuffix(" -") == true, "an unconditional request: \(server.requests)")
    }

    @Test func aServerErrorIsRetriedWithBackoff() throws {
        let server = try SourceServer()
        try server.publishPersonnel()
        let ws = try workspace(pulling: server.url("fail-first/1/p.json"))
        let run = try CLI.run(["pull", "--backoff", "0.1"], in: ws)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "Series/ru-personnel.csv: 1,626 added, 0 revised, 0 unchanged\n")
        #expect(server.requests.count == 2)
    }

    @Test(arguments: [
        ("slow/5/p.json", ["--timeout", "1"], 75, "timed out"),
        ("fail-first/9/p.json", [], 75, "HTTP 500 (after 3 attempts)"),
        ("truncated/p.json", [], 75, "the transfer failed"),
        ("huge", [], 69, "larger than the limit of 67,108,864 bytes (it announced 2,147,483,648)"),
        ("unannounced/10000000", ["--max-bytes", "100000"], 69, "larger than the limit of 100,000 bytes; refused"),
        ("loop", [], 69, "more than 5 redirects"),
        ("status/404", [], 69, "HTTP 404"),
        ("files/bad.json", [], 65, "invalid JSON"),
    ])
    func aFailingSourceLeavesEveryFileAsItWas(path: String, options: [String], status: Int32, message: String) throws {
        let server = try SourceServer()
        try server.publishPersonnel()
        try server.publish("bad.json", "[{\"date\": \"2026-08-08\", \"personnel\": 12,\n")
        let ws = try workspace(pulling: server.url("files/p.json"))
        try CLI.run(["pull"], in: ws)
        try sidecar(ws, "ru-personnel", url: server.url(path))
        let before = try CLI.snapshot(ws)
        let run = try CLI.run(["pull", "--retries", "2", "--backoff", "0.05"] + options, in: ws)
        #expect(run.status == status, "\(run)")
        #expect(run.stdout.isEmpty)
        #expect(
            run.stderr.contains(message) && run.stderr.contains("Series/ru-personnel.csv: error: not pulled"), "\(run.stderr)")
        #expect(try CLI.snapshot(ws) == before)
    }

    @Test func oneFailingSeriesDoesNotStopTheOthers() throws {
        let server = try SourceServer()
        try server.publishPersonnel()
        let ws = try workspace(pulling: server.url("status/503"))
        try sidecar(ws, "ru-personnel-copy", url: server.url("files/p.json"))
        let run = try CLI.run(["pull", "--retries", "0"], in: ws)
        #expect(run.status == 75, "\(run)")
        #expect(run.stdout == "Series/ru-personnel-copy.csv: 1,626 added, 0 revised, 0 unchanged\n")
        #expect(!FileManager.default.fileExists(atPath: ws + "/Series/ru-personnel.csv"))
    }

    @Test func seriesThatShareASourceShareOneDownload() throws {
        let server = try SourceServer()
        try server.publishPersonnel()
        let ws = try workspace(pulling: server.url("files/p.json"))
        try sidecar(ws, "ru-personnel-copy", url: server.url("files/p.json"))
        let run = try CLI.run(["pull"], in: ws)
        #expect(run.status == 0 && run.stdout.split(separator: "\n").count == 2, "\(run)")
        #expect(server.requests.count == 1)
    }

    @Test func aPullKilledMidDownloadLeavesNothingTornAndTheNextOneCompletes() throws {
        let server = try SourceServer()
        try server.publishPersonnel()
        let ws = try workspace(pulling: server.url("files/p.json"))
        try CLI.run(["pull"], in: ws)
        try reviseAndExtend(server)
        try sidecar(ws, "ru-personnel", url: server.url("stall/p.json"))
        let before = try CLI.snapshot(ws)
        let process = try CLI.start(["pull"], in: ws)
        let deadline = Date().addingTimeInterval(30)
        while server.requests.count < 2, Date() < deadline { usleep(20_000) }
        usleep(200_000)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(try CLI.snapshot(ws) == before)
        try sidecar(ws, "ru-personnel", url: server.url("files/p.json"))
        let next = try CLI.run(["pull"], in: ws)
        #expect(next.status == 0 && next.stdout.contains("1 added, 1 revised"), "\(next)")
        #expect(try CLI.run(["check"], in: ws).stderr.contains("temporary file") == false)
    }

    @Test func anIDWithoutASourceIsAUsageError() throws {
        let ws = try CLI.workspace()
        let run = try CLI.run(["pull", "nope"], in: ws)
        #expect(run.status == 64)
        #expect(run.stderr.contains("series 'nope' has no source"))
    }

    @Test func aFileSourceIsReadAndComparedByItsHash() throws {
        let folder = try CLI.temporaryFolder()
        try FileManager.default.copyItem(atPath: CLI.realData + "/russia_losses_personnel.json", toPath: folder + "/p.json")
        let ws = try workspace(pulling: "file://" + folder + "/p.json")
        #expect(try CLI.run(["pull"], in: ws).stdout.contains("1,626 added"))
        let again = try CLI.run(["pull", "-v"], in: ws)
        #expect(again.stdout == "Series/ru-personnel.csv: unchanged (the source sent the same bytes)\n", "\(again)")
    }
}
