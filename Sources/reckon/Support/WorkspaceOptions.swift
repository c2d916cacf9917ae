import ArgumentParser
import Foundation
import ReckonModel

/// `-C DIR` / `--workspace DIR`, falling back to `$RECKON_WORKSPACE`, then the current folder.
struct WorkspaceOptions: ParsableArguments {
    @Option(
        name: [.customShort("C"), .customLong("workspace")],
        help: ArgumentHelp("The workspace folder (default: $RECKON_WORKSPACE, else the current folder).", valueName: "dir"))
    var directory: String?

    /// The folder chosen by the option, the environment or the default.
    var path: String {
        if let directory { return directory }
        if let env = ProcessInfo.processInfo.environment["RECKON_WORKSPACE"], !env.isEmpty { return env }
        return "."
    }

    /// The workspace, which must exist; work on a long series in it uses two threads where they help
    /// (`Workspace.worksOnTwoThreads`).
    func open() throws(ReckonError) -> Workspace {
        var workspace = try Workspace(at: path)
        workspace.worksOnTwoThreads = true
        return workspace
    }
}
