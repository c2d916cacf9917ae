import ReckonTestSupport
import Testing

@testable import ReckonModel

/// The decoder reads dates through a cache of the last month seen; it must read every text, in any
/// order, exactly as `DateParser` does: the same date, or the same error.
struct MonthCacheTests {
    static func read(
        _ text: String, _ parse: (UnsafeBufferPointer<UInt8>) throws(FieldError) -> ObservationDate
    ) -> Result<ObservationDate, FieldError> {
        Array(text.utf8).withUnsafeBufferPointer { b in
            do throws(FieldError) { return .success(try parse(b)) } catch { return .failure(error) }
        }
    }

    @Test func readsEveryTextAsTheParserDoes() {
        var g = SeededGenerator()
        var cache = MonthCache()
        var cached = 0
        for _ in 0..<20000 {
            let year = [1900, 2023, 2024, 2100, 9999].randomElement(using: &g)!
            let month = Int.random(in: 0...13, using: &g)
            let day = Int.random(in: 0...32, using: &g)
            var text = "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
            switch Int.random(in: 0..<10, using: &g) {
            case 0: text = String(text.prefix(7))
            case 1: text = text.replacingOccurrences(of: "-", with: "/")
            case 2: text = "2024-W05"
            case 3: text = "2024-01/2024-02"
            default: break
            }
            let expected = Self.read(text) { b throws(FieldError) in try DateParser.date(b) }
            let got = Self.read(text) { b throws(FieldError) in try cache.date(b) }
            #expect(got == expected, "\(text)")
            if case .success(let d) = got, d.isDay { cached += 1 }
        }
        #expect(cached > 5000)
    }

    @Test func aDayPastTheMonthsEndIsStillAnError() {
        var cache = MonthCache()
        #expect(
            Self.read("2023-02-01") { b throws(FieldError) in try cache.date(b) }
                == .success(ObservationDate(Day(year: 2023, month: 2, day: 1)!)))
        #expect(throws: FieldError.self) {
            try Array("2023-02-29".utf8).withUnsafeBufferPointer { b throws(FieldError) in try cache.date(b) }
        }
        #expect(
            Self.read("2023-02-28") { b throws(FieldError) in try cache.date(b) }
                == .success(ObservationDate(Day(year: 2023, month: 2, day: 28)!)))
    }
}
