/// Lets the workspace option come before the subcommand, as in `reckon -C /srv/ws check`, by moving
/// it after the subcommand name, where each subcommand declares it.
enum ArgumentHoisting {
    static func hoisted(_ arguments: [String]) -> [String] {
        var args = arguments
        var moved: [String] = []
        while let first = args.first {
            if first == "-C" || first == "--workspace", args.count >= 2 {
                moved += args.prefix(2)
                args.removeFirst(2)
            } else if first.hasPrefix("--workspace=") {
                moved.append(first)
                args.removeFirst()
            } else {
                break
            }
        }
        guard !moved.isEmpty, !args.isEmpty else { return arguments }
        return [args[0]] + moved + args.dropFirst()
    }
}
