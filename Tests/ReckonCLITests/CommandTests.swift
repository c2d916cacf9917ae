import Foundation
import Testing

struct CommandTests {
    @Test func aSessionKeepsEstimates() throws {
        let ws = try CLI.workspace()
        var r = try CLI.run(
            [
                "add", "nk-troops", "2024-10-31", "8000", "--qualifier", "about", "--source", "United States",
                "--title", "North Korean troops in Russia", "--unit", "troops", "--kind", "level",
            ], in: ws)
        #expect(r.status == 0 && r.stdout == "created Series/nk-troops.csv: 2024-10-31 about 8,000\n")
        r = try CLI.run(
            [
                "add", "nk-troops", "2025-03-27", "11000", "--qualifier", "about", "--source",
                "South Korea Joint Chiefs of Staff",
                "--url", "https://example.org/jcs", "--note", "3,000 more sent in January and February",
            ], in: ws)
        #expect(r.status == 0, "\(r.stderr)")
        r = try CLI.run(["show", "nk-troops", "--format", "csv"], in: ws)
        #expect(
            r.stdout == """
                date,value,low,high,qualifier,source,url,reported,note
                2024-10-31,8000,,,about,United States,,,
                2025-03-27,11000,,,about,South Korea Joint Chiefs of Staff,https://example.org/jcs,,"3,000 more sent in January and February"

                """)
        r = try CLI.run(["list", "--format", "csv"], in: ws)
        #expect(
            r.stdout == """
                id,title,kind,unit,observations,first,last,last_value,last_low,last_high,last_qualifier
                nk-troops,North Korean troops in Russia,level,troops,2,2024-10-31,2025-03-27,11000,,,about

                """)
        r = try CLI.run(["check"], in: ws)
        #expect(r.status == 0 && r.stdout == "1 series, 2 observations: no problems\n" && r.stderr.isEmpty)
    }

    @Test func importsTheGeneralStaffTallies() throws {
        let ws = try CLI.workspace()
        let file = CLI.realData + "/russia_losses_personnel.json"
        var r = try CLI.run(
            [
                "import", file, "--series", "ru-personnel", "--value-column", "personnel", "--qualifier-column", "personnel*",
                "--source", "General Staff of the Armed Forces of Ukraine", "--kind", "cumulative",
            ], in: ws)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "Series/ru-personnel.csv: 1,626 added, 0 updated, 0 unchanged\n")
        r = try CLI.run(
            [
                "import", file, "--series", "ru-personnel", "--value-column", "personnel", "--qualifier-column", "personnel*",
                "--source", "General Staff of the Armed Forces of Ukraine",
            ], in: ws)
        #expect(r.stdout == "Series/ru-personnel.csv: 0 added, 0 updated, 1,626 unchanged\n")
        r = try CLI.run(["show", "ru-personnel", "--format", "json"], in: ws)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == 1626)
        #expect(rows.last?["value"] as? Int == 1_456_610)
        #expect(rows.last?["qualifier"] as? String == "about")
        r = try CLI.run(["list"], in: ws)
        #expect(r.stdout.contains("ru-personnel") && r.stdout.contains("cumulative") && r.stdout.contains("about 1,456,610"))
    }

    @Test func theWorkspaceOptionWorksBeforeOrAfterTheSubcommandAndFromTheEnvironment() throws {
        let ws = try CLI.workspace()
        let elsewhere = try CLI.temporaryFolder()
        #expect(try CLI.run(["-C", ws, "add", "x", "2025-01-01", "1"], in: elsewhere).status == 0)
        #expect(try CLI.run(["add", "--workspace", ws, "x", "2025-01-02", "2"], in: elsewhere).status == 0)
        let r = try CLI.run(["show", "x", "--format", "csv"], in: elsewhere, environment: ["RECKON_WORKSPACE": ws])
        #expect(r.stdout.hasPrefix("date,value,low,high,qualifier,source,url,reported,note\n2025-01-01,1,"))
        #expect(r.stdout.components(separatedBy: "\n").count == 4)
    }

    @Test func aChartsWarningsNameTheSeriesFileWhereTheWorkspaceIs() throws {
        let ws = try CLI.workspace()
        let elsewhere = try CLI.temporaryFolder()
        for (day, value) in [("2025-01-01", "10"), ("2025-01-02", "15"), ("2025-01-03", "12")] {
            #expect(try CLI.run(["-C", ws, "add", "tally", day, value, "--kind", "cumulative"], in: elsewhere).status == 0)
        }
        let r = try CLI.run(["-C", ws, "plot", "tally", "--diff", "-o", elsewhere + "/tally.svg"], in: elsewhere)
        #expect(r.status == 0)
        #expect(r.stderr.hasPrefix(ws + "/Series/tally.csv: warning: "), "\(r.stderr)")
    }

    /// Each failure: its exit status and the first line of its message; and no file changed.
    @Test(arguments: [
        (["show", "nope"], Int32(66), "Series/nope.csv: error: no series 'nope' (no such file)"),
        (
            ["add", "../x", "2025-01-01", "1"], 64,
            "error: invalid series id '../x': it may not contain '/' or '.' (use 1 to 64 of a-z, 0-9 and '-', starting with a letter or digit)"
        ),
        (["add", "x", "2025-02-30", "1"], 64, "error: DATE: '2025-02-30' is not a date: February 2025 has 28 days"),
        (
            ["add", "x", "2025-02-03", "11,000"], 64,
            "error: VALUE: '11,000' is not a number (write it without thousands separators, e.g. 11000)"
        ),
        (["add", "x", "2025-02-03", "5", "--low", "6"], 64, "error: value 5 is below its low bound 6"),
        (
            ["add", "x", "2025-02-03", "5", "--qualifier", "maybe"], 64,
            "Error: The value 'maybe' is invalid for '--qualifier <qualifier>'. Please provide one of 'about', 'at least' or 'at most'."
        ),
        (
            ["add", "x", "2025-02-03", "5", "--kind", "total"], 64,
            "Error: The value 'total' is invalid for '--kind <kind>'. Please provide one of 'level', 'count' or 'cumulative'."
        ),
        (
            ["add", "good", "2025-01-01", "9"], 64,
            "Series/good.csv:2: error: already has an estimate for 2025-01-01 reported 2025-01-01; to record a revision, give --reported with the day it was published"
        ),
        (
            ["add", "bad", "2025-03-01", "1"], 65,
            "Series/bad.csv:2:1: error: '2025-02-30' is not a date: February 2025 has 28 days"
        ),
        (["show", "bad"], 65, "Series/bad.csv:2:1: error: '2025-02-30' is not a date: February 2025 has 28 days"),
        (["check"], 65, "Series/bad.csv:2:1: error: '2025-02-30' is not a date: February 2025 has 28 days"),
        (["import", "missing.json", "--series", "x"], 66, "missing.json: error: cannot read: No such file or directory"),
        (["import", "in.csv", "--series", "x"], 65, "in.csv:3:1: error: 'value': 'lots' is not a number"),
        (["init", "."], 73, "reckon.yaml: error: a workspace already exists here"),
    ])
    func failuresExitWithTheirStatusAndChangeNothing(_ arguments: [String], _ status: Int32, _ message: String) throws {
        let ws = try CLI.workspace()
        try "date,value\n2025-01-01,1\n".write(toFile: ws + "/Series/good.csv", atomically: true, encoding: .utf8)
        try "date,value\n2025-02-30,1\n".write(toFile: ws + "/Series/bad.csv", atomically: true, encoding: .utf8)
        try "date,value\n2025-01-01,1\n2025-01-02,lots\n".write(toFile: ws + "/in.csv", atomically: true, encoding: .utf8)
        let before = try CLI.snapshot(ws)
        let r = try CLI.run(arguments, in: ws)
        #expect(r.status == status)
        #expect(r.stderr.components(separatedBy: "\n").first == message)
        #expect(try CLI.snapshot(ws) == before)
    }

    @Test func outsideAWorkspaceItSaysHowToMakeOne() throws {
        let folder = try CLI.temporaryFolder()
        let r = try CLI.run(["list"], in: folder)
        #expect(r.status == 66)
        #expect(r.stderr == "reckon.yaml: error: not a reckon workspace (no reckon.yaml); run 'reckon init' to make one\n")
    }

    @Test func unknownOptionsAreUsageErrors() throws {
        let ws = try CLI.workspace()
        #expect(try CLI.run(["list", "--format", "xml"], in: ws).status == 64)
        #expect(try CLI.run(["add", "x"], in: ws).status == 64)
    }
}
