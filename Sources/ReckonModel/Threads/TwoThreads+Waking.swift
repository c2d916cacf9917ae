import Dispatch
import Glibc
import Synchronization

/// Keeping the second processor awake around work on two threads. A processor left idle for a few
/// milliseconds can take a millisecond or more to run a thread again (measured on a virtual machine
/// with two processors: 1 to 3 ms after 5 ms idle, 30 µs after 1 ms), which a pass of a few
/// milliseconds split in two would wait for at its start and at its end.
extension TwoThreads {
    /// The most a thread runs on waiting (see ``runOn(until:)``): 5 ms.
    static let runOnLimit = 5_000_000

    /// The calls of ``both(_:_:)`` so far: a worker woken ahead (``wake()``) runs until the next one.
    static let calls = Atomic<Int>(0)

    /// Wakes a worker thread ahead of work on two threads that starts within a few milliseconds: it
    /// runs on until the next ``both(_:_:)`` starts, and picks that work up awake. Nothing where only
    /// one processor is active.
    package static func wake() {
        guard available else { return }
        let before = calls.load(ordering: .acquiring)
        DispatchQueue.global().async {
            runOn { calls.load(ordering: .acquiring) != before }
        }
    }

    /// Runs until `done` (for at most ``runOnLimit`` nanoseconds), giving way to any other thread that
    /// is ready to run, instead of sleeping.
    static func runOn(until done: () -> Bool) {
        let deadline = now() + runOnLimit
        while !done(), now() < deadline { sched_yield() }
    }

    /// The monotonic clock, in nanoseconds.
    private static func now() -> Int {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return t.tv_sec * 1_000_000_000 + t.tv_nsec
    }
}
