import Foundation
import ReckonModel
import Testing

@testable import ReckonPublish

/// Frozen versions (`archive: true`) and the further renderings of the sample workspace.
@Suite(.serialized)
struct ArchiveTests {
    func render(_ folder: String, force: Bool = false) throws -> RenderSummary {
        var options = RenderOptions(folder: folder + "/Output", shownFolder: "Output", jobs: 2)
        options.force = force
        let summary = try Publisher.render(try Workspace(at: folder), options)
        #expect(summary.failed.isEmpty, "\(summary.diagnostics)")
        return summary
    }

    func bytes(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

    @Test func aChangedChartKeepsANewVersionAndNeverRewritesAnOldOne() throws {
        let folder = try ChartRendererTests.sampleCopy()
        _ = try render(folder)
        let first = Archive.versions(of: "nk-troops", in: folder + "/Output")
        #expect(first.count == 1 && first[0].date == "2025-03-27")
        #expect(first[0].files.map(\.format) == [.png, .svg, .csv])
        // Each kept file is the chart's file as it was rendered.
        for (format, path) in first[0].files {
            #expect(try bytes(folder + "/Output/" + path) == bytes(folder + "/Output/nk-troops.\(format.fileExtension)"))
        }
        // Only the chart that asks for it is archived.
        #expect(Archive.versions(of: "drones-daily", in: folder + "/Output").isEmpty)

        // Rendering the same inputs again keeps nothing new, and an archived file is never rewritten.
        let kept = folder + "/Output/" + first[0].files[2].path
        try Data("as it was cited\n".utf8).write(to: URL(fileURLWithPath: kept))
        let again = try render(folder, force: true)
        #expect(!again.written.contains { $0.hasPrefix("Output/archive/") })
        #expect(try bytes(kept) == Data("as it was cited\n".utf8))

        // A new estimate is a new version, named by its last day.
        let csv = folder + "/Series/nk-troops-in-russia.csv"
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: csv))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("2025-06-01,12000,,,,Test source,,\n".utf8))
        try handle.close()
        let changed = try render(folder)
        let versions = Archive.versions(of: "nk-troops", in: folder + "/Output")
        #expect(versions.map(\.date) == ["2025-03-27", "2025-06-01"])
        #expect(changed.written.filter { $0.hasPrefix("Output/archive/") }.count == 3)
        #expect(try bytes(kept) == Data("as it was cited\n".utf8))

        // The gallery lists them, newest first.
        let html = try String(contentsOfFile: folder + "/Output/index.html", encoding: .utf8)
        #expect(html.contains("<summary>Versions of North Korean troops in Russia kept (2)</summary>"))
        let newest = try #require(
            html.range(
                of:
                    "<li>2025-06-01, version \(versions[1].shortHash): <a href=\"archive/nk-troops/\(versions[1].name).png\">PNG</a>"
            ))
        let oldest = try #require(html.range(of: "<li>2025-03-27, version \(versions[0].shortHash): "))
        #expect(newest.lowerBound < oldest.lowerBound)
    }

    @Test func aRunOfOtherFormatsKeepsTheChartsOwnFormatsItHas() throws {
        let folder = try ChartRendererTests.sampleCopy()
        var options = RenderOptions(folder: folder + "/Output", shownFolder: "Output", jobs: 1)
        options.formats = [.pdf]
        options.charts = ["nk-troops"]
        let summary = try Publisher.render(try Workspace(at: folder), options)
        #expect(summary.failed.isEmpty, "\(summary.diagnostics)")
        // nk-troops is kept as PNG, SVG and CSV; of those, only the CSV, written with every run, exists yet.
        let versions = Archive.versions(of: "nk-troops", in: folder + "/Output")
        #expect(versions.count == 1 && versions[0].files.map(\.format) == [.csv])
    }

    @Test func onlyArchivedNamesAreVersions() {
        #expect(Archive.stem(of: "2025-03-27-0123abcd.png", .png) == "2025-03-27-0123abcd")
        #expect(Archive.stem(of: "undated-0123abcd.scene.json", .scene) == "undated-0123abcd")
        for name in ["2025-03-27-0123ABCD.png", "2025-02-30-0123abcd.png", "notes-0123abcd.png", "0123abcd.png", ".x.png"] {
            #expect(Archive.stem(of: name, .png) == nil, "\(name)")
        }
    }

    @Test func narrowLayoutsAndTheDarkThemeAreDrawnAtTheirSizes() throws {
        let folder = try ChartRendererTests.sampleCopy()
        _ = try render(folder)
        // The PNG header gives the picture's size; the sample charts are drawn at scale 1.
        func size(_ name: String) throws -> (Int, Int) {
            let b = [UInt8](try bytes(folder + "/Output/" + name))
            func int(_ at: Int) -> Int { b[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
            return (int(16), int(20))
        }
        #expect(try size("nk-troops.png") == (1200, 675))
        #expect(try size("nk-troops.640.png") == (640, 360))
        #expect(try size("nk-troops.375.dark.png") == (375, 300))
        let light = try String(contentsOfFile: folder + "/Output/drones-daily.640.svg", encoding: .utf8)
        let dark = try String(contentsOfFile: folder + "/Output/drones-daily.640.dark.svg", encoding: .utf8)
        // Each fills the whole picture with its theme's background: white, or #14171c (20, 23, 28).
        let background = "<rect x=\"0\" y=\"0\" width=\"640\" height=\"360\" style=\"fill:rgb("
        #expect(light.contains(background + "100%,100%,100%);"))
        #expect(dark.contains(background + "7.843137%,9.019608%,10.980392%);"))
    }
}
