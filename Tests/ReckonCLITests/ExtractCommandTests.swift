import Foundation
import Testing

/// `reckon extract` proposes an article's estimates; `reckon add --from` adds the reviewed rows.
struct ExtractCommandTests {
    static let article = """
        North Korea sends 3,000 more troops to Russia

        North Korea sent an additional 3,000 troops to Russia between January and February, South Korea's \
        Joint Chiefs of Staff said on Thursday. That brings the total to an estimated 11,000, it said. Around \
        4,000 of them are believed to have been killed or injured.

        Ukraine's air force said it shot down 42 drones overnight. According to the Ukrainian emergency \
        service, at least 12 people were injured in Kharkiv on Wednesday.

        North Korea has also supplied about 220 240mm multiple rocket launchers, the JCS said.

        """

    /// A workspace with the sample's series and their `match:` phrases.
    static func workspace() throws -> String {
        let ws = try CLI.workspace()
        let series: [(String, String, String)] = [
            ("nk-troop-reinforcements", "troops", "[\"North Korea sent troops\", \"additional troops\"]"),
            ("nk-troops-in-russia", "troops", "[\"total troops\", \"North Korean troops are in Russia\"]"),
            ("nk-troop-casualties", "troops", "[\"North Korean troops killed or injured\"]"),
            ("ua-drones-shot-down", "drones", "drones shot down"),
            ("nk-rocket-launchers-supplied", "launchers", "[\"multiple rocket launchers\"]"),
        ]
        for (id, unit, match) in series {
            try "date,value\n2024-10-31,1\n".write(toFile: "\(ws)/Series/\(id).csv", atomically: true, encoding: .utf8)
            try "unit: \(unit)\nmatch: \(match)\n".write(toFile: "\(ws)/Series/\(id).yaml", atomically: true, encoding: .utf8)
        }
        try article.write(toFile: ws + "/article.txt", atomically: true, encoding: .utf8)
        return ws
    }

    @Test func proposesTheArticlesEstimatesAndAddsTheReviewedRows() throws {
        let ws = try Self.workspace()
        var r = try CLI.run(["check"], in: ws)
        #expect(r.status == 0, "\(r.stderr)")
        r = try CLI.run(
            ["extract", "article.txt", "--published", "2025-03-27", "--url", "https://example.org/a", "--format", "csv"], in: ws)
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "date,value,low,high,qualifier,unit,measure,kind,source,url,quote,series,confidence,note,reported")
        #expect(lines.count == 7)
        let rows = lines.dropFirst().map {
            $0.split(separator: ",", omittingEmptySubsequences: false).prefix(5).joined(separator: ",")
        }
        #expect(
            rows == [
                "2025-01/2025-02,3000,,,", "2025-03-27,11000,,,about", "2025-03-27,4000,,,about", "2025-03-27,42,,,",
                "2025-03-26,12,,,at least", "2025-03-27,220,,,about",
            ])
        #expect(lines[1].contains("nk-troop-reinforcements") && lines[2].contains("nk-troops-in-russia"))
        #expect(lines[3].contains("nk-troop-casualties") && lines[4].contains("ua-drones-shot-down"))
        #expect(lines[6].contains("nk-rocket-launchers-supplied") && lines[1].contains("South Korea's Joint Chiefs of Staff"))

        // The row without a series stops them all; deleted, the others go in with quote and citation.
        try r.stdout.write(toFile: ws + "/rows.csv", atomically: true, encoding: .utf8)
        let before = try CLI.snapshot(ws)
        r = try CLI.run(["add", "--from", "rows.csv"], in: ws)
        #expect(r.status == 65)
        #expect(r.stderr.hasPrefix("rows.csv:6: error: no 'series'"))
        #expect(try CLI.snapshot(ws) == before)
        let reviewed = lines.enumerated().filter { $0.offset != 5 }.map { $0.element + "\n" }.joined()
        try reviewed.write(toFile: ws + "/rows.csv", atomically: true, encoding: .utf8)
        r = try CLI.run(["add", "--from", "rows.csv"], in: ws)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("rows.csv:2: added to Series/nk-troop-reinforcements.csv: 2025-01/2025-02 3,000\n"))
        let stored = try String(contentsOfFile: ws + "/Series/nk-troops-in-russia.csv", encoding: .utf8)
        #expect(
            stored.contains(
                "2025-03-27,11000,about,South Korea's Joint Chiefs of Staff,https://example.org/a,2025-03-27,\"“That brings the total to an estimated 11,000, it said.” as of publication\""
            ), "\(stored)")
        // Added twice, the rows are duplicates: nothing changes.
        let after = try CLI.snapshot(ws)
        r = try CLI.run(["add", "--from", "rows.csv"], in: ws)
        #expect(r.status == 64 && r.stderr.contains("already has an estimate"))
        #expect(try CLI.snapshot(ws) == after)
        r = try CLI.run(["check"], in: ws)
        #expect(r.status == 0, "\(r.stderr)")
    }

    @Test func printsJSONAndATableAndKeepsOneSeries() throws {
        let ws = try Self.workspace()
        var r = try CLI.run(["extract", "article.txt", "--published", "2025-03-27", "--format", "json"], in: ws)
        #expect(r.status == 0)
        let rows = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]]
        #expect(rows?.count == 6)
        for key in [
            "date", "value", "low", "high", "qualifier", "unit", "measure", "kind", "source", "url", "quote", "series",
            "confidence",
        ] {
            #expect(rows?.first?.keys.contains(key) == true, "\(key)")
        }
        r = try CLI.run(
            ["extract", "-", "--published", "2025-03-27", "--series", "ua-drones-shot-down"], in: ws, stdin: Self.article)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.split(separator: "\n").count == 2 && r.stdout.contains("Ukraine's air force"))
        // JSON goes back in as well as CSV.
        r = try CLI.run(
            ["extract", "article.txt", "--published", "2025-03-27", "--format", "json", "--series", "nk-troop-casualties"], in: ws
        )
        try r.stdout.write(toFile: ws + "/rows.json", atomically: true, encoding: .utf8)
        r = try CLI.run(["add", "--from", "rows.json"], in: ws)
        #expect(r.status == 0 && r.stdout.contains("nk-troop-casualties.csv: 2025-03-27 about 4,000"), "\(r.stderr)")
    }

    @Test(arguments: [
        ("binary.bin", Data([0x61, 0x62, 0x00, 0x63]), Int32(65), "binary.bin:1:3: error: binary data (a NUL byte), not text"),
        ("bad.txt", Data([0x61, 0x0A, 0xFF, 0x62]), 65, "bad.txt:2:1: error: invalid UTF-8; extract reads UTF-8 text"),
        ("empty.html", Data("<html><body></body></html>".utf8), 65, "empty.html: error: the page has no text to read"),
        ("empty.txt", Data(), 65, "empty.txt: error: the page has no text to read"),
    ])
    func badInputIsRefusedWithItsStatus(_ name: String, _ bytes: Data, _ status: Int32, _ message: String) throws {
        let ws = try CLI.workspace()
        try bytes.write(to: URL(fileURLWithPath: ws + "/" + name))
        let r = try CLI.run(["extract", name], in: ws)
        #expect(r.status == status)
        #expect(r.stderr == message + "\n")
    }

    @Test func aFileTooLargeOrMissingIsRefusedBeforeItIsRead() throws {
        let ws = try CLI.workspace()
        let big = FileManager.default.createFile(atPath: ws + "/big.txt", contents: nil)
        #expect(big)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: ws + "/big.txt"))
        try handle.truncate(atOffset: 1 << 30)
        try handle.close()
        var r = try CLI.run(["extract", "big.txt"], in: ws)
        #expect(r.status == 65 && r.stderr.hasPrefix("big.txt: error:"), "\(r.stderr)")
        r = try CLI.run(["extract", "missing.txt"], in: ws)
        #expect(r.status == 66)
        r = try CLI.run(["extract", "x.txt", "--published", "2025-02-30"], in: ws)
        #expect(r.status == 64 && r.stderr.hasPrefix("error: --published:"))
        r = try CLI.run(["add", "--from", "x.csv", "s"], in: ws)
        #expect(r.status == 64)
        r = try CLI.run(["add"], in: ws)
        #expect(r.status == 64 && r.stderr.contains("give SERIES and DATE, or --from FILE"))
    }
}

extension ExtractCommandTests {
    @Test func reviewAsksAboutEachCandidateAndAddsTheAcceptedOnes() throws {
        let ws = try Self.workspace()
        // Accept the first, skip the second, edit the third's qualifier, accept the fourth, quit.
        let answers = "a\ns\ne\n\n\nat least\n\na\nq\n"
        var r = try CLI.run(["extract", "article.txt", "--published", "2025-03-27", "--review"], in: ws, stdin: answers)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("[1/6] 2025-01/2025-02  3,000  troops"))
        #expect(
            r.stdout.hasSuffix(
                """
                added to Series/nk-troop-reinforcements.csv: 2025-01/2025-02 3,000
                added to Series/nk-troop-casualties.csv: 2025-03-27 at least 4,000
                added to Series/ua-drones-shot-down.csv: 2025-03-27 42

                """), "\(r.stdout)")
        // A candidate without a series cannot be accepted as it is; nothing accepted adds nothing.
        let before = try CLI.snapshot(ws)
        r = try CLI.run(["extract", "article.txt", "--published", "2025-03-27", "--review"], in: ws, stdin: "s\ns\ns\ns\na\nq\n")
        #expect(
            r.status == 0 && r.stdout.contains("it needs a series") && r.stdout.hasSuffix("nothing accepted; nothing added\n"))
        #expect(try CLI.snapshot(ws) == before)
        r = try CLI.run(["extract", "-", "--review"], in: ws, stdin: Self.article)
        #expect(r.status == 64)
    }
}
