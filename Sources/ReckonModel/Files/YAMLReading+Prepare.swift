import Dispatch
internal import Foundation
import Yams

extension YAMLReading {
    /// Starts readying the YAML parser on a thread of its own and returns at once: a program about to
    /// read a workspace calls it as it starts, so that the readying overlaps its start-up. Yams builds
    /// its resolver's patterns (regular expressions for booleans, numbers, dates) when it first parses,
    /// about a millisecond and a half; a parse that comes first waits for them, as it would have
    /// built them. Calls after the first do nothing; the process waits for the thread at exit.
    package static func prepare() {
        _ = preparation
    }

    /// The readying, started once.
    private static let preparation: Void = {
        preparing.enter()
        Thread.detachNewThread {
            _ = try? Yams.compose(yaml: "title: x\nkind: level\n")
            preparing.leave()
        }
        atexit { YAMLReading.preparing.wait() }
    }()

    /// Left when the readying is done.
    private static let preparing = DispatchGroup()
}
