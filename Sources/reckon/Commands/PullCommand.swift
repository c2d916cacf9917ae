import ArgumentParser
import ReckonModel

/// `reckon pull`: hands over to the `reckon-pull` executable (built beside reckon), so that only
/// pulling loads Foundation's networking libraries and every other command starts as fast as before.
struct PullCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pull",
        abstract: "Fetch each series' source (its sidecar's pull: mapping) and record new and revised estimates.",
        discussion: """
            Runs reckon-pull, found beside reckon or on PATH, with the same arguments; reckon-pull --help \
            shows its options. A past value the source changed is kept, and its new value added with \
            reported = today. Quiet when nothing changed; a failed series is left as it was (status 69 \
            unavailable, 75 temporary, 65 malformed).

            Examples:
              reckon pull
              reckon pull ru-personnel-losses --timeout 10
              reckon pull && reckon render --all
            """)

    @Argument(parsing: .allUnrecognized, help: "reckon-pull's arguments: series ids, --timeout, --retries, -C DIR, …")
    var arguments: [String] = []

    /// The name of the pulling executable.
    static let executable = "reckon-pull"

    func run() throws {
        try Handoff.exec(Self.executable, arguments, hint: "reckon pull")
    }
}
