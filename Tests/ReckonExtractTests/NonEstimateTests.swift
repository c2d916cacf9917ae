import ReckonExtract
import ReckonModel
import Testing

/// What is not an estimate stays out, and the count beside it stays in.
struct NonEstimateTests {
    static func values(_ text: String, _ language: Language = .english) -> [Double] {
        Extractor().extract(Document(text: text, language: language)).compactMap { $0.value ?? $0.low }
    }

    @Test(arguments: [
        "The war began in 2022.",
        "The 2022 invasion changed everything.",
        "He was born on 14 March 1990.",
        "On March 27, 2025, the talks resumed.",
        "The report is dated 27.03.2025.",
        "The document was filed on 2025-03-27.",
        "A 45-year-old man was arrested.",
        "The victim, aged 45, was taken to hospital.",
        "The sirens sounded at 10:30 and again at 8 p.m.",
        "The 3rd brigade moved north.",
        "Call the hotline on +380 44 200 1234.",
        "Phone 0800 123 456 for help.",
        "The F-16 and the Su-34 were seen.",
        "The M777 howitzer fired.",
        "The village lies 30 km from the border.",
        "A magnitude 6.2 earthquake struck.",
        "Share 12 Comments (34)",
        "Prices rose 5% in March.",
        "The party was up 3 percent on the month.",
    ])
    func isLeftOut(_ text: String) {
        #expect(Self.values(text).isEmpty, "\(Self.values(text))")
    }

    @Test func aCalibreBesideACountLeavesTheCount() {
        let c = Extractor().extract(Document(text: "North Korea supplied about 220 240mm multiple rocket launchers."))
        #expect(c.count == 1)
        #expect(c.first?.value == 220 && c.first?.qualifier == .about && c.first?.unit == "launchers")
    }

    @Test func aPercentageThatIsTheMeasureStays() {
        let c = Extractor().extract(Document(text: "Turnout was about 63%, the commission said."))
        #expect(c.count == 1 && c[0].value == 63 && c[0].unit == "%" && c[0].qualifier == .about)
    }

    @Test(arguments: [
        ("Ein 45-jähriger Mann wurde am 27. März 2025 um 14 Uhr festgenommen.", Language.german),
        ("Un homme de 45 ans a été arrêté le 27 mars 2025 à 14 h.", .french),
        ("Un hombre de 45 años fue detenido el 27 de marzo de 2025.", .spanish),
        ("27 березня 2025 року затримали 45-річного чоловіка.", .ukrainian),
        ("27 марта 2025 года задержан мужчина в возрасте 45 лет.", .russian),
    ])
    func datesAndAgesInEveryLanguage(_ text: String, _ language: Language) {
        #expect(Self.values(text, language).isEmpty, "\(Self.values(text, language))")
    }
}
