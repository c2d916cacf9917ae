import ReckonExtract
import ReckonModel
import Testing

/// Qualifiers, dates and sources from the words around a figure.
struct WordingTests {
    static let thursday = Day(year: 2025, month: 3, day: 27)!

    static func one(_ text: String, _ language: Language? = nil) -> Candidate? {
        let found = Extractor().extract(Document(text: text, published: thursday, language: language))
        return found.count == 1 ? found[0] : nil
    }

    @Test(arguments: [
        ("about 3,000 troops", Language.english, Qualifier.about),
        ("an estimated 3,000 troops", .english, .about),
        ("some 3,000 troops", .english, .about),
        ("at least 3,000 troops", .english, .atLeast),
        ("more than 3,000 troops", .english, .atLeast),
        ("3,000 troops or more", .english, .atLeast),
        ("up to 3,000 troops", .english, .atMost),
        ("no more than 3,000 troops", .english, .atMost),
        ("nearly 3,000 troops", .english, .atMost),
        ("rund 3.000 Soldaten", .german, .about),
        ("mindestens 3.000 Soldaten", .german, .atLeast),
        ("bis zu 3.000 Soldaten", .german, .atMost),
        ("environ 3 000 soldats", .french, .about),
        ("au moins 3 000 soldats", .french, .atLeast),
        ("jusqu'à 3 000 soldats", .french, .atMost),
        ("unos 3.000 soldados", .spanish, .about),
        ("al menos 3.000 soldados", .spanish, .atLeast),
        ("hasta 3.000 soldados", .spanish, .atMost),
        ("близько 3 тисяч військових", .ukrainian, .about),
        ("щонайменше 3 тисячі військових", .ukrainian, .atLeast),
        ("около 3 тысяч военных", .russian, .about),
        ("не менее 3 тысяч военных", .russian, .atLeast),
        ("почти 3 тысячи военных", .russian, .atMost),
    ])
    func qualifiers(_ text: String, _ language: Language, _ qualifier: Qualifier) {
        #expect(Self.one(text, language)?.qualifier == qualifier)
    }

    @Test func aRangeKeepsItsQualifier() {
        let c = Self.one("about 11,000 to 12,000 troops")
        #expect(c?.low == 11_000 && c?.high == 12_000 && c?.qualifier == .about)
    }

    @Test(arguments: [
        ("12 people were hurt on Wednesday.", "2025-03-26"),
        ("12 people were hurt on Thursday.", "2025-03-27"),
        ("12 people were hurt on Friday.", "2025-03-21"),
        ("12 people were hurt yesterday.", "2025-03-26"),
        ("42 drones were shot down overnight.", "2025-03-27"),
        ("12 people were hurt last week.", "2025-W12"),
        ("12 people were hurt this month.", "2025-03"),
        ("1,200 people were hurt this year.", "2025"),
        ("12 people were hurt last month.", "2025-02"),
        ("3,000 troops were sent between January and February.", "2025-01/2025-02"),
        ("3,000 troops were sent between December and February.", "2024-12/2025-02"),
        ("3,000 troops were sent in April.", "2024-04"),
        ("3,000 troops were sent on 14 March.", "2025-03-14"),
        ("960,000 troops have been lost since the start of the war.", "2025-03-27"),
        ("11,000 troops are in Russia.", "2025-03-27"),
        ("Am Mittwoch wurden 12 Menschen verletzt.", "2025-03-26"),
        ("Mercredi, 12 personnes ont été blessées.", "2025-03-26"),
        ("El miércoles resultaron heridas 12 personas.", "2025-03-26"),
        ("У середу в Києві поранено 12 людей.", "2025-03-26"),
        ("В среду ранены 12 человек, сообщили в МЧС.", "2025-03-26"),
    ])
    func datesResolveAgainstThePublicationDay(_ text: String, _ date: String) throws {
        #expect(Self.one(text)?.date == (try ObservationDate.parse(date)), "\(Self.one(text)?.date?.description ?? "none")")
    }

    @Test func aFigureWhoseDayTheTextDoesNotTellHasNoDate() {
        let c = Self.one("The brigade lost 300 soldiers in the fighting.")
        #expect(c?.date == nil && c?.note?.contains("no date") == true)
        let unpublished = Extractor().extract(Document(text: "12 people were hurt on Wednesday."))
        #expect(unpublished.first?.date == nil)
    }

    @Test func sourcesCarryToItSaid() {
        let found = Extractor().extract(
            Document(
                text:
                    "North Korea sent 3,000 troops, South Korea's Joint Chiefs of Staff said. That brings the total to 11,000, it said.",
                published: Self.thursday))
        #expect(found.map(\.source) == ["South Korea's Joint Chiefs of Staff", "South Korea's Joint Chiefs of Staff"])
    }

    @Test func twoSourcesInOneSentenceKeepTheirOwnFigures() {
        let found = Extractor().extract(
            Document(text: "Police put the number at 5,000, while organisers said 20,000 people took part."))
        #expect(found.map(\.source) == ["Police", "organisers"])
        let french = Extractor().extract(
            Document(text: "Selon les organisateurs, 120 000 personnes ont défilé, contre 45 000 selon la police."))
        #expect(french.map(\.source) == ["organisateurs", "police"])
    }

    @Test func withoutAttributionThereIsNoSource() {
        #expect(Self.one("At least 12 people were injured on Wednesday.")?.source == nil)
    }

    @Test func aHeadlineFigureRepeatedInTheTextIsProposedOnce() {
        let found = Extractor().extract(
            Document(
                text: "# 3,000 more troops sent\n\nNorth Korea sent 3,000 more troops on Wednesday, officials said.",
                published: Self.thursday))
        #expect(found.count == 1 && found[0].source == "officials")
    }

    @Test func seriesAreMatchedByTheirPhrasesAndTakeTheirUnit() throws {
        let profiles = [
            SeriesProfile(id: try SeriesID("nk-troops"), phrases: ["North Korean troops"], unit: "troops"),
            SeriesProfile(id: try SeriesID("drones"), phrases: ["drones shot down"], unit: "drones"),
        ]
        let found = Extractor(series: profiles).extract(
            Document(
                text: "About 3,000 North Korean soldiers were sent. Ukraine shot down 42 drones. 12 people were injured.",
                published: Self.thursday))
        #expect(found.map(\.series) == [try SeriesID("nk-troops"), try SeriesID("drones"), nil])
        #expect(found[0].unit == "troops")
    }
}
