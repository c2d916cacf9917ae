import Foundation
import Testing

/// `reckon report`: a template rendered from the command line, or a located error and no file.
struct ReportCommandTests {
    @Test func aReportIsWrittenWhereAsked() throws {
        let ws = try RenderCommandTests.sampleCopy()
        let r = try CLI.run(["report", "Reports/brief.md", "-o", "Output/brief-copy.md"], in: ws)
        #expect(r.status == 0, "\(r.stderr)")
        let text = try String(contentsOfFile: ws + "/Output/brief-copy.md", encoding: .utf8)
        #expect(text.contains("North Korea has about 11,000 (South Korea Joint Chiefs of Staff, 27 Mar 2025)"))
        #expect(text.contains("![Chart: North Korean troops in Russia"))
    }

    @Test func anUnknownFactIsALocatedErrorAndWritesNothing() throws {
        let ws = try RenderCommandTests.sampleCopy()
        try "# Brief\n\nTroops: {{nk-troops-in-russia.lastest}}\n".write(
            toFile: ws + "/Reports/bad.md", atomically: true, encoding: .utf8)
        let r = try CLI.run(["report", "Reports/bad.md", "-o", "Output/bad.md"], in: ws)
        #expect(r.status == 65)
        #expect(
            r.stderr.hasPrefix(
                "Reports/bad.md:3:9: error: 'nk-troops-in-russia.lastest': series 'nk-troops-in-russia' has no fact 'lastest'"))
        #expect(!FileManager.default.fileExists(atPath: ws + "/Output/bad.md"))
    }
}
