import ReckonChart
import ReckonModel
import Testing

/// Numbers and dates in a chart's locale, as Foundation's formatting data writes them. The expected
/// texts are the locales' published conventions (CLDR), written out by hand.
struct ChartLocaleTests {
    let day = ObservationDate(Day(year: 2025, month: 3, day: 27)!)
    let months = try! ObservationDate.parse("2025-01/2025-02")

    @Test func reckonsOwnStyleIsUnchanged() {
        let house = ChartLocale.house
        #expect(house.number("\u{2212}11,000.5") == "\u{2212}11,000.5")
        #expect(house.date(day) == "27 Mar 2025" && house.date(months) == "Jan–Feb 2025")
        #expect(house.month(3) == "Mar" && house.monthYear(3, 2025) == "Mar 2025")
    }

    @Test(arguments: [
        // German ticks write months as its dates do ("März", not "Mär"); Ukrainian and Russian, which
        // inflect month names in dates, write a tick's month standing alone ("март", not "марта").
        ("de", "11.000,5", "27. März 2025", "März"),
        ("fr", "11\u{202F}000,5", "27 mars 2025", "mars"),
        ("uk", "11\u{A0}000,5", "27 бер. 2025\u{202F}р.", "бер."),
        ("ru", "11\u{A0}000,5", "27 марта 2025\u{202F}г.", "март"),
        ("ko", "11,000.5", "2025년 3월 27일", "3월"),
        ("en", "11,000.5", "Mar 27, 2025", "Mar"),
    ])
    func aLocaleWritesItsOwnSeparatorsDatesAndMonths(_ id: String, _ number: String, _ date: String, _ month: String) throws {
        let locale = try #require(ChartLocale(id))
        #expect(locale.number("11,000.5") == number)
        #expect(locale.date(day) == date)
        #expect(locale.month(3) == month)
    }

    @Test func arabicUsesItsDigitsAndKeepsEachNumberAndDateInOrder() throws {
        let locale = try #require(ChartLocale("ar-EG"))
        // Arabic-Indic digits, the Arabic thousands separator; isolated so that a label mixing English
        // words and Arabic text keeps each part whole.
        #expect(locale.number("11,000") == "\u{2068}١١٬٠٠٠\u{2069}")
        #expect(locale.plain(2025) == "\u{2068}٢٠٢٥\u{2069}")
        #expect(locale.monthYear(11, 2024) == "\u{2068}نوفمبر ٢٠٢٤\u{2069}")
    }

    @Test func theGregorianCalendarAlwaysDatesTheData() throws {
        // Persian's default calendar is its own; the data is dated on the Gregorian one.
        let locale = try #require(ChartLocale("fa"))
        #expect(locale.date(day).contains("۲۰۲۵"))
    }

    @Test func unknownLocalesAreRefusedInTheSpec() {
        let yaml = "charts:\n  - id: a\n    locale: xx-nowhere\n    layers: [{series: troops}]\n"
        let (charts, diagnostics) = ChartConfig.parse(yaml, path: "reckon.yaml", series: [try! SeriesID("troops"): .level])
        #expect(charts.isEmpty)
        #expect(
            diagnostics.map(\.description) == [
                "reckon.yaml:3:13: error: 'locale': 'xx-nowhere' is not a locale with formatting data (such as en, de, fr, uk, ru, ko, ar)"
            ])
    }

    @Test func aGermanChartWritesItsTicksLabelsAndFooterInGerman() throws {
        var spec = try #require(try Sample.charts().first { $0.id == "nk-troops" })
        spec.locale = "de"
        let scene = try Sample.build(spec).scene
        let texts = scene.texts.map(\.text)
        #expect(texts.contains("10.000") && !texts.contains("10,000"))
        #expect(texts.contains { $0.hasPrefix("etwa 11.000, 27. März 2025") })
        // The source line ends with the date of the latest data, kept whole, in German words.
        let source = scene.texts.filter { $0.role == .source }.map(\.text).joined(separator: " ")
        #expect(source.hasPrefix("Quelle: ") && source.hasSuffix("Datenstand: 27.\u{A0}März\u{A0}2025"), "\(source)")
        // The legend explains the marks in German, and names the combined sources so.
        let legend = scene.texts.filter { $0.role == .legend }.map(\.text)
        #expect(legend.contains("etwa") && legend.contains("mindestens") && legend.contains("Spanne einer Schätzung"))
        #expect(legend.contains { $0.hasPrefix("Median der Quellen") })
        // Five months of estimates: German month names, the year under January.
        let ticks = scene.texts.filter { $0.role == .tickX }.map(\.text)
        #expect(ticks.contains { $0.hasPrefix("Jan") } && ticks.contains { $0.hasPrefix("Dez") } && ticks.contains("2025"))
        #expect(scene.description.contains("about 11.000 (27. März 2025)"))
        #expect(scene.locale == "de")
        #expect(layoutProblems(scene) == [])
    }

    /// In Arabic, a range keeps its numbers in order inside right-to-left text: the whole range is
    /// isolated left to right, and its open side's words are Arabic.
    @Test func anArabicRangeKeepsItsOrder() throws {
        let ar = try #require(ChartLocale("ar"))
        let range = Wording.estimate(value: nil, low: 10_000, high: 12_000, qualifier: nil, locale: ar)
        #expect(range.hasPrefix("\u{2066}") && range.hasSuffix("\u{2069}"))
        let open = Wording.estimate(value: nil, low: 3_000, high: nil, qualifier: nil, locale: ar)
        #expect(open.contains("على الأقل"))
        // Left-to-right languages are untouched.
        #expect(Wording.estimate(value: nil, low: 10_000, high: 12_000, qualifier: nil) == "10,000–12,000")
    }
}
