import Foundation
import ReckonChart
import Testing

/// The chart spec reference (DocC) describes every key the reader accepts, and no key it refuses.
struct SpecReferenceTests {
    @Test func everyKeyTheReaderAcceptsIsDescribed() throws {
        let article = try String(
            contentsOfFile: Sample.repository + "/Sources/ReckonChart/ReckonChart.docc/ChartSpecReference.md", encoding: .utf8)
        // A table row names its key first: "| `key` |" or "| `min`, `max` |".
        let described = Set(
            article.split(separator: "\n").filter { $0.hasPrefix("| `") }.flatMap { row in
                row.split(separator: "|")[0].split(separator: ",").map {
                    $0.trimmingCharacters(in: CharacterSet(charactersIn: " `"))
                }
            })
        let sections: [(String, [String])] = [
            ("chart", ChartConfig.chartKeys), ("layer", ChartConfig.layerKeys), ("x", ChartConfig.xKeys),
            ("y", ChartConfig.yKeys), ("annotation", ChartConfig.annotationKeys),
        ]
        for (section, keys) in sections {
            for key in keys { #expect(described.contains(key), "the \(section) key '\(key)' is not in the reference") }
        }
        let accepted = Set(sections.flatMap(\.1))
        #expect(described.subtracting(accepted).isEmpty, "the reference describes keys the reader refuses")
        #expect(article.contains("`defaults:`"))
    }
}
