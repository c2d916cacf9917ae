import Foundation
import Testing

/// Every public declaration of the libraries has a doc comment: the API reference (`make docs`) has
/// no empty pages.
struct DocCommentTests {
    /// `file:line: declaration` for each public declaration without a `///` comment above it (attributes
    /// such as `@inlinable` may stand between).
    static func undocumented() throws -> [String] {
        let sources = CLI.repository.appendingPathComponent("Sources")
        let files = try #require(FileManager.default.enumerator(atPath: sources.path)).compactMap { $0 as? String }
            .filter { $0.hasPrefix("Reckon") && $0.hasSuffix(".swift") }.sorted()
        var missing: [String] = []
        for file in files {
            let lines = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
                .split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            for (i, line) in lines.enumerated()
            where (line.hasPrefix("public ") || line.hasPrefix("open ")) && !line.hasPrefix("public import ") {
                var above = i - 1
                while above >= 0, lines[above].hasPrefix("@") { above -= 1 }
                if above < 0 || !lines[above].hasPrefix("///") { missing.append("\(file):\(i + 1): \(line)") }
            }
        }
        return missing
    }

    @Test func everyPublicDeclarationHasADocComment() throws {
        let missing = try Self.undocumented()
        #expect(missing.isEmpty, Comment(rawValue: "\(missing.count) undocumented:\n" + missing.joined(separator: "\n")))
    }
}
