import Testing

@testable import ReckonModel

struct NumberTextTests {
    @Test(arguments: [
        ("11000", 11000.0), ("-3", -3), ("+4", 4), ("0.25", 0.25), (".5", 0.5), ("5.", 5), ("1e6", 1e6),
        ("1.5E-3", 0.0015), ("007", 7), ("123456789012345678", 123456789012345678), ("0.1", 0.1),
    ])
    func parsesPlainDecimals(_ text: String, _ value: Double) throws {
        #expect(try NumberText.parse(text) == value)
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
        ("1e999", "'1e999' is too large for a number"),
    ])
    func refusesAnythingElse(_ text: String, _ message: String) {
        #expect(throws: FieldError(message)) { try NumberText.parse(text) }
    }

    /// Formatting then parsing gives back the same double, for integers and for awkward fractions.
    @Test func formatRoundTrips() throws {
        var generator = SystemRandomNumberGenerator()
        var values: [Double] = [0, -0.0, 1, -3, 11000, 0.1, 1e15, 1e16, 1e-7, 123456.789, .ulpOfOne, 9007199254740993]
        for _ in 0..<2000 {
            values.append(Double(bitPattern: generator.next() & 0x7FEF_FFFF_FFFF_FFFF))
            values.append(Double.random(in: -1e6...1e6, using: &generator))
        }
        for v in values {
            let text = NumberText.format(v)
            #expect(try NumberText.parse(text) == v, "\(text)")
        }
        #expect(NumberText.format(11000) == "11000")
        #expect(NumberText.format(0.25) == "0.25")
    }

    @Test(arguments: [
        (11000.0, "11,000"), (449606, "449,606"), (1234.5, "1,234.5"), (-3, "-3"), (0.25, "0.25"), (999, "999"),
        (1_000_000, "1,000,000"), (0.004, "0"), (-0.004, "0"),
    ])
    func groupsThousandsForPeople(_ value: Double, _ text: String) {
        #expect(NumberText.grouped(value) == text)
    }
}
