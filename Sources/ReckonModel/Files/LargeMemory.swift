import Glibc

/// Large buffers on 2 MiB pages where the system offers them (Linux's transparent huge pages in
/// `madvise` mode, Debian's default): a 100 MB array then costs about 50 page faults instead of about
/// 25,000, which is a third of the time of reading a million-row series.
///
/// Only advice: where huge pages are off or unavailable, nothing changes, and the contents and the
/// results never do.
package enum LargeMemory {
    /// Buffers smaller than this are left alone: a million 4-byte numbers are just above it.
    static let threshold = 1 << 20
    static let hugePage = 2 << 20

    /// Advises the kernel to back the whole 2 MiB pages inside `count` bytes at `start` with huge pages,
    /// and to map the small pages before and after them at once (`MADV_POPULATE_WRITE`, Linux 5.14),
    /// instead of one page fault for each of up to a thousand of them as they are first written.
    package static func advise(_ start: UnsafeRawPointer?, bytes count: Int) {
        #if os(Linux)
            guard let start, count >= threshold else { return }
            let (from, to) = (Int(bitPattern: start), Int(bitPattern: start) + count)
            let first = (from + hugePage - 1) & ~(hugePage - 1)
            let end = to & ~(hugePage - 1)
            guard end > first, let pointer = UnsafeMutableRawPointer(bitPattern: first) else {
                populate(from: from, to: to)
                return
            }
            _ = madvise(pointer, end - first, MADV_HUGEPAGE)
            populate(from: from, to: first)
            populate(from: end, to: to)
        #endif
    }

    /// Maps the pages of the bytes from `start` to `end` now, writable; where the kernel cannot, they
    /// are mapped as they are first written, as always.
    static func populate(from start: Int, to end: Int) {
        #if os(Linux)
            let page = 4096
            let first = (start + page - 1) & ~(page - 1)
            guard end > first, let pointer = UnsafeMutableRawPointer(bitPattern: first) else { return }
            // MADV_POPULATE_WRITE, which Glibc's Swift overlay does not name.
            _ = madvise(pointer, end - first, 23)
        #endif
    }
}

extension Array {
    /// Reserves room for `count` elements, on huge pages when they are large (see ``LargeMemory``).
    package mutating func reserveLarge(_ count: Int) {
        reserveCapacity(count)
        let bytes = capacity * MemoryLayout<Element>.stride
        withUnsafeMutableBufferPointer { buffer in LargeMemory.advise(UnsafeRawPointer(buffer.baseAddress), bytes: bytes) }
    }
}

extension Array {
    /// `count` elements that `initialize` writes into uninitialized memory, on huge pages when they
    /// are large: `init(unsafeUninitializedCapacity:initializingWith:)` with the advice given before
    /// the first element is written, so that no page is faulted in small first (a million-point step
    /// of a query writes several such arrays). `initialize` must initialize every element; it runs in
    /// the caller's module, where it is compiled for the element type.
    package init(largeCount count: Int, initializingWith initialize: (UnsafeMutableBufferPointer<Element>) -> Void) {
        self.init(unsafeUninitializedCapacity: count) { buffer, initialized in
            let whole = UnsafeMutableBufferPointer(rebasing: buffer[..<count])
            LargeMemory.advise(UnsafeRawPointer(whole.baseAddress), bytes: count * MemoryLayout<Element>.stride)
            initialize(whole)
            initialized = count
        }
    }

    /// The elements of `slice`, on huge pages when large.
    package init(largeCopyOf slice: ArraySlice<Element>) {
        self.init(largeCount: slice.count) { buffer in
            slice.withUnsafeBufferPointer { source in
                guard let base = source.baseAddress, let to = buffer.baseAddress else { return }
                to.initialize(from: base, count: source.count)
            }
        }
    }
}
