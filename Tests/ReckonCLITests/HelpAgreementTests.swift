import Foundation
import Testing

/// `--help` and the README's command table tell the same story: every command is in the table, and every
/// option a command takes is in its row (or in the paragraph on options every command shares).
struct HelpAgreementTests {
    /// The README's "Commands" table rows, by command name.
    func readmeRows() throws -> [String: String] {
        let readme = try String(contentsOfFile: CLI.repository.path + "/README.md", encoding: .utf8)
        let start = try #require(readme.range(of: "## Commands\n"))
        let end = try #require(readme.range(of: "\n## ", range: start.upperBound..<readme.endIndex))
        var rows: [String: String] = [:]
        for line in readme[start.upperBound..<end.lowerBound].split(separator: "\n") where line.hasPrefix("| `reckon ") {
            let name = line.dropFirst("| `reckon ".count).prefix { $0 != " " && $0 != "`" }
            rows[String(name)] = String(line)
        }
        return rows
    }

    /// The commands `reckon --help` lists.
    func commands() throws -> [String] {
        let help = try CLI.run(["--help"], in: CLI.repository.path).stdout
        let section = try #require(help.components(separatedBy: "SUBCOMMANDS:").last)
        return section.split(separator: "\n").compactMap { line in
            let words = line.split(separator: " ")
            guard line.hasPrefix("  "), !line.hasPrefix("   "), let first = words.first,
                first.allSatisfy({ $0.isLowercase || $0 == "-" })
            else { return nil }
            return String(first)
        }
    }

    /// The long options `reckon COMMAND --help` lists.
    func options(_ command: String) throws -> [String] {
        let help = try CLI.run([command, "--help"], in: CLI.repository.path).stdout
        let options = try #require(help.components(separatedBy: "OPTIONS:").last)
        return options.split(separator: "\n").compactMap { line in
            let trimmed = line.drop { $0 == " " }
            guard trimmed.hasPrefix("-") else { return nil }
            return trimmed.split(separator: " ").map(String.init).first { $0.hasPrefix("--") }
        }
    }

    @Test func everyCommandHasARowAndEveryOptionIsInIt() throws {
        let rows = try readmeRows()
        let commands = try commands()
        #expect(commands.count >= 11)
        #expect(Set(rows.keys) == Set(commands), "the README's table and --help list other commands")
        // Said once for all commands, in the paragraph under the table.
        let shared: Set = ["--workspace", "--format", "--help", "--version"]
        let queryOptions = Set(try options("query"))
        for command in commands {
            let row = try #require(rows[command])
            let sharesQuery = row.contains("plus the query options") || row.contains("plus the options of `query`")
            for option in try options(command) where !shared.contains(option) {
                if sharesQuery, queryOptions.contains(option) { continue }
                // `-o FILE` stands for --output.
                if option == "--output", row.contains("-o FILE") { continue }
                #expect(row.contains(option), "reckon \(command) \(option) is not in the README's row")
            }
        }
    }

    @Test func everyCommandShowsAnExample() throws {
        for command in try commands() {
            let help = try CLI.run([command, "--help"], in: CLI.repository.path).stdout
            #expect(help.contains("Example"), "reckon \(command) --help has no example")
        }
    }
}
