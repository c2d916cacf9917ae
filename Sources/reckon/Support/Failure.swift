import ArgumentParser
import Foundation
import ReckonCairo
import ReckonModel

extension Reckon {
    /// Parses the command line (with options hoisted, see ``ArgumentHoisting``), runs the command
    /// and ends the process: the one place a failure becomes what users see. A ``ReckonError`` prints
    /// its diagnostics on standard error and exits with the `sysexits` status of its kind;
    /// Cairo and Pango missing is status 69 (see ``GraphicsUnavailable``); ArgumentParser's own
    /// errors, help and version end as ArgumentParser ends them; anything else is reckon's own
    /// failure, status 70. Standard output is checked before a success is claimed.
    ///
    /// What a command will need is readied on other threads first (``StartUp``).
    static func main() {
        GraphicsUnavailable.install()
        let arguments = ArgumentHoisting.hoisted(Array(CommandLine.arguments.dropFirst()))
        StartUp.prepare(for: arguments)
        var command: any ParsableCommand
        do {
            command = try parseAsRoot(arguments)
        } catch {
            StandardOutput.exit(withError: error)
        }
        do {
            try command.run()
        } catch let error as ReckonError {
            StandardOutput.flush()
            printDiagnostics(error.diagnostics)
            Glibc.exit(exitStatus(error.kind))
        } catch let error as CairoError where error.librariesUnavailable {
            StandardOutput.flush()
            GraphicsUnavailable.exit(error)
        } catch let error where error is ExitCode || exitCode(for: error) != .failure {
            // ArgumentParser's own: help and version (which `--help` runs as a command), validation.
            StandardOutput.exit(withError: error)
        } catch {
            StandardOutput.flush()
            printDiagnostics([Diagnostic(file: nil, "internal error: \(error)")])
            Glibc.exit(70)
        }
        StandardOutput.flush()
    }
}

/// The `sysexits` status for a kind of failure.
func exitStatus(_ kind: ReckonError.Kind) -> Int32 {
    Int32(ReckonError.status(kind))
}

/// Writes diagnostics to stderr, one per line.
func printDiagnostics(_ diagnostics: [Diagnostic]) {
    guard !diagnostics.isEmpty else { return }
    // Messages quote file contents: control characters are shown escaped, never sent to the terminal.
    let text = diagnostics.map { Escaping.visible($0.description) }.joined(separator: "\n") + "\n"
    FileHandle.standardError.write(Data(text.utf8))
}

/// Parses a command-line value with a ReckonModel parser, failing as a usage error that names the argument.
func parseArgument<T>(_ name: String, _ text: String, _ parse: (String) throws(FieldError) -> T) throws(ReckonError) -> T {
    do throws(FieldError) {
        return try parse(text)
    } catch {
        throw ReckonError(.usage, "\(name): \(error.message)")
    }
}
