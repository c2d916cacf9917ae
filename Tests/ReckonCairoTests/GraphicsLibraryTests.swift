import ReckonCairo
import ReckonChart
import Testing

/// Loading Cairo and Pango is the host's to handle: `load()` throws rather than ending the process.
struct GraphicsLibraryTests {
    @Test func theLibrariesLoadOnThisMachine() throws {
        try GraphicsLibrary.load()
        // A second call gives the first call's outcome.
        try GraphicsLibrary.load()
    }

    /// Preparing starts the loading on another thread; the load that follows waits for it and gives
    /// its outcome, and preparing again does nothing.
    @Test func preparingThenLoading() throws {
        GraphicsLibrary.prepare()
        GraphicsLibrary.prepare()
        try GraphicsLibrary.load()
        let size = PangoMeasurer().measure("12,000", font: Font(family: "DejaVu Sans", size: 12))
        #expect(size.width > 10 && size.height > 5)
    }

    /// A load failure says so in the words the command line prints, and is told apart from other
    /// Cairo errors.
    @Test func aLoadFailureIsToldApart() {
        let error = CairoError(unavailable: "libcairo.so.2: cannot open shared object file")
        #expect(error.librariesUnavailable)
        #expect(error.description == "cannot load Cairo and Pango to draw: libcairo.so.2: cannot open shared object file")
        #expect(error.reason == "libcairo.so.2: cannot open shared object file")
    }
}
