import Foundation
import Testing

/// Test fixtures next to this file and the real data kept in the repository's `Data/` folder.
enum Fixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let realData = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Data/ua-general-staff")

    static func text(_ name: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }

    /// A fresh empty folder under the temporary directory.
    static func temporaryFolder() throws -> String {
        let path = NSTemporaryDirectory() + "reckon-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}

/// The fixtures the tests read are where the helpers look for them.
struct FixturesTests {
    @Test func fixturesAndRealDataAreFound() throws {
        #expect(try Fixtures.text("calendar.csv").hasPrefix("day,ordinal,isoweekday,isoyear,isoweek\n"))
        #expect(FileManager.default.fileExists(atPath: Fixtures.realData.appendingPathComponent("README.md").path))
    }
}
