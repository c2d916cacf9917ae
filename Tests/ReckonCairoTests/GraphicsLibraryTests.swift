import ReckonCairo
import Testing

/// Loading Cairo and Pango is the host's to handle: `load()` throws rather than ending the process.
struct GraphicsLibraryTests {
    @Test func theLibrariesLoadOnThisMachine() throws {
        try GraphicsLibrary.load()
        // A second call gives the first call's outcome.
        try GraphicsLibrary.load()
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
