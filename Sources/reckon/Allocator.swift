import CMalloc

/// The C allocator's policy for a run of reckon: large blocks from the heap, and freed memory at the
/// heap's top kept rather than handed back.
///
/// A command over a million points makes and frees arrays of 4 to 16 MB step after step (the
/// columns read, each analysis step's points, the chart's pixel columns). By default glibc maps each
/// such block from the kernel and unmaps it when it is freed, so every step pays again for page
/// faults and for the kernel's zeroing of fresh pages; from the heap, a step's arrays reuse the pages
/// the step before freed. The cost is memory: a run's heap stays at its peak until it ends (a render
/// worker's, until the last chart of `render --all`), and a step whose freed blocks are too small for
/// the next step's makes the peak higher. The server, a program of its own, keeps glibc's defaults.
enum Allocator {
    /// Blocks up to 32 MiB (glibc's largest threshold; setting it also ends glibc's own adjustment of
    /// it) come from the heap, and up to 1 GiB freed at the heap's top stays there.
    static func keepLargeBlocks() {
        // A setting refused leaves glibc's default: slower, not wrong.
        _ = mallopt(M_MMAP_THRESHOLD, 32 << 20)
        _ = mallopt(M_TRIM_THRESHOLD, 1 << 30)
    }
}
