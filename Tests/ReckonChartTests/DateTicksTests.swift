import ReckonChart
import ReckonModel
import Testing

struct DateTicksTests {
    static let spans = [3, 10, 45, 100, 200, 400, 800, 1_500, 3_000, 7_000, 18_263]
    static let widths = [320.0, 600, 1200, 2400]

    /// Across spans from 3 days to 50 years and widths from 320 to 2400 pixels: at least two ticks,
    /// inside the span, increasing, with labels that fit between them.
    @Test(arguments: spans)
    func ticksFitEveryWidth(_ span: Int) {
        let font = Font(family: "DejaVu Sans", size: 13)
        let metrics = FixedMetrics()
        let first = Day(year: 2024, month: 2, day: 27)!
        let last = first + span
        for width in DateTicksTests.widths {
            let ticks = DateTicks.ticks(from: first, to: last, pixels: width) { metrics.measure($0, font: font).width }
            #expect(ticks.count >= 2, "span \(span) width \(width)")
            #expect(ticks.allSatisfy { $0.day >= first && $0.day <= last })
            #expect(zip(ticks, ticks.dropFirst()).allSatisfy { $0.day < $1.day })
            let x = { (d: Day) in width * Double(d - first) / Double(span) }
            for (a, b) in zip(ticks, ticks.dropFirst()) {
                let room = x(b.day) - x(a.day)
                #expect(
                    metrics.measure(a.label, font: font).width + 12 <= room + 1e-9,
                    "span \(span) width \(width): '\(a.label)' in \(room)px")
            }
        }
    }

    @Test func monthsNameTheYearUnderTheFirstTickOfEachYear() {
        let ticks = DateTicks.ticks(
            from: Day(year: 2024, month: 11, day: 15)!, to: Day(year: 2025, month: 6, day: 1)!, pixels: 300
        ) { Double($0.count) * 8 }
        #expect(ticks.map(\.label) == ["Dec", "Jan", "Feb", "Mar", "Apr", "May", "Jun"])
        #expect(ticks.map(\.secondary) == ["2024", "2025", nil, nil, nil, nil, nil])
    }

    @Test func weeksStartOnMondayWithTheMonthUnderTheFirstOfEach() {
        let ticks = DateTicks.ticks(
            from: Day(year: 2025, month: 3, day: 1)!, to: Day(year: 2025, month: 4, day: 15)!, pixels: 300
        ) { Double($0.count) * 8 }
        #expect(ticks.allSatisfy { $0.day.isoWeekday == 1 })
        #expect(ticks.first?.secondary == "Mar 2025")
        #expect(ticks.first { $0.day.civil.month == 4 }?.secondary == "Apr")
    }

    /// Day numbers only over four months at most: sixteen months on a wide axis get month ticks, each
    /// centred under its month, not 37 fortnightly day numbers.
    @Test func noDayNumbersPastFourMonths() {
        let long = DateTicks.ticks(
            from: Day(year: 2025, month: 1, day: 1)!, to: Day(year: 2026, month: 4, day: 30)!, pixels: 2400
        ) { Double($0.count) * 8 }
        #expect(!long.contains { $0.namesADay })
        #expect(long.allSatisfy { $0.end != nil })
        let short = DateTicks.ticks(
            from: Day(year: 2025, month: 1, day: 1)!, to: Day(year: 2025, month: 3, day: 31)!, pixels: 2400
        ) { Double($0.count) * 8 }
        #expect(short.contains { $0.namesADay })
    }

    @Test func longSpansUseYears() {
        let ticks = DateTicks.ticks(from: Day(year: 1975, month: 1, day: 1)!, to: Day(year: 2025, month: 1, day: 1)!, pixels: 600)
        { Double($0.count) * 8 }
        #expect(ticks.allSatisfy { $0.secondary == nil && $0.label.count == 4 })
        #expect(ticks.count <= 12)
    }
}

struct NumberTicksTests {
    @Test(arguments: [(0.0, 11000.0, 6), (0, 1, 5), (-3, 7, 4), (8000, 11000, 5), (0, 449_606, 8), (0.001, 0.004, 4), (5, 5, 4)])
    func niceTicksCoverTheDomainInStepsOf125(_ lo: Double, _ hi: Double, _ target: Int) {
        let t = NumberTicks.nice(lo...hi, target: target)
        #expect(t.domain.lowerBound <= lo && t.domain.upperBound >= hi)
        let mantissa = t.step / pow10(floorLog10(t.step))
        #expect([1, 2, 5].contains { abs($0 - mantissa) < 1e-9 })
        #expect(t.ticks.count >= 2 && t.ticks.count <= target * 3)
        #expect(zip(t.ticks, t.ticks.dropFirst()).allSatisfy { abs(($1 - $0) - t.step) < t.step * 1e-9 })
    }

    /// Any domain gives a bounded set of finite ticks.
    @Test(
        arguments: [
            (-1e15, 1e15), (1e15 - 1, 1e15), (1e-9, 2e-9), (0, 1e-9), (-.infinity, 1), (1e15, 1e15), (-1e15, -1e15),
        ] as [(Double, Double)])
    func niceTicksStayFiniteAndFewOnExtremeDomains(_ lo: Double, _ hi: Double) {
        let t = NumberTicks.nice(lo...hi, target: 8)
        #expect(!t.ticks.isEmpty && t.ticks.count <= NumberTicks.maximumTicks)
        #expect(t.ticks.allSatisfy(\.isFinite) && t.step.isFinite && t.step > 0)
    }

    @Test(arguments: [(0, 10), (-5, 10), (1e-12, 1e15), (1, .infinity)] as [(Double, Double)])
    func logTicksStartAboveZero(_ lo: Double, _ hi: Double) {
        let t = NumberTicks.log(lo...hi)
        #expect(t.domain.lowerBound >= 1e-9 && t.domain.upperBound.isFinite)
        #expect(!t.ticks.isEmpty && t.ticks.count <= NumberTicks.maximumTicks && t.ticks.allSatisfy { $0 > 0 })
    }

    /// Powers of ten, and the axis' ends at the nearest 1, 2 or 5 times a power of ten around the
    /// data: 2 below 3, 50,000 above 45,000 (not 1 and 100,000).
    @Test func logTicksArePowersOfTenWithinNiceEnds() {
        let t = NumberTicks.log(3...45_000)
        #expect(t.domain == 2...50_000)
        #expect(t.ticks.first == 2 && t.ticks.last == 50_000 && t.ticks.contains(10_000) && !t.ticks.contains(1))
        // A maximum of 1.46 million ends at 2 million.
        #expect(NumberTicks.log(10...1_460_000).domain.upperBound == 2_000_000)
        // Exactly a power of ten ends there.
        #expect(NumberTicks.log(1...1_000).domain == 1...1_000)
    }

    /// A linear axis ends at the tick closest above the data: 61,000 ends at 70,000, not 100,000.
    @Test func linearAxisEndsCloseToTheData() {
        let t = NumberTicks.closest(0...61_000, target: 3)
        #expect(t.domain.upperBound == 70_000)
        #expect(t.domain.lowerBound == 0)
    }

    func floorLog10(_ v: Double) -> Double {
        var e = 0.0, x = v
        while x >= 10 { x /= 10; e += 1 }
        while x < 1 { x *= 10; e -= 1 }
        return e
    }

    func pow10(_ e: Double) -> Double {
        var r = 1.0
        if e >= 0 { for _ in 0..<Int(e) { r *= 10 } } else { for _ in 0..<Int(-e) { r /= 10 } }
        return r
    }
}

struct ValueFormatTests {
    @Test func formats() {
        #expect(ChartSpec.YAxis.Format.number.label(11000, step: 1000) == "11,000")
        #expect(ChartSpec.YAxis.Format.compact.label(11000, step: 1000) == "11k")
        #expect(ChartSpec.YAxis.Format.compact.label(1_200_000, step: 200_000) == "1.2M")
        #expect(ChartSpec.YAxis.Format.compact.label(1_500_000, step: 500_000) == "1.5M")
        #expect(ChartSpec.YAxis.Format.percent.label(0.25, step: 0.05) == "25%")
        #expect(ChartSpec.YAxis.Format.number.label(0.5, step: 0.1) == "0.5")
    }

    /// A log axis (step 0) labels each tick by its own size: no "0" below 1.
    @Test(arguments: [
        (0.001, "0.001"), (0.02, "0.02"), (5e-9, "0.000000005"), (1, "1"), (20, "20"), (1e15, "1,000,000,000,000,000"),
    ])
    func logTicksKeepTheirDigits(_ v: Double, _ text: String) {
        #expect(ChartSpec.YAxis.Format.number.label(v, step: 0) == text)
    }

    @Test func negativeLabelsUseTheMinusSignAndCompactGoesToTrillions() {
        #expect(ChartSpec.YAxis.Format.number.label(-3000, step: 1000) == "\u{2212}3,000")
        #expect(ChartSpec.YAxis.Format.compact.label(-1_500_000, step: 500_000) == "\u{2212}1.5M")
        #expect(ChartSpec.YAxis.Format.compact.label(1.4e12, step: 2e11) == "1.4T")
        #expect(ChartSpec.YAxis.Format.compact.label(1e15, step: 2e14) == "1,000T")
        #expect(ChartSpec.YAxis.Format.percent.label(-0.25, step: 0.05) == "\u{2212}25%")
    }
}

/// The time axis names no month it shows only a sliver of at its end.
struct EndTickTests {
    @Test func theTroopChartEndsWithMarchNotApril() throws {
        // The estimates end on 27 March 2025; the axis reaches a few days into April for the markers' room.
        let spec = try #require(try Sample.charts().first { $0.id == "nk-troops" })
        let ticks = try Sample.build(spec).scene.texts.filter { $0.role == .tickX }.map(\.text)
        #expect(ticks.contains("Mar") && !ticks.contains("Apr"), "\(ticks)")
    }
}
