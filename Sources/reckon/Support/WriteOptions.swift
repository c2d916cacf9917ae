import ArgumentParser

/// Options of commands that write series files.
struct WriteOptions: ParsableArguments {
    @Option(
        parsing: .unconditional,
        help: ArgumentHelp("How long to wait for another writer's lock before giving up with status 75.", valueName: "seconds"))
    var wait: Double = 30

    func validate() throws {
        guard wait >= 0, wait <= 86_400 else { throw ValidationError("--wait must be a number of seconds, 0 to 86400") }
    }
}
