import Dispatch
internal import Foundation

/// Work done on two threads at once, where the caller asks for it and it pays: one owner for when (a
/// large file or a long series, more than one processor) and how (``both(_:_:)``,
/// ``inHalves(_:when:minimum:_:)``). Off by default everywhere: a program that keeps every processor busy
/// already (a server) has no second thread to spare; `Workspace.worksOnTwoThreads` is the one switch,
/// and the command line turns it on.
///
/// Its users: reading a series file (its rows read and decoded in two halves at once,
/// `SeriesFileDecoder.decodeInTwo`, and the second half's columns appended at once,
/// `Observations.append(contentsOf:onTwoThreads:)`); a query's order check, differences and sums of one
/// count (or difference) a day (ReckonAnalysis); a layer's extent, its qualifiers, its line's first
/// missing day and reduction to pixel columns, and a series' first number with decimals (ReckonChart);
/// a long CSV listing (`PointsListing` in ReckonOutput). Each gives the bytes one thread gives.
package enum TwoThreads {
    /// The fewest bytes after a file's header that are decoded in two halves, for a file of `sizeHint`
    /// bytes: 1 MiB for a file of 8 MiB or more where more than one processor is active, `Int.max`
    /// (never) otherwise.
    package static func halvesFrom(sizeHint: Int) -> Int {
        sizeHint >= 8 << 20 && available ? 1 << 20 : .max
    }

    /// Whether more than one processor is active, so that a second thread runs beside the first: asked
    /// once a process (Foundation reads the processor mask and the control group's quota to tell).
    package static let available = ProcessInfo.processInfo.activeProcessorCount > 1

    /// The fewest points (indices, rows) a pass is split in two for: below it, waking a second thread
    /// costs about what it saves.
    package static let indicesForTwoThreads = 100_000

    /// `body` over `range`, or over its two halves on two threads at once when `inTwo`, the range holds
    /// `minimum` indices or more and more than one processor is active: the results in order, one or
    /// two. `body` may write through pointers to what its half owns (see ``both(_:_:)``).
    ///
    /// The second half starts at `split(middle)`: the middle itself by default, or the first index from
    /// it where a pass may be cut without changing its result (where a pixel column or a period starts);
    /// nil, or an index outside the range's inside, leaves the range whole.
    package static func inHalves<T>(
        _ range: Range<Int>, when inTwo: Bool, minimum: Int = indicesForTwoThreads, split: (Int) -> Int? = { $0 },
        _ body: (Range<Int>) -> T
    ) -> [T] {
        guard inTwo, range.count >= max(2, minimum), available,
            let middle = split(range.lowerBound + range.count / 2), middle > range.lowerBound, middle < range.upperBound
        else { return [body(range)] }
        let (first, second) = both({ body(range.lowerBound..<middle) }, { body(middle..<range.upperBound) })
        return [first, second]
    }

    /// Runs `first` and `second` at once, one a thread, and returns both results once both are done.
    /// The two must touch no memory in common but what they only read: the caller vouches for that
    /// (they are not `@Sendable`, so that they may write through pointers to memory each owns).
    package static func both<A, B>(_ first: () -> A, _ second: () -> B) -> (A, B) {
        withoutActuallyEscaping(first) { first in
            withoutActuallyEscaping(second) { second in
                let work = Work(first: first, second: second)
                DispatchQueue.concurrentPerform(iterations: 2) { work.run($0) }
                return (work.firstResult!, work.secondResult!)
            }
        }
    }
}

/// The two closures of `TwoThreads.both` and their results, for the threads that run them: thread 0
/// runs `first` and stores `firstResult`, thread 1 runs `second` and stores `secondResult`. Each result
/// is written by one thread and read once both threads are done (`concurrentPerform` returns after
/// both), so no lock is needed, and none could hand back results that are not `Sendable`.
private final class Work<A, B>: @unchecked Sendable {
    let first: () -> A
    let second: () -> B
    var firstResult: A?
    var secondResult: B?

    init(first: @escaping () -> A, second: @escaping () -> B) {
        self.first = first
        self.second = second
    }

    func run(_ i: Int) {
        if i == 0 { firstResult = first() } else { secondResult = second() }
    }
}
