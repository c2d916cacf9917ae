import Foundation
import ReckonModel
import Testing

@testable import ReckonPublish

struct ChartRendererTests {
    /// A copy of the repository's sample workspace in a new temporary folder.
    static func sampleCopy() throws -> String {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let folder = NSTemporaryDirectory() + "reckon-publish-" + UUID().uuidString
        let fm = FileManager.default
        try fm.createDirectory(atPath: folder + "/Output", withIntermediateDirectories: true)
        try fm.copyItem(atPath: repository.appendingPathComponent("Series").path, toPath: folder + "/Series")
        try fm.copyItem(atPath: repository.appendingPathComponent("reckon.yaml").path, toPath: folder + "/reckon.yaml")
        try fm.copyItem(atPath: repository.appendingPathComponent("Reports").path, toPath: folder + "/Reports")
        return folder
    }

    /// When no worker can start (the executable was replaced during a run), charts render in this
    /// process instead of all failing.
    @Test func chartsRenderHereWhenNoWorkerCanStart() throws {
        let folder = try ChartRendererTests.sampleCopy()
        let workspace = try Workspace(at: folder)
        var options = RenderOptions(folder: folder + "/Output", shownFolder: "Output", jobs: 2)
        options.worker = ChartWorker(executable: folder + "/no-such-reckon", arguments: [])
        let summary = try Publisher.render(workspace, options)
        #expect(summary.failed.isEmpty, "\(summary.diagnostics)")
        #expect(
            summary.rendered.sorted() == [
                "brief.md", "drones-daily", "drones-monthly", "losses-monthly", "nk-troops", "personnel-trend", "totals-log",
                "troops-by-source",
            ])
        #expect(FileManager.default.fileExists(atPath: folder + "/Output/nk-troops.png"))
    }
}
