import CMalloc

/// The C allocator's policy for one run of reckon: large blocks from the heap, kept there when freed.
///
/// A command over a million points makes and frees arrays of 4 to 16 MB step after step (the
/// columns read, each analysis step's points, the chart's pixel columns). By default glibc maps each
/// such block from the kernel and unmaps it when it is freed, so every step pays again for page
/// faults and for the kernel's zeroing of fresh pages. Served from the heap and not handed back, a
/// step's arrays reuse the pages the step before freed: measured on 1M points, a PNG chart 16% and
/// a monthly sum 6% faster, for the same peak memory (a 7-day rolling mean's peak rises by a
/// quarter, its freed blocks too small for the next step's). reckon runs are short, so nothing is
/// held for long; the server, a process of its own, keeps glibc's defaults.
enum Allocator {
    /// Blocks up to 32 MiB (glibc's largest threshold) come from the heap, and up to 1 GiB freed at
    /// its top stays there.
    static func keepLargeBlocks() {
        _ = mallopt(M_MMAP_THRESHOLD, 32 << 20)
        _ = mallopt(M_TRIM_THRESHOLD, 1 << 30)
    }
}
