import Foundation
import ReckonTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Writers that run at the same moment, and writers killed part-way.
@Suite(.serialized)
struct ConcurrencyTests {
    @Test func simultaneousAddsAllLand() throws {
        let ws = try CLI.workspace()
        let processes = try (1...16).map { day in
            try CLI.start(["add", "drones", String(format: "2025-03-%02d", day), String(day * 10), "--kind", "count"], in: ws)
        }
        for p in processes {
            p.waitUntilExit()
            #expect(p.terminationStatus == 0)
        }
        let r = try CLI.run(["show", "drones", "--format", "csv"], in: ws)
        let lines = r.stdout.split(separator: "\n").dropFirst()
        #expect(lines.count == 16)
        #expect(lines.map { String($0.prefix(10)) } == (1...16).map { String(format: "2025-03-%02d", $0) })
        #expect(try CLI.run(["check"], in: ws).status == 0)
    }

    @Test func aHeldLockMakesAWriterWaitThenGiveUpWithStatus75() throws {
        let ws = try CLI.workspace()
        let fd = open(ws + "/Series", O_RDONLY | O_DIRECTORY)
        #expect(flock(fd, LOCK_EX) == 0)
        let r = try CLI.run(["add", "x", "2025-01-01", "1", "--wait", "0.3"], in: ws)
        #expect(r.status == 75)
        #expect(r.stderr == "Series: error: another reckon process is writing this workspace; try again\n")
        flock(fd, LOCK_UN)
        close(fd)
        #expect(try CLI.run(["add", "x", "2025-01-01", "1", "--wait", "0.3"], in: ws).status == 0)
    }

    /// Kills `add` at random moments on a large series: the file is always the old or the new complete file.
    @Test func aKilledWriterNeverLeavesATruncatedFile() throws {
        let ws = try CLI.workspace()
        var text = "date,value,source\n"
        var day = Calendar(identifier: .gregorian).date(from: DateComponents(timeZone: .gmt, year: 1900, month: 1, day: 1))!
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd"
        formatter.timeZone = .gmt
        for i in 0..<40_000 {
            text += "\(formatter.string(from: day)),\(i),General Staff of the Armed Forces of Ukraine\n"
            day += 86_400
        }
        try text.write(toFile: ws + "/Series/big.csv", atomically: true, encoding: .utf8)
        // How long one add takes here: the kills are spread over that time, so that some land while
        // the writer runs (a test whose kills all came too late would prove nothing).
        let started = Date()
        #expect(try CLI.run(["add", "big", "2029-12-31", "1"], in: ws).status == 0)
        let duration = Date().timeIntervalSince(started)
        var rows = 40_001
        var interrupted = 0
        for attempt in 0..<12 {
            let p = try CLI.start(["add", "big", String(format: "2030-01-%02d", attempt + 1), "1"], in: ws)
            usleep(UInt32(duration * 1e6 * (Double(attempt) + 0.5) / 12))
            kill(p.processIdentifier, SIGKILL)
            p.waitUntilExit()
            if p.terminationReason == .uncaughtSignal { interrupted += 1 }
            let r = try CLI.run(["show", "big", "--format", "csv"], in: ws)
            #expect(r.status == 0, "\(r.stderr)")
            let now = r.stdout.split(separator: "\n").count - 1
            #expect(now == rows || now == rows + 1)
            rows = now
        }
        #expect(interrupted > 0, "no kill landed while a writer ran")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: ws + "/Series").filter { $0.hasPrefix(".") }
        // A killed writer may leave its temporary file; it is hidden, ignored by git and never read.
        #expect(leftovers.allSatisfy { $0.hasPrefix(".big.csv.tmp-") })
    }
}
