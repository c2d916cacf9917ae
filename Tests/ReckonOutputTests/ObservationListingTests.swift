import ReckonModel
import Testing

@testable import ReckonOutput

struct ObservationListingTests {
    let series = Series(
        id: try! SeriesID("nk"), metadata: SeriesMetadata(title: "Troops", unit: "troops", kind: .level, source: "Default"),
        observations: [
            Observation(
                date: ObservationDate(Day(year: 2024, month: 10, day: 31)!), value: 8000, qualifier: .about,
                source: "United States"),
            Observation(date: try! .parse("2025-01/2025-02"), low: 2500, high: 3500, note: "a, b"),
        ])

    /// A range estimate has no value; its value column says the range, never a made-up number.
    @Test func tableShowsOnlyColumnsInUse() {
        #expect(
            ObservationListing(series).rendered(.table) == """
                date                   value    low   high  qualifier  source         note
                2024-10-31             8,000                about      United States
                2025-01/2025-02  2,500–3,500  2,500  3,500                            a, b

                """)
    }

    @Test func csvHasTheStoresColumns() {
        #expect(
            ObservationListing(series).rendered(.csv) == """
                date,value,low,high,qualifier,source,url,reported,note
                2024-10-31,8000,,,about,United States,,,
                2025-01/2025-02,,2500,3500,,,,,"a, b"

                """)
    }

    @Test func jsonCarriesDaysAndEffectiveSource() {
        #expect(
            ObservationListing(series).rendered(.json) == """
                [
                  {"date":"2024-10-31","first":"2024-10-31","last":"2024-10-31","value":8000,"qualifier":"about","source":"United States","reported":"2024-10-31"},
                  {"date":"2025-01/2025-02","first":"2025-01-01","last":"2025-02-28","low":2500,"high":3500,"source":"Default","reported":"2025-02-28","note":"a, b"}
                ]

                """)
    }

    @Test(arguments: [
        (Observation(date: ObservationDate(Day(ordinal: 0)), value: 11000, qualifier: .about), "about 11,000"),
        (Observation(date: ObservationDate(Day(ordinal: 0)), value: 11000, low: 10000, high: 12000), "11,000 (10,000–12,000)"),
        (Observation(date: ObservationDate(Day(ordinal: 0)), low: 4000, qualifier: .atLeast), "at least 4,000"),
        (Observation(date: ObservationDate(Day(ordinal: 0)), low: 1, high: 2), "1–2"),
    ])
    func saysEstimatesAsPeopleDo(_ o: Observation, _ text: String) {
        #expect(ObservationListing.people(o) == text)
    }
}

struct SeriesListingTests {
    @Test func listsOneLinePerSeries() throws {
        let s = Series(
            id: try SeriesID("nk"), metadata: SeriesMetadata(title: "Troops", unit: "troops"),
            observations: [
                Observation(date: try .parse("2025-03-27"), value: 11000, qualifier: .about),
                Observation(date: try .parse("2024-10-31"), value: 8000),
            ])
        let listing = SeriesListing([SeriesListing.Entry(s)])
        #expect(
            listing.rendered(.table) == """
                id  title   kind   unit    observations  first       last          last value
                nk  Troops  level  troops             2  2024-10-31  2025-03-27  about 11,000

                """)
        #expect(
            listing.rendered(.csv) == """
                id,title,kind,unit,observations,first,last,last_value,last_low,last_high,last_qualifier
                nk,Troops,level,troops,2,2024-10-31,2025-03-27,11000,,,about

                """)
    }
}
