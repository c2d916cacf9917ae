import ArgumentParser
import ReckonModel

/// `reckon serve`: hands over to the `reckon-serve` executable (built from the `Serve/` package), as
/// git does with its subcommands, so that the command line never loads the server's libraries.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the workspace's charts, series, queries and reports over HTTP (read-only).",
        discussion: """
            Runs reckon-serve, found beside reckon or on PATH (make serve builds it; make install \
            installs both), with the same arguments. Run reckon serve --help for its options once it \
            is installed.

            Examples:
              reckon serve
              reckon serve -C /srv/estimates --host 0.0.0.0 --port 8080
            """)

    @Argument(parsing: .allUnrecognized, help: "reckon-serve's options: --host, --port, -C DIR, --renders N, …")
    var arguments: [String] = []

    /// The name of the server's executable.
    static let executable = "reckon-serve"

    func run() throws {
        try Handoff.exec(Self.executable, arguments, hint: "reckon serve")
    }
}
