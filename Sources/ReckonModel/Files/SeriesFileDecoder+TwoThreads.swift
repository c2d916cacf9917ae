import Dispatch
internal import Foundation

extension SeriesFileDecoder {
    /// The smallest piece decoded in two halves, for a file of `sizeHint` bytes: 1 MiB for a file of
    /// 8 MiB or more where more than one processor is active, `Int.max` (never) otherwise.
    static func twoThreadPlan(sizeHint: Int) -> Int {
        sizeHint >= 8 << 20 && ProcessInfo.processInfo.activeProcessorCount > 1 ? 1 << 20 : .max
    }
}

extension SeriesFileDecoder.Pieces {
    /// Decodes the complete records of `window`, when it holds at least `minimum` bytes, on two
    /// threads at once: this decoder reads the bytes through the first line feed at or after the
    /// middle, and a new one (``init(after:)``) reads the rest.
    ///
    /// The second decoder's rows count only when the first half's records end exactly at that line
    /// feed (so the second started where a record does, as one thread would) and the second half made
    /// no diagnostic at all; its observations are then appended to this decoder's, their strings
    /// numbered in this decoder's tables in the order first seen, and the line count carried on.
    /// Otherwise its work is dropped and the outcome is the first half's, so that the rest is read
    /// again, one thread's way, with every diagnostic at its line. Either way the observations and
    /// diagnostics are those of decoding the window on one thread. Neither half is taken for the end
    /// of the file: what is left after the second half waits for the next piece.
    ///
    /// - Returns: nil, having decoded nothing, before the header is read, when the window is smaller
    ///   than `minimum`, when its only line feed past the middle is its last byte or it has none, or
    ///   when the first half holds no whole record: the caller then decodes the window the usual way.
    mutating func decodeInTwo(_ window: UnsafeBufferPointer<UInt8>, from minimum: Int) -> Outcome? {
        guard header != nil, window.count >= minimum, let base = window.baseAddress else { return nil }
        let half = window.count / 2
        guard let found = memchr(base + half, Int32(UInt8(ascii: "\n")), window.count - half) else { return nil }
        let middle = UnsafeRawPointer(found) - UnsafeRawPointer(base) + 1
        guard middle < window.count else { return nil }
        var second = Self(after: self)
        let (firstOutcome, secondOutcome) = withUnsafeMutablePointer(to: &self) { first in
            withUnsafeMutablePointer(to: &second) { second in
                let halves = Halves([
                    (first, UnsafeBufferPointer(rebasing: window[..<middle])),
                    (second, UnsafeBufferPointer(rebasing: window[middle...])),
                ])
                DispatchQueue.concurrentPerform(iterations: 2) { halves.decode($0) }
                return (halves.outcomes[0], halves.outcomes[1])
            }
        }
        guard case .consumed(let firstEnd) = firstOutcome else { return firstOutcome }
        guard firstEnd > 0 else { return nil }
        guard firstEnd == middle, case .consumed(let secondEnd) = secondOutcome, second.state.diagnostics.isEmpty
        else { return .consumed(firstEnd) }
        observations.append(contentsOf: second.observations)
        line += second.line - Self.firstLineOfSecondHalf
        return .consumed(middle + secondEnd)
    }
}

/// The two decoders of `decodeInTwo` with their bytes, and their outcomes, for the two threads: the
/// thread running half `i` touches only decoder `i` and outcome `i`, and `decodeInTwo` reads the
/// outcomes once both are done.
private final class Halves: @unchecked Sendable {
    let halves: [(decoder: UnsafeMutablePointer<SeriesFileDecoder.Pieces>, bytes: UnsafeBufferPointer<UInt8>)]
    /// Each half's outcome; its own memory, written by one thread only.
    let outcomes: UnsafeMutableBufferPointer<SeriesFileDecoder.Pieces.Outcome?>

    init(_ halves: [(UnsafeMutablePointer<SeriesFileDecoder.Pieces>, UnsafeBufferPointer<UInt8>)]) {
        self.halves = halves.map { (decoder: $0.0, bytes: $0.1) }
        outcomes = .allocate(capacity: halves.count)
        outcomes.initialize(repeating: nil)
    }

    deinit {
        outcomes.deinitialize()
        outcomes.deallocate()
    }

    /// Decodes half `i`, not as the end of the file.
    func decode(_ i: Int) {
        outcomes[i] = halves[i].decoder.pointee.decode(halves[i].bytes, atEnd: false)
    }
}
