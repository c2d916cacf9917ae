import ArgumentParser
import Foundation
import ReckonCairo
import ReckonModel

/// Runs a command's body, turning a ``ModelError`` into its diagnostics on stderr and the `sysexits`
/// status of its kind, Cairo and Pango missing into status 69 (see ``GraphicsUnavailable``), and any
/// other error into status 70.
func reporting(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as ModelError {
        printDiagnostics(error.diagnostics)
        throw ExitCode(exitStatus(error.kind))
    } catch let exit as ExitCode {
        throw exit
    } catch let error as CairoError where error.librariesUnavailable {
        GraphicsUnavailable.exit(error)
    } catch {
        // Anything else is reckon's own failure, not the user's: sysexits' internal error.
        printDiagnostics([Diagnostic(file: nil, "internal error: \(error)")])
        throw ExitCode(70)
    }
}

/// The `sysexits` status for a kind of failure.
func exitStatus(_ kind: ModelError.Kind) -> Int32 {
    Int32(ModelError.status(kind))
}

/// Writes diagnostics to stderr, one per line.
func printDiagnostics(_ diagnostics: [Diagnostic]) {
    guard !diagnostics.isEmpty else { return }
    // Messages quote file contents: control characters are shown escaped, never sent to the terminal.
    let text = diagnostics.map { Escaping.visible($0.description) }.joined(separator: "\n") + "\n"
    FileHandle.standardError.write(Data(text.utf8))
}

/// Parses a command-line value with a ReckonModel parser, failing as a usage error that names the argument.
func parseArgument<T>(_ name: String, _ text: String, _ parse: (String) throws(FieldError) -> T) throws(ModelError) -> T {
    do throws(FieldError) {
        return try parse(text)
    } catch {
        throw ModelError(.usage, "\(name): \(error.message)")
    }
}
