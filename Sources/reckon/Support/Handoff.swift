import Foundation
import ReckonModel

/// Hands the command line over to a companion executable (`reckon-serve`, `reckon-pull`), as git does
/// with its subcommands, so that reckon itself never loads the libraries only that command needs.
enum Handoff {
    /// Replaces this process with `executable`, found beside reckon or on PATH, run with `arguments`.
    ///
    /// - Throws: `.missingInput` with `hint` when it is nowhere; `.internalFailure` when it cannot run.
    static func exec(_ executable: String, _ arguments: [String], hint: String) throws(ReckonError) -> Never {
        guard let path = locate(executable) else {
            throw ReckonError(
                .missingInput, "\(hint) needs \(executable), which is neither beside reckon nor on PATH; " + hintBuild(hint))
        }
        let argv = [executable] + arguments
        let cArgs = argv.map { strdup($0) } + [nil]
        execv(path, cArgs)
        throw ReckonError(.internalFailure, file: path, "cannot run: \(String(cString: strerror(errno)))")
    }

    private static func hintBuild(_ command: String) -> String {
        command == "reckon serve"
            ? "build it with 'make serve' (or install both with 'make install')"
            : "build it with 'swift build --product \(command.replacingOccurrences(of: " ", with: "-"))' (or install both with 'make install')"
    }

    /// `executable` beside this executable (symbolic links followed), else the first on PATH.
    static func locate(_ executable: String) -> String? {
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
