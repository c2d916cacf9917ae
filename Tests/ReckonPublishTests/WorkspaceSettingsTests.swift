import ReckonModel
import ReckonPublish
import Testing

/// `reckon.yaml` is read once, by one reader, which reports every problem in every section.
struct WorkspaceSettingsTests {
    let kinds = [try! SeriesID("good"): SeriesKind.level, try! SeriesID("sent"): .count]

    @Test func everySectionIsCheckedInOneReading() {
        let text = """
            charts:
              - id: a
                layers:
                  - series: good
                  - series: missing
              - id: b
                layers: [{series: sent, every: month, stat: end}]
            themes: dark
            reports: [/etc/x.md, Reports/brief.md]
            """
        let settings = WorkspaceSettings.parse(text, path: "reckon.yaml", series: kinds)
        #expect(
            settings.diagnostics.map(\.description) == [
                "reckon.yaml:8:1: error: unknown key 'themes' (keys: charts, defaults, reports)",
                "reckon.yaml:5:17: error: unknown series 'missing' (no Series/missing.csv)",
                "reckon.yaml:7:49: error: 'stat: end' takes the value at each period's end, which a count does not have; use sum, or 'cumulative' first",
                "reckon.yaml:9:11: error: '/etc/x.md': a template is a path inside the workspace, such as Reports/brief.md",
            ])
        #expect(settings.hasErrors && settings.charts.isEmpty)
        #expect(settings.reports == [ReportSpec(template: "Reports/brief.md", output: "brief.md")])
        #expect(throws: ReckonError.self) { try settings.checked() }
    }

    @Test func yamlThatDoesNotComposeIsOneLocatedError() {
        let settings = WorkspaceSettings.parse("charts: [\n", path: "reckon.yaml", series: kinds)
        #expect(settings.diagnostics.count == 1)
        #expect(settings.diagnostics.first?.description.hasPrefix("reckon.yaml:2:1: error: invalid YAML") == true)
    }

    @Test func soundSettingsAreReturnedWhole() throws {
        let text = "defaults: {width: 800}\ncharts:\n  - id: a\n    layers: [{series: good}]\nreports: [Reports/brief.md]\n"
        let settings = try WorkspaceSettings.parse(text, path: "reckon.yaml", series: kinds).checked()
        #expect(settings.diagnostics.isEmpty)
        #expect(settings.charts.map(\.id) == ["a"] && settings.charts.first?.width == 800)
        #expect(settings.reports.map(\.output) == ["brief.md"])
    }
}
