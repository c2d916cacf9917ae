import ArgumentParser
import Foundation
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
        guard let path = Self.locate() else {
            throw ReckonError(
                .missingInput,
                "reckon serve needs \(Self.executable), which is neither beside reckon nor on PATH; "
                    + "build it with 'make serve' (or install both with 'make install')")
        }
        let argv = [Self.executable] + arguments
        let cArgs = argv.map { strdup($0) } + [nil]
        execv(path, cArgs)
        throw ReckonError(.internalFailure, file: path, "cannot run: \(String(cString: strerror(errno)))")
    }

    /// `reckon-serve` beside this executable (symbolic links followed), else the first on PATH.
    static func locate() -> String? {
        let fm = FileManager.default
        var folders: [String] = []
        if let me = try? fm.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            folders.append((me as NSString).deletingLastPathComponent)
        }
        let own = (CommandLine.arguments[0] as NSString).deletingLastPathComponent
        if !own.isEmpty { folders.append(own) }
        folders += (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map(String.init)
        return folders.map { $0 + "/" + executable }.first { fm.isExecutableFile(atPath: $0) }
    }
}
