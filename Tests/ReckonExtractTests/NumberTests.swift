import ReckonExtract
import ReckonModel
import Testing

/// Numbers as people write them, in each language's convention.
struct NumberTests {
    static func figures(_ text: String, _ language: Language = .english) -> [[Double?]] {
        Extractor().extract(Document(text: text, language: language)).map { [$0.value, $0.low, $0.high] }
    }

    @Test(arguments: [
        ("They counted 11,000 troops.", Language.english, 11_000.0),
        ("Sie zählten 11.000 Soldaten.", .german, 11_000),
        ("Ils ont compté 11 000 soldats.", .french, 11_000),
        ("Ils ont compté 11\u{202F}000 soldats.", .french, 11_000),
        ("Der Schaden beträgt 1,7 Mrd. Euro.", .german, 1.7e9),
        ("The state recorded 72,26,653 voters.", .english, 7_226_653),
        ("The bill came to 3 crore rupees.", .english, 3e7),
        ("Damage reached $1.7bn.", .english, 1.7e9),
        ("Three thousand people attended.", .english, 3_000),
        ("Twenty-five people attended.", .english, 25),
        ("Збито 42 дрони.", .ukrainian, 42),
        ("Эвакуированы 1,5 млн человек.", .russian, 1.5e6),
        ("Загинули 11 тис. людей.", .ukrainian, 11_000),
        ("Unos 3.000 soldados.", .spanish, 3_000),
        ("Tres mil personas.", .spanish, 3_000),
    ])
    func readsNumbers(_ text: String, _ language: Language, _ value: Double) {
        #expect(Self.figures(text, language) == [[value, nil, nil]])
    }

    @Test(arguments: [
        ("between 10,000 and 12,000 troops", Language.english, 10_000.0, 12_000.0),
        ("11,000 to 12,000 troops", .english, 11_000, 12_000),
        ("11,000-12,000 troops", .english, 11_000, 12_000),
        ("11 to 12 million people", .english, 11e6, 12e6),
        ("zwischen 10.000 und 12.000 Soldaten", .german, 10_000, 12_000),
        ("entre 10 000 et 12 000 soldats", .french, 10_000, 12_000),
        ("entre 10.000 y 12.000 soldados", .spanish, 10_000, 12_000),
        ("від 200 до 300 людей", .ukrainian, 200, 300),
        ("от 200 до 300 человек", .russian, 200, 300),
    ])
    func readsRanges(_ text: String, _ language: Language, _ low: Double, _ high: Double) {
        #expect(Self.figures(text, language) == [[nil, low, high]])
    }

    @Test(arguments: [
        ("Dozens of people were hurt.", Language.english, 24.0, 99.0),
        ("Several hundred people gathered.", .english, 200, 999),
        ("Tens of thousands of people marched.", .english, 20_000, 99_999),
        ("Hundreds of thousands fled.", .english, 200_000, 999_999),
        ("Tausende Menschen demonstrierten.", .german, 2_000, 9_999),
        ("Des dizaines de personnes ont été blessées.", .french, 20, 99),
        ("Miles de personas marcharon.", .spanish, 2_000, 9_999),
        ("Десятки тисяч людей вийшли.", .ukrainian, 20_000, 99_999),
    ])
    func vagueQuantitiesAreRanges(_ text: String, _ language: Language, _ low: Double, _ high: Double) {
        #expect(Self.figures(text, language) == [[nil, low, high]])
    }

    @Test func aDozenIsAbout12() {
        let c = Extractor().extract(Document(text: "A dozen homes were lost."))
        #expect(c.count == 1 && c[0].value == 12 && c[0].qualifier == .about)
    }
}
