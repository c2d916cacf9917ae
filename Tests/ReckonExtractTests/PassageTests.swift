import ReckonExtract
import ReckonModel
import Testing

/// The passage of the first paragraph, retold in this project's own words.
struct PassageTests {
    static let published = Day(year: 2025, month: 3, day: 27)

    static let passage = """
        North Korea sent an additional 3,000 troops to Russia between January and February, South Korea's \
        Joint Chiefs of Staff said on Thursday. That brings the total to an estimated 11,000, it said. \
        Around 4,000 of them are believed to have been killed or injured.

        Ukraine's air force said it shot down 42 drones overnight. According to the Ukrainian emergency \
        service, at least 12 people were injured in Kharkiv on Wednesday.

        North Korea has also supplied about 220 240mm multiple rocket launchers, the JCS said.
        """

    static func rows() -> [Candidate] {
        Extractor().extract(Document(text: passage, published: published))
    }

    @Test func findsEachFigureOnce() {
        let rows = Self.rows()
        for r in rows {
            print(
                r.value ?? -1, r.low ?? -1, r.high ?? -1, r.qualifier?.rawValue ?? "-", r.unit ?? "-", r.date?.description ?? "-",
                r.source ?? "-", r.note ?? "", separator: " | ")
        }
        #expect(rows.map { $0.value } == [3000, 11000, 4000, 42, 12, 220])
    }
}
