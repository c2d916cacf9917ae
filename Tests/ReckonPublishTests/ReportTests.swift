import Foundation
import ReckonChart
import ReckonModel
import Testing

@testable import ReckonPublish

/// Report templates: live facts worded as the charts word them, every tag checked and located.
struct ReportTests {
    static func render(_ template: String, path: String = "Reports/t.md", in folder: String? = nil) throws -> String {
        let workspace = try Workspace(at: try folder ?? ChartRendererTests.sampleCopy())
        let charts = try WorkspaceSettings.read(workspace).charts
        return try Report.render(
            template: template, path: path, workspace: workspace, charts: charts,
            pipeline: ChartPipeline(measure: FixedMetrics(), configPath: nil))
    }

    /// The problems of a template that fails, as `file:line:column: error: message`.
    static func problems(_ template: String, path: String = "Reports/t.md") -> [String] {
        do {
            _ = try render(template, path: path)
            return []
        } catch let error as ReckonError {
            return error.diagnostics.map(\.description)
        } catch {
            return ["\(error)"]
        }
    }

    @Test func theLatestEstimateIsQuotedWithItsSourceDateAndCitation() throws {
        let text = try Self.render(
            "{{nk-troops-in-russia.latest.cited}} | {{nk-troops-in-russia.latest.url}} | {{nk-troop-reinforcements.latest}}"
                + " | {{nk-troop-reinforcements.latest.date}} | {{nk-troops-in-russia.sources}}")
        // As the file says: the last row of Series/nk-troops-in-russia.csv, and the reinforcements' only row.
        #expect(
            text
                == "about 11,000 (South Korea Joint Chiefs of Staff, 27 Mar 2025) | https://koreajoongangdaily.joins.com/news/2025-03-27/national/northKorea/North-Korea-presumed-to-send-at-least-3000-more-troops-to-Russia-South-says/2271569 | at least 3,000 | Jan–Feb 2025 | 5"
        )
    }

    @Test func aRangeStaysARangeAndCountsAsTheHighestByItsTop() throws {
        #expect(
            try Self.render("{{nk-troops-in-russia.max}}; {{nk-troops-in-russia.min.value}}")
                == "11,000–12,000 (23 Dec 2024); about 8,000")
    }

    /// The change over a span, against the file read here without reckon's reader or query.
    @Test func changesMatchTheFileReadIndependently() throws {
        let folder = try ChartRendererTests.sampleCopy()
        let csv = try String(contentsOfFile: folder + "/Series/ru-drones-downed.csv", encoding: .utf8)
        var byDate: [String: Int] = [:]
        for line in csv.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: ",")
            byDate[String(fields[0])] = Int(fields[1])
        }
        let expected = byDate["2026-08-08"]! - byDate["2026-07-09"]!
        let grouped = NumberFormatter.localizedString(from: NSNumber(value: expected), number: .decimal)
        let text = try Self.render(
            "{{ru-drones-downed.change.30d}} {{ru-drones-downed.change.2026-07-09.2026-08-08}}", in: folder)
        #expect(text == "+\(grouped) +\(grouped)")
    }

    @Test func aValueBetweenEstimatesSaysItIsInterpolated() throws {
        let text = try Self.render("{{nk-troops-in-russia.on.2024-10-28}} / {{nk-troops-in-russia.on.2025-02-01}}")
        // 10,000 is the US Department of Defense's estimate for that day; 1 February 2025 lies between
        // estimates, where the line is drawn, not reported: three significant digits, and said so.
        #expect(text.hasPrefix("about 10,000 / about "))
        #expect(text.hasSuffix("00 (interpolated)"))
    }

    @Test func aChangedSeriesChangesTheSentence() throws {
        let folder = try ChartRendererTests.sampleCopy()
        let before = try Self.render("{{nk-troops-in-russia.latest.cited}}", in: folder)
        let file = FileHandle(forWritingAtPath: folder + "/Series/nk-troops-in-russia.csv")!
        file.seekToEndOfFile()
        let header = try String(contentsOfFile: folder + "/Series/nk-troops-in-russia.csv", encoding: .utf8)
            .split(separator: "\n")[0].split(separator: ",")
        let row = header.map { ["date": "2025-06-01", "value": "13000", "source": "A test source"][String($0)] ?? "" }
        file.write(Data((row.joined(separator: ",") + "\n").utf8))
        file.closeFile()
        let after = try Self.render("{{nk-troops-in-russia.latest.cited}}", in: folder)
        #expect(before != after && after == "13,000 (A test source, 1 Jun 2025)")
    }

    @Test func theTrendIsQuotedFromItsChartRoundedToItsInterval() throws {
        let text = try Self.render("{{charts.personnel-trend.trend}}")
        #expect(text.hasPrefix("about ") && text.contains(" on 6 Nov 2026 (random walk with drift; 95% prediction interval "))
        #expect(
            ReportFacts.roundingUnit(18_189) == 1_000 && ReportFacts.roundingUnit(5) == 1 && ReportFacts.roundingUnit(250) == 10)
    }

    @Test func figuresAreTheChartsSnippets() throws {
        let md = try Self.render("{{{charts.nk-troops}}}")
        #expect(md.hasPrefix("![Chart: North Korean troops in Russia") && md.contains("[Data (CSV)](nk-troops.csv)"))
        let html = try Self.render("{{&charts.nk-troops}}", path: "Reports/t.html")
        #expect(html.hasPrefix("<figure class=\"reckon-chart\" id=\"nk-troops\">"))
    }

    @Test func sectionsShowWhatAFactHas() throws {
        let text = try Self.render(
            "{{#nk-troops-in-russia.latest.url}}[link]({{nk-troops-in-russia.latest.url}}){{/nk-troops-in-russia.latest.url}}"
                + "{{^ru-drones-downed.latest.url}}no link{{/ru-drones-downed.latest.url}}")
        #expect(text.hasPrefix("[link](https://koreajoongangdaily") && text.hasSuffix("no link"))
        // Inside its own section, a fact that may be missing can be quoted.
        #expect(
            try Self.render("{{#ru-drones-downed.latest.url}}{{ru-drones-downed.latest.url}}{{/ru-drones-downed.latest.url}}")
                == "")
    }

    @Test func factsAreEscapedForTheTemplatesFormat() throws {
        let folder = try ChartRendererTests.sampleCopy()
        try "title: \"A *bold* <b>claim</b> & [more]\"\n".write(
            toFile: folder + "/Series/nk-troops-in-russia.yaml", atomically: true, encoding: .utf8)
        #expect(
            try Self.render("{{nk-troops-in-russia.title}}", in: folder)
                == "A \\*bold\\* &lt;b&gt;claim&lt;/b&gt; &amp; \\[more\\]")
        #expect(
            try Self.render("{{nk-troops-in-russia.title}}", path: "t.html", in: folder)
                == "A *bold* &lt;b&gt;claim&lt;/b&gt; &amp; [more]")
    }

    @Test func everyProblemIsLocatedAndNothingIsLeftEmpty() {
        let problems = Self.problems(
            "Hi {{nk-troops-in-russia.latets}}\n  {{nope}} {{charts.nk-troops}}\n{{ru-drones-downed.latest.url}} {{value}}")
        #expect(problems.count == 5)
        #expect(
            problems[0].hasPrefix(
                "Reports/t.md:1:4: error: 'nk-troops-in-russia.latets': series 'nk-troops-in-russia' has no fact 'latets'"))
        #expect(problems[1].hasPrefix("Reports/t.md:2:3: error: no series or chart 'nope'"))
        #expect(
            problems[2].hasPrefix(
                "Reports/t.md:2:12: error: 'charts.nk-troops' is a figure in Markdown; write {{{charts.nk-troops}}}"))
        #expect(problems[3].hasPrefix("Reports/t.md:3:1: error: 'ru-drones-downed.latest.url' has no value here"))
        #expect(problems[4].hasPrefix("Reports/t.md:3:33: error: no series or chart 'value'"))
    }

    @Test(arguments: [
        ("{{#nk-troops-in-russia}}\n", "Reports/t.md:2:1: error: template: a section is never closed ({{/name}})"),
        ("a\n{{=<% %>=}}", "Reports/t.md:2:1: error: reports use the delimiters {{ and }}; a template may not set its own"),
        (
            "{{nk-troops-in-russia.change.2025-02-30.2025-03-01}}",
            "Reports/t.md:1:1: error: 'nk-troops-in-russia.change.2025-02-30.2025-03-01': '2025-02-30' is not a date: February 2025 has 28 days"
        ),
        (
            "{{nk-troop-reinforcements.change.30d}}",
            "Reports/t.md:1:1: error: 'nk-troop-reinforcements.change.30d': series 'nk-troop-reinforcements' counts what happened in each period; it has no value on a day to compare"
        ),
        (
            "{{charts.drones-daily.trend}}",
            "Reports/t.md:1:1: error: 'charts.drones-daily.trend': chart 'drones-daily' has no trend layer"
        ),
    ])
    func badTemplatesAreLocatedErrors(_ template: String, _ message: String) {
        #expect(Self.problems(template) == [message])
    }

    @Test func theReportsOfReckonYamlAreChecked() {
        let yaml =
            "reports:\n  - Reports/brief.md\n  - ../secret.md\n  - Reports/index.md\n  - a/brief.md.mustache\n  - x.txt\n"
            + "  - \"Reports/a\\0.md\"\n"
        let (reports, problems) = ReportSpec.parse(yaml, path: "reckon.yaml")
        #expect(reports == [ReportSpec(template: "Reports/brief.md", output: "brief.md")])
        #expect(
            problems.map(\.description) == [
                "reckon.yaml:3:5: error: '../secret.md': a template is a path inside the workspace, such as Reports/brief.md",
                "reckon.yaml:4:5: error: 'Reports/index.md': another file in the output folder is already called 'index.md'",
                "reckon.yaml:5:5: error: 'a/brief.md.mustache': another file in the output folder is already called 'brief.md'",
                "reckon.yaml:6:5: error: 'x.txt': a template is Markdown (.md) or HTML (.html)",
                "reckon.yaml:7:5: error: 'Reports/a\\u{0}.md': a control character (U+0000) in text; remove it",
            ])
    }
}
