internal import CGraphics
import Foundation
import Synchronization

/// Cairo, Pango and GObject, which reckon loads when it first draws or measures text, not when it
/// starts: a command that draws nothing runs without them. A program about to draw may have them
/// loaded on another thread as it starts (`prepare()`, for the command line).
///
/// Every drawing and measuring entry point of `ReckonCairo` loads them first, so that nothing reaches
/// Cairo or Pango without them and nothing in the library ends the process. What a missing library
/// means is the host's to decide: the command line exits with status 69 (`EX_UNAVAILABLE`), the server
/// answers 503.
///
/// ```swift
/// do {
///     try GraphicsLibrary.load()
/// } catch {
///     print(error.description)  // cannot load Cairo and Pango to draw: libcairo.so.2: cannot open ...
/// }
/// ```
public enum GraphicsLibrary {
    /// Loads the libraries, once a process: later calls, from any thread, give the first call's outcome.
    /// Waits for the loading `prepare()` started, when it is not done.
    ///
    /// - Throws: a ``CairoError`` whose ``CairoError/librariesUnavailable`` is true, naming the library
    ///   or function that is missing.
    public static func load() throws(CairoError) {
        guard reckon_graphics_load() == 0 else { return }
        throw CairoError(unavailable: reckon_graphics_error().map { String(cString: $0) } ?? "unknown reason")
    }

    /// Starts loading the libraries, and the system's font configuration and font list, on a thread of
    /// its own, and returns at once: a program that is about to draw calls it first, so that the loading
    /// overlaps its reading and laying out. Calls after the first, or after the libraries were first
    /// used, do nothing. The loading's outcome is the one ``load()`` gives (it waits for the loading
    /// when it is not done); a failure here is reported there, so a program that turns out to draw
    /// nothing is not stopped by it. The process waits for the loading at exit.
    package static func prepare() {
        reckon_graphics_prepare()
    }

    /// Sets what a ``PangoMeasurer`` does when it first measures and the libraries cannot be loaded:
    /// measuring cannot throw, so it hands the error to `handler`, which does not return. The command
    /// line reports the error and exits with status 69; a program that must go on (a server) calls
    /// ``load()`` before it measures instead. Unset, the measurer stops the program with the error.
    public static func whenUnavailable(_ handler: @escaping @Sendable (CairoError) -> Never) {
        unavailableHandler.withLock { $0 = handler }
    }

    /// Loads the libraries, or hands the failure to the handler set with ``whenUnavailable(_:)``.
    static func require() {
        do throws(CairoError) {
            try load()
        } catch {
            let handler = unavailableHandler.withLock { $0 }
            handler(error)
        }
    }

    private static let unavailableHandler = Mutex<@Sendable (CairoError) -> Never> { error in
        fatalError(error.description)
    }
}
