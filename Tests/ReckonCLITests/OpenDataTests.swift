import Foundation
import Testing

/// What `render --all` writes for people and programs that follow the data: `Output/feed.xml`, read
/// by Python's feedparser, and `datapackage.json`, checked by `frictionless validate` (both installed
/// by `make test-deps` into .build/test-venv).
@Suite(.serialized) struct OpenDataTests {
    static let venv = CLI.repository.appendingPathComponent(".build/test-venv/bin").path

    /// A workspace that pulled the General Staff's personnel losses, then a new day and a revision of
    /// 2026-08-07 by +100,000 (more than 5%), with one chart of the series.
    func pulledWorkspace() throws -> (ws: String, server: SourceServer) {
        let server = try SourceServer()
        try server.publishPersonnel()
        let ws = try PullCommandTests().workspace(pulling: server.url("files/p.json"))
        try
            "charts:\n  - id: personnel\n    title: Personnel losses\n    formats: [svg]\n    layers:\n      - series: ru-personnel\n"
            .write(toFile: ws + "/reckon.yaml", atomically: true, encoding: .utf8)
        #expect(try CLI.run(["pull"], in: ws).status == 0)
        try PullCommandTests().reviseAndExtend(server, by: 100_000)
        let run = try CLI.run(["pull"], in: ws)
        #expect(run.stdout.contains("1 added, 1 revised"), "\(run)")
        return (ws, server)
    }

    func python(_ script: String, in folder: String) throws -> CLI.Run {
        try tool(Self.venv + "/python", ["-c", script], in: folder)
    }

    func tool(_ path: String, _ arguments: [String], in folder: String) throws -> CLI.Run {
        try CLI.run(arguments, in: folder, program: path)
    }

    @Test func theFeedHasTheRevisionWithStableIDsAndRFC3339Dates() throws {
        let (ws, server) = try pulledWorkspace()
        defer { withExtendedLifetime(server) {} }
        let render = try CLI.run(["render", "--all"], in: ws)
        #expect(render.status == 0, "\(render)")
        let feed = try String(contentsOfFile: ws + "/Output/feed.xml", encoding: .utf8)
        let script = """
            import feedparser, re, sys
            f = feedparser.parse('Output/feed.xml')
            assert not f.bozo, f.bozo_exception
            assert f.version == 'atom10', f.version
            assert len(f.entries) == 100, len(f.entries)
            for e in f.entries + [f.feed]:
                assert re.fullmatch(r'\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ', e.updated), e.updated
            for e in f.entries:
                assert e.id.startswith('urn:uuid:') and e.link and e.author and e.summary, e
            assert len({e.id for e in f.entries}) == len(f.entries)
            first = f.entries[0]
            print(first.title)
            print(first.tags[0].term, first.link, first.updated)
            """
        let parsed = try python(script, in: ws)
        #expect(parsed.status == 0, "\(parsed)")
        #expect(
            parsed.stdout
                == "Russian personnel losses: about 1,555,420 for 2026-08-07 (revised from about 1,455,420)\nrevised personnel.svg \(todayUTC())T00:00:00Z\n"
        )
        // Another run writes the same feed: its ids and dates are the data's, not the clock's.
        #expect(try CLI.run(["render", "--all", "--force"], in: ws).status == 0)
        #expect(try String(contentsOfFile: ws + "/Output/feed.xml", encoding: .utf8) == feed)
        // And check names the large revision: the day and both values.
        let check = try CLI.run(["check"], in: ws)
        #expect(
            check.stderr.contains(
                "warning: the estimate for 2026-08-07 was revised on \(todayUTC()) from 1,455,420 to 1,555,420 (+6.9%), more than 5%"
            ),
            "\(check)")
        #expect(check.stdout.hasSuffix("; 1 past value revised (ru-personnel 1)\n"), "\(check)")
        // reckon log lists it first.
        let log = try CLI.run(["log", "--format", "csv", "--limit", "2"], in: ws)
        #expect(
            log.stdout == """
                seen,series,date,change,value,low,high,qualifier,previous_value,previous_low,previous_high,source
                \(todayUTC()),ru-personnel,2026-08-07,revised,1555420,,,about,1455420,,,General Staff of the Armed Forces of Ukraine
                2026-08-09,ru-personnel,2026-08-09,new,1457510,,,about,,,,General Staff of the Armed Forces of Ukraine

                """, "\(log)")
    }

    @Test func theDataPackageIsValidFrictionless() throws {
        let (ws, server) = try pulledWorkspace()
        defer { withExtendedLifetime(server) {} }
        #expect(try CLI.run(["render", "--all"], in: ws).status == 0)
        let validate = try tool(Self.venv + "/frictionless", ["validate", "--json", "datapackage.json"], in: ws)
        #expect(validate.status == 0, "\(validate)")
        let report = try JSONSerialization.jsonObject(with: Data(validate.stdout.utf8)) as? [String: Any]
        #expect(report?["valid"] as? Bool == true, "\(validate.stdout)")
        let package =
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: ws + "/datapackage.json")))
            as! [String: Any]
        let paths = (package["resources"] as! [[String: Any]]).map { $0["path"] as! String }
        #expect(paths == ["Series/ru-personnel.csv", "Output/personnel.csv"])
    }
}
