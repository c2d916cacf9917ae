import Foundation
import Testing

/// Snippets as report tools use them: a Markdown report with `reckon embed`'s snippets, turned into HTML,
/// DOCX and PDF by pandoc (with WeasyPrint for the PDF), and GitHub's Markdown dialect. The alt text must
/// stay the picture's description, never become a caption the reader sees twice. `make test` installs
/// pandoc, WeasyPrint, poppler's tools and unzip.
@Suite(.serialized)
struct EmbedPandocTests {
    /// Runs a tool from the PATH in `folder`; its standard output.
    @discardableResult
    func tool(_ name: String, _ arguments: [String], in folder: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [name] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(name) \(arguments) failed")
        return String(decoding: data, as: UTF8.self)
    }

    /// The sample workspace rendered, with `report.md`: a paragraph, the nk-troops chart's Markdown snippet
    /// for a 640-pixel column, another paragraph.
    func report() throws -> (folder: String, alt: String) {
        let ws = try RenderCommandTests.sampleCopy()
        #expect(try CLI.run(["render", "--all"], in: ws).status == 0)
        let snippet = try CLI.run(["embed", "nk-troops", "--format", "md", "--width", "640"], in: ws)
        #expect(snippet.status == 0 && snippet.stderr.isEmpty)
        let text = "# Brief\n\nNorth Korea sent troops.\n\n" + snippet.stdout + "\nThe end.\n"
        try text.write(toFile: ws + "/report.md", atomically: true, encoding: .utf8)
        let json = try CLI.run(["embed", "nk-troops", "--format", "json"], in: ws).stdout
        let alt = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])["alt"] as? String
        return (ws, try #require(alt))
    }

    /// A distinctive stretch of the alt text that no other text of the chart's snippet has.
    func mark(_ alt: String) -> String {
        let words = alt.split(separator: " ")
        #expect(alt.hasPrefix("Chart: North Korean troops in Russia, Median of the sources, from about 10,000"))
        return words.dropFirst(6).prefix(6).joined(separator: " ")
    }

    @Test func htmlHasThePictureAndLinksButNoCaptionOfTheAltText() throws {
        let (ws, alt) = try report()
        for dialect in ["markdown", "gfm"] {
            let html = try tool("pandoc", ["-f", dialect, "-t", "html", "report.md"], in: ws)
            #expect(!html.contains("<figure") && !html.contains("<figcaption"), "\(dialect)")
            #expect(html.contains("<img src=\"Output/nk-troops.640.png\""), "\(dialect)")
            // The alt text once, in the alt attribute; the links after a line break in the same paragraph.
            #expect(html.components(separatedBy: mark(alt)).count == 2, "\(dialect)")
            #expect(html.contains("<a href=\"Output/nk-troops.csv\">Data (CSV)</a>"), "\(dialect)")
            #expect(html.contains("<br />"), "\(dialect)")
        }
    }

    @Test func docxShowsTheImageWithTheAltTextAsItsDescriptionOnly() throws {
        let (ws, alt) = try report()
        try tool("pandoc", ["report.md", "-o", "report.docx"], in: ws)
        let media = try tool("unzip", ["-l", "report.docx"], in: ws)
        #expect(media.contains("word/media/") && media.contains(".png"))
        let document = try tool("unzip", ["-p", "report.docx", "word/document.xml"], in: ws)
        // The text runs the reader sees: the paragraphs and the links, not the alt text.
        let runs = document.components(separatedBy: "<w:t").dropFirst().compactMap { $0.split(separator: "<").first }
            .map { String($0.drop { $0 != ">" }.dropFirst()) }.joined(separator: " ")
        #expect(runs.contains("North Korea sent troops.") && runs.contains("Data (CSV)"))
        #expect(!runs.contains(mark(alt)))
        #expect(document.contains("descr=\"" + alt.prefix(40)))
    }

    @Test func pdfShowsTheNarrowLayoutAndNoAltText() throws {
        let (ws, alt) = try report()
        try tool("pandoc", ["report.md", "--pdf-engine=weasyprint", "-o", "report.pdf"], in: ws)
        let text = try tool("pdftotext", ["report.pdf", "-"], in: ws)
        #expect(text.contains("North Korea sent troops.") && text.contains("Data (CSV)"))
        #expect(!text.contains(mark(alt)))
        // One picture, the 640-pixel layout drawn for the column (not the 1200-pixel one shrunk).
        let images = try tool("pdfimages", ["-list", "report.pdf"], in: ws).split(separator: "\n").dropFirst(2)
        #expect(images.count == 1)
        #expect(images.first?.split(separator: " ", omittingEmptySubsequences: true).dropFirst(3).first == "640")
    }
}
