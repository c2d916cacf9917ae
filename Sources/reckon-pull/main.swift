// reckon-pull: `reckon pull`'s own executable (see PullTool). A workspace's error prints its
// diagnostics and ends with its sysexits status, as reckon's own commands do.
import ArgumentParser
import Glibc
import ReckonModel

do {
    var command = try PullTool.parseAsRoot()
    try command.run()
} catch let error as ReckonError {
    printDiagnostics(error.diagnostics)
    exit(Int32(ReckonError.status(error.kind)))
} catch {
    PullTool.exit(withError: error)
}
