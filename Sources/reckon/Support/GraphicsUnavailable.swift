import Foundation
import ReckonCairo

/// Cairo and Pango missing, as the command line reports it: why, the packages to install, and the
/// exit status 69 (`EX_UNAVAILABLE`), whether the failure was thrown (``GraphicsLibrary/load()``) or
/// met when text was first measured.
enum GraphicsUnavailable {
    /// Makes a measurer that cannot load the libraries report it and exit with status 69.
    static func install() {
        GraphicsLibrary.whenUnavailable { error in exit(error) }
    }

    /// Reports `error` on standard error and exits with status 69.
    static func exit(_ error: CairoError) -> Never {
        let text =
            "reckon: cannot load Cairo and Pango to draw: \(error.reason)\n"
            + "(on Debian and Ubuntu they are the packages libcairo2 and libpangocairo-1.0-0)\n"
        FileHandle.standardError.write(Data(text.utf8))
        Foundation.exit(69)
    }
}
