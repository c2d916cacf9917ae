import Glibc

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
        let (firstHalf, secondHalf) = (
            UnsafeBufferPointer(rebasing: window[..<middle]), UnsafeBufferPointer(rebasing: window[middle...])
        )
        let (firstOutcome, secondOutcome) = withUnsafeMutablePointer(to: &self) { first in
            withUnsafeMutablePointer(to: &second) { second in
                TwoThreads.both(
                    { first.pointee.decode(firstHalf, atEnd: false) }, { second.pointee.decode(secondHalf, atEnd: false) })
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
