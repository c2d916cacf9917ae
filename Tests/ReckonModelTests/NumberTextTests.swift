import ReckonTestSupport
import Testing

@testable import ReckonModel

#if canImport(Glibc)
    import Glibc
#endif

struct NumberTextTests {
    @Test(arguments: [
        ("11000", 11000.0), ("-3", -3), ("+4", 4), ("0.25", 0.25), (".5", 0.5), ("5.", 5), ("1e6", 1e6),
        ("1.5E-3", 0.0015), ("007", 7), ("999999999999999", 999_999_999_999_999), ("1e15", 1e15), ("-1e-9", -1e-9), ("0.1", 0.1),
        ("0e-999", 0), ("-0", 0),
    ])
    func parsesPlainDecimals(_ text: String, _ value: Double) throws {
        #expect(try NumberText.parse(text) == value)
    }

    /// Digit strings longer than the fast paths take (more than 15 digits, or more than the 18 that
    /// go into the mantissa) read as strtod reads them, or are out of range.
    @Test(arguments: [
        ("000000000000000000000000012", 12.0), ("-0000000000000000000000.5", -0.5),
        ("0.12345678901234567", 0.12345678901234567), ("123456789.123456789", 123_456_789.123456789),
        ("99999999999999.99999", 99_999_999_999_999.99999), ("1234567890123456789012345e-10", 123_456_789_012_345.678_901_234_5),
        ("+100000000000000.0000000001", 100_000_000_000_000.0000000001), ("1000000000000000", 1e15),
    ])
    func readsLongDigitStrings(_ text: String, _ value: Double) throws {
        let expected = strtod(text, nil)
        #expect(expected == value)
        #expect(try NumberText.parse(text) == expected)
    }

    @Test(arguments: [
        "1000000000000001", "123456789012345678", "1234567890123456789", "-99999999999999999999", "1000000000000000.5",
    ])
    func refusesLongDigitStringsOutOfRange(_ text: String) {
        #expect(
            throws: FieldError("'\(text)' is outside the supported range (0, or sizes from 1e-9 to 1e15)")
        ) { try NumberText.parse(text) }
    }

    @Test(arguments: [
        ("11,000", "'11,000' is not a number (write it without thousands separators, e.g. 11000)"),
        ("11 000", "'11 000' is not a number (write it without thousands separators, e.g. 11000)"),
        (
            "about 11k",
            "'about 11k' is not a number (put words such as 'about' in the qualifier column and write the number in full)"
        ),
        ("11k", "'11k' is not a number (put words such as 'about' in the qualifier column and write the number in full)"),
        ("NaN", "'NaN' is not a number (leave the value empty when it is unknown)"),
        ("inf", "'inf' is not a number (leave the value empty when it is unknown)"),
        ("0x10", "'0x10' is not a number"),
        ("1e", "'1e' is not a number"),
        ("-", "'-' is not a number"),
        ("1e999", "'1e999' is outside the supported range (0, or sizes from 1e-9 to 1e15)"),
        ("1e308", "'1e308' is outside the supported range (0, or sizes from 1e-9 to 1e15)"),
        ("-1000000000000001", "'-1000000000000001' is outside the supported range (0, or sizes from 1e-9 to 1e15)"),
        ("5e-324", "'5e-324' is outside the supported range (0, or sizes from 1e-9 to 1e15)"),
        ("1e-400", "'1e-400' is outside the supported range (0, or sizes from 1e-9 to 1e15)"),
        ("0.0000000001", "'0.0000000001' is outside the supported range (0, or sizes from 1e-9 to 1e15)"),
        ("1\u{1}", "'1\\u{1}' is not a number"),
    ])
    func refusesAnythingElse(_ text: String, _ message: String) {
        #expect(throws: FieldError(message)) { try NumberText.parse(text) }
    }

    /// Formatting then parsing gives back the same double, for integers and for awkward fractions;
    /// a formatted value outside the supported range is refused, never read as another number.
    @Test func formatRoundTrips() throws {
        var generator = SeededGenerator()
        var values: [Double] = [0, -0.0, 1, -3, 11000, 0.1, 1e15, 1e16, 1e-7, 1e-9, 123456.789, .ulpOfOne, 9007199254740993]
        for _ in 0..<2000 {
            values.append(Double(bitPattern: generator.next() & 0x7FEF_FFFF_FFFF_FFFF))
            values.append(Double.random(in: -1e6...1e6, using: &generator))
            values.append(Double.random(in: -1e15...1e15, using: &generator))
        }
        var supported = 0
        for v in values {
            let text = NumberText.format(v)
            if NumberText.isSupported(v) {
                supported += 1
                #expect(try NumberText.parse(text) == v, "\(text)")
            } else {
                #expect(throws: FieldError.self, "\(text)") { try NumberText.parse(text) }
            }
        }
        #expect(supported > 4000)
        #expect(NumberText.format(11000) == "11000")
        #expect(NumberText.format(0.25) == "0.25")
    }

    /// Short decimals take a fast path (digits over a power of ten); it gives the same double as the C
    /// library's `strtod`, bit for bit, for random decimals of every length it takes and a few beyond.
    @Test func decimalsReadAsStrtodReadsThem() throws {
        var generator = SeededGenerator()
        var texts = [
            "0.1", "0.3", "2.675", "1.005", "0.000000001", "999999999999.999", "-0.5", "123456789012345", "0.30000000000000004",
        ]
        for _ in 0..<20000 {
            let digits = Int.random(in: 1...17, using: &generator)
            let text = String((0..<digits).map { _ in Character(String(Int.random(in: 0...9, using: &generator))) })
            let point = Int.random(in: 0...digits, using: &generator)
            let sign = Bool.random(using: &generator) ? "-" : ""
            texts.append(sign + text.prefix(point) + "." + text.dropFirst(point))
        }
        var checked = 0
        for text in texts {
            let expected = strtod(text, nil)
            guard NumberText.isSupported(expected), abs(expected) <= NumberText.largest else { continue }
            #expect(try NumberText.parse(text).bitPattern == expected.bitPattern, "\(text)")
            checked += 1
        }
        #expect(checked > 15000)
    }

    @Test(arguments: [
        (11000.0, "11,000"), (449606, "449,606"), (1234.5, "1,234.5"), (-3, "-3"), (0.25, "0.25"), (999, "999"),
        (1_000_000, "1,000,000"), (0.004, "0"), (-0.004, "0"), (1e15, "1,000,000,000,000,000"),
        (1e17, "1e+17"), (1e308, "1e+308"), (.infinity, "inf"),
    ])
    func groupsThousandsForPeople(_ value: Double, _ text: String) {
        #expect(NumberText.grouped(value) == text)
    }
}
