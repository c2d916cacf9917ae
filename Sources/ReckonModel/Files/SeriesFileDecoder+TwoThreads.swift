import Dispatch
import Glibc

extension SeriesFileDecoder {
    /// The processors online: more than one lets a large file's pieces be decoded on two threads.
    static let processors = max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN)))
}

extension SeriesFileDecoder.Pieces {
    /// Decodes the complete records of `window`, when it holds at least `minimum` bytes, on two
    /// threads at once: this decoder the bytes up to the first line feed past the middle, and a new
    /// one (``init(after:)``) the bytes after it.
    ///
    /// The second decoder's rows count only when the first half's records end exactly at that line
    /// feed (so the second starts where a record does, as it would on one thread) and the second
    /// half has no problem at all; its observations are then appended to this decoder's, their
    /// strings numbered in this decoder's tables in the order first seen, as one thread numbers
    /// them. Otherwise its work is dropped and the outcome is the first half's, so that the rest is
    /// read again, one thread's way, with every diagnostic at its line. Either way the observations
    /// and diagnostics are those of decoding the window on one thread.
    ///
    /// - Returns: nil, having decoded nothing, when the window is smaller than `minimum`, has no
    ///   line feed past its middle, or holds no whole record before it: the caller then decodes the
    ///   window the usual way.
    mutating func decodeInTwo(_ window: UnsafeBufferPointer<UInt8>, from minimum: Int) -> Outcome? {
        guard header != nil, window.count >= minimum, let base = window.baseAddress else { return nil }
        let half = window.count / 2
        guard let found = memchr(base + half, Int32(UInt8(ascii: "\n")), window.count - half) else { return nil }
        let middle = UnsafeRawPointer(found) - UnsafeRawPointer(base) + 1
        guard middle < window.count else { return nil }
        var second = Self(after: self)
        let halves = withUnsafeMutablePointer(to: &self) { first in
            withUnsafeMutablePointer(to: &second) { second in
                let halves = Halves(
                    first, UnsafeBufferPointer(rebasing: window[..<middle]), second,
                    UnsafeBufferPointer(rebasing: window[middle...]))
                DispatchQueue.concurrentPerform(iterations: 2) { halves.decode($0) }
                return halves
            }
        }
        guard case .consumed(let firstEnd) = halves.firstOutcome else { return halves.firstOutcome }
        guard firstEnd > 0 else { return nil }
        guard firstEnd == middle, case .consumed(let secondEnd) = halves.secondOutcome, second.state.diagnostics.isEmpty
        else { return .consumed(firstEnd) }
        observations.append(contentsOf: second.observations)
        line += second.line - Self.firstLineAfter
        return .consumed(middle + secondEnd)
    }
}

/// The two decoders of `decodeInTwo`, their bytes and their outcomes, for the two threads: each
/// thread touches only its own decoder and outcome, and `decodeInTwo` reads them once both are done.
private final class Halves: @unchecked Sendable {
    let first: UnsafeMutablePointer<SeriesFileDecoder.Pieces>
    let firstBytes: UnsafeBufferPointer<UInt8>
    let second: UnsafeMutablePointer<SeriesFileDecoder.Pieces>
    let secondBytes: UnsafeBufferPointer<UInt8>
    var firstOutcome: SeriesFileDecoder.Pieces.Outcome?
    var secondOutcome: SeriesFileDecoder.Pieces.Outcome?

    init(
        _ first: UnsafeMutablePointer<SeriesFileDecoder.Pieces>, _ firstBytes: UnsafeBufferPointer<UInt8>,
        _ second: UnsafeMutablePointer<SeriesFileDecoder.Pieces>, _ secondBytes: UnsafeBufferPointer<UInt8>
    ) {
        (self.first, self.firstBytes, self.second, self.secondBytes) = (first, firstBytes, second, secondBytes)
    }

    /// Decodes half `i` (0 the first, 1 the second), neither at the end of the file.
    func decode(_ i: Int) {
        if i == 0 {
            firstOutcome = first.pointee.decode(firstBytes, atEnd: false)
        } else {
            secondOutcome = second.pointee.decode(secondBytes, atEnd: false)
        }
    }
}
