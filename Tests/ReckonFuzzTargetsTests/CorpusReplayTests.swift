import Foundation
import ReckonFuzzTargets
import Testing

/// Every seed input and every input that once crashed a fuzz target goes through its target again:
/// a crash found by `make fuzz` stays fixed.
struct CorpusReplayTests {
    static let fuzz = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fuzz")

    /// The files under `Fuzz/<folder>/<target>/`.
    static func inputs(_ folder: String, _ target: String) -> [URL] {
        let dir = fuzz.appendingPathComponent(folder).appendingPathComponent(target)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.sorted().filter { !$0.hasPrefix(".") }.map { dir.appendingPathComponent($0) }
    }

    @Test(arguments: FuzzTargets.names)
    func seedsAndRegressionsRunCleanly(_ target: String) throws {
        let run = try #require(FuzzTargets.all[target])
        let seeds = CorpusReplayTests.inputs("Corpus", target)
        #expect(!seeds.isEmpty, "Fuzz/Corpus/\(target) has no seeds")
        for file in seeds + CorpusReplayTests.inputs("Regressions", target) {
            run([UInt8](try Data(contentsOf: file)))
        }
    }
}
