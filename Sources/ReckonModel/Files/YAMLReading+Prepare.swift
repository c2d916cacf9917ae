import Dispatch
import Glibc
import Yams

extension YAMLReading {
    /// Starts readying the YAML parser on another thread and returns at once: a program about to read a
    /// workspace calls it as it starts, so that the readying overlaps its start-up. Yams builds its
    /// resolver's patterns (regular expressions for booleans, numbers and dates) when it first parses; a
    /// parse that comes first waits for them, as it would have built them. Calls after the first do
    /// nothing. The process waits for the readying at exit, so that no thread is still inside Yams or
    /// Foundation's regular expressions while they are finalised.
    package static func prepare() {
        _ = preparation
    }

    /// The readying, started once.
    private static let preparation: Void = {
        DispatchQueue.global().async(group: preparing) { _ = try? Yams.compose(yaml: "title: x\nkind: level\n") }
        atexit { YAMLReading.preparing.wait() }
    }()

    /// Left when the readying is done.
    private static let preparing = DispatchGroup()
}
