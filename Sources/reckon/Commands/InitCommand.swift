import ArgumentParser
import ReckonModel

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a workspace: Series/, Output/ and a commented reckon.yaml.",
        discussion: "Example: reckon init estimates && cd estimates && reckon add troops 2025-03-27 11000")

    @OptionGroup var workspace: WorkspaceOptions

    @Argument(help: "The folder to create the workspace in (default: the workspace folder).")
    var directory: String?

    func run() throws {
        let root = directory ?? workspace.path
        try Workspace.create(at: root)
        print("created a reckon workspace in \(root)")
    }
}
