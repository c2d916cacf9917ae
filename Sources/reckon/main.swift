// The reckon command line: argument parsing and output only; the work is done by ReckonModel.
GraphicsUnavailable.install()
let arguments = ArgumentHoisting.hoisted(Array(CommandLine.arguments.dropFirst()))
do {
    var command = try Reckon.parseAsRoot(arguments)
    try command.run()
    // What was written must have reached standard output: a failed write is status 74.
    StandardOutput.flush()
} catch {
    StandardOutput.exit(withError: error)
}
