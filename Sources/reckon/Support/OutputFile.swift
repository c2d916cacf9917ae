import ReckonChart
import ReckonModel

/// The file `plot -o` writes, taken as given: its format from the extension in any case
/// (`Chart.PNG` is a PNG named `Chart.PNG`), and a chart id made from its name for the ids inside an
/// SVG, which must be valid XML names whatever the file is called.
struct OutputFile {
    var format: ChartSpec.FileFormat
    var chartID: String

    init(_ path: String) throws(ReckonError) {
        let name = path.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? ""
        guard let format = ChartSpec.FileFormat(fileName: name), name.count > format.fileExtension.count + 1 else {
            throw ReckonError(.usage, "-o \(Escaping.visible(path)): the file name must end in .png, .svg, .pdf or .scene.json")
        }
        self.format = format
        chartID = OutputFile.sanitisedID(String(name.dropLast(format.fileExtension.count + 1)))
    }

    /// `base` with every character but ASCII letters, digits, `-` and `_` made `-`, starting with a
    /// letter (`a&b` → `a-b`, `2025` → `c-2025`).
    static func sanitisedID(_ base: String) -> String {
        var id = String(
            base.unicodeScalars.map { c -> Character in
                c.isASCII && (c.properties.isAlphabetic || ("0"..."9").contains(c) || c == "-" || c == "_") ? Character(c) : "-"
            })
        if !(id.unicodeScalars.first.map { $0.isASCII && $0.properties.isAlphabetic } ?? false) { id = "c-" + id }
        return id
    }
}
