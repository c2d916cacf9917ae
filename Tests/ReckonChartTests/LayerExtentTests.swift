import ReckonAnalysis
import ReckonModel
import ReckonTestSupport
import Testing

@testable import ReckonChart

/// A layer's extent, found once, stands in for passes over its points: it must span exactly what they
/// span, and a layer within a domain must have every point within it.
struct LayerExtentTests {
    static func randomPoints(_ g: inout SeededGenerator) -> Points {
        var p = Points.Builder(kind: .level)
        let bounded = Bool.random(using: &g)
        for _ in 0..<Int.random(in: 0..<50, using: &g) {
            let first = Day(ordinal: Int32.random(in: 19_000...19_400, using: &g))
            let date =
                Bool.random(using: &g)
                ? ObservationDate(first)
                : ObservationDate(from: Period(first), to: Period(first + Int.random(in: 0...40, using: &g)))!
            let value = Double(Int.random(in: -500...500, using: &g))
            var low: Double?, high: Double?
            if bounded {
                low = Bool.random(using: &g) ? nil : Double(Int.random(in: -900...0, using: &g))
                high = Bool.random(using: &g) ? nil : Double(Int.random(in: 0...900, using: &g))
            }
            p.append(date: date, value: value, low: low, high: high)
        }
        return p.build()
    }

    @Test func spansWhatThePointsSpan() {
        var g = SeededGenerator()
        var within = 0
        for _ in 0..<500 {
            let p = Self.randomPoints(&g)
            let extent = LayerExtent(p, onTwoThreads: false)
            let firsts = p.dates.map { Double($0.first.ordinal) }, ends = p.dates.map { Double($0.last.ordinal) + 1 }
            #expect(extent.days == (p.isEmpty ? nil : firsts.min()!...ends.max()!))
            let numbers = (p.values + p.lows + p.highs).filter(\.isFinite)
            #expect(extent.numbers == (numbers.isEmpty ? nil : numbers.min()!...numbers.max()!))
            // Within a domain means no point is left out of it.
            let lower = Double(Int.random(in: 18_990...19_100, using: &g)),
                upper = Double(Int.random(in: 19_300...19_460, using: &g))
            let domain = lower...upper
            if extent.isWithin(domain) {
                within += 1
                #expect(DrawnLayer.visible(p, domain: domain).count == p.count)
            }
        }
        #expect(within > 20)
    }

    /// `count` points with numbers drawn from `numbers` (minus and plus zero among them), bounds on
    /// some, and NaN and infinities that count for nothing.
    static func longPoints(count: Int, seed: UInt64) -> Points {
        var g = SeededGenerator(seed: seed)
        var p = Points.Builder(kind: .level)
        let numbers: [Double] = [-0.0, 0.0, 1.5, -1.5, 0.125, 7, .nan, .infinity, -.infinity]
        for i in 0..<count {
            let value = numbers.randomElement(using: &g)!
            let bounded = Int.random(in: 0..<5, using: &g) == 0
            p.append(
                date: ObservationDate(Day(ordinal: Int32(10_000 + i / 3))), value: value, low: bounded ? value - 1 : nil,
                high: bounded ? value + 2 : nil)
        }
        return p.build()
    }

    /// Found in two halves at once, the extent is the one pass's, to the sign of a zero: the lowest
    /// found first and the highest found last, as one pass keeps them, when the zeros change sign at
    /// the split, either way round.
    @Test(.enabled(if: TwoThreads.available, "the halves are split where two processors are active"))
    func twoThreadsFindWhatOnePassFinds() throws {
        let p = Self.longPoints(count: 100_001, seed: 3)
        #expect(LayerExtent(p, onTwoThreads: true) == LayerExtent(p, onTwoThreads: false))
        // 100,000 points split at the 50,000th.
        for (before, after) in [(0.0, -0.0), (-0.0, 0.0)] {
            var zeros = Points.Builder(kind: .level)
            for i in 0..<100_000 {
                zeros.append(date: ObservationDate(Day(ordinal: Int32(i))), value: i < 50_000 ? before : after)
            }
            let z = zeros.build()
            let (one, two) = (LayerExtent(z, onTwoThreads: false), LayerExtent(z, onTwoThreads: true))
            // One pass: the first zero is the lowest, the last the highest.
            #expect(one.numbers?.lowerBound.sign == before.sign && one.numbers?.upperBound.sign == after.sign)
            #expect(two.numbers?.lowerBound.sign == before.sign && two.numbers?.upperBound.sign == after.sign)
        }
    }

    /// Days one after another, each step drawn from `steps` (0 repeats a day, 1 follows it, more
    /// leaves days out, a negative one goes back), some of them spans when `periods` (three days, or a
    /// span from a day to itself, which `isDay` does not count as a day).
    static func steppedPoints(count: Int, steps: ClosedRange<Int>, periods: Bool, g: inout SeededGenerator) -> Points {
        var p = Points.Builder(kind: .level)
        var day = Day(ordinal: 19_000)
        for i in 0..<count {
            let date: ObservationDate
            switch periods ? Int.random(in: 0..<8, using: &g) : 0 {
            case 1: date = ObservationDate(from: Period(day), to: Period(day + 2))!
            case 2: date = ObservationDate(from: Period(day), to: Period(day))!
            default: date = ObservationDate(day)
            }
            p.append(date: date, value: Double(i))
            day = date.last + Int.random(in: steps, using: &g)
        }
        return p.build()
    }

    /// What the date pass notes, which a line's runs and its reduction take instead of looking again:
    /// whether no day is missing anywhere and whether every point is a single day after the one before,
    /// as `LineMark.firstGap` (none from the first point) and `LineMark.areSingleDaysInOrder` find them
    /// point by point.
    @Test func notesWhetherADayIsMissingAndSingleDaysAreInOrder() {
        var g = SeededGenerator(seed: 11)
        var (noneMissing, inOrder) = (0, 0)
        for round in 0..<600 {
            let steps = [0...1, 1...1, 1...2, -1...1, 1...1][round % 5]
            let p = Self.steppedPoints(count: Int.random(in: 0..<30, using: &g), steps: steps, periods: round % 3 == 0, g: &g)
            let extent = LayerExtent(p, onTwoThreads: false)
            let expectedNoneMissing = LineMark.firstGap(p, from: 0) == nil
            let expectedInOrder = p.dates.withUnsafeBufferPointer { LineMark.areSingleDaysInOrder($0, 0..<p.count) }
            #expect(extent.noDayMissing == expectedNoneMissing, "\(p.dates)")
            #expect(extent.singleDaysInOrder == expectedInOrder, "\(p.dates)")
            noneMissing += expectedNoneMissing ? 1 : 0
            inOrder += expectedInOrder ? 1 : 0
        }
        // Both answers come out both ways, often.
        #expect((20...580).contains(noneMissing) && (20...580).contains(inOrder), "\(noneMissing), \(inOrder)")
    }

    /// In two halves at once, the first point of the second half is compared with the last of the
    /// first: a missing day, a repeated day or a week's span is noted wherever it falls, at the split too.
    @Test(.enabled(if: TwoThreads.available, "the halves are split where two processors are active"))
    func twoThreadsNoteWhatOnePassNotes() {
        let count = TwoThreads.indicesForTwoThreads + 1
        let middle = count / 2
        for at in [1, middle - 1, middle, middle + 1, count - 1] {
            for defect in ["gap", "repeat", "week"] {
                var p = Points.Builder(kind: .level)
                var day = Day(ordinal: 10_000)
                for i in 0..<count {
                    let week = defect == "week" && i == at
                    let date = week ? ObservationDate(from: Period(day), to: Period(day + 6))! : ObservationDate(day)
                    p.append(date: date, value: 1)
                    day = (week ? day + 6 : day) + (i + 1 == at ? (defect == "gap" ? 2 : defect == "repeat" ? 0 : 1) : 1)
                }
                let points = p.build()
                let (one, two) = (LayerExtent(points, onTwoThreads: false), LayerExtent(points, onTwoThreads: true))
                #expect(two == one, "\(defect) at \(at)")
                #expect(one.noDayMissing == (defect != "gap"), "\(defect) at \(at)")
                #expect(one.singleDaysInOrder == (defect == "gap"), "\(defect) at \(at)")
            }
        }
    }

    /// Days at the ends of what a day number holds: compared without overflowing, the first point
    /// against no point before it.
    @Test func daysAtTheEndsOfTheirRangeAreCompared() {
        for ordinals: [Int32] in [[.min], [.min, .min + 1], [.max - 1, .max], [.max, .max], [.min, .max]] {
            var p = Points.Builder(kind: .level)
            for ordinal in ordinals { p.append(date: ObservationDate(Day(ordinal: ordinal)), value: 1) }
            let extent = LayerExtent(p.build(), onTwoThreads: false)
            #expect(extent.noDayMissing == (ordinals.count == 1 || Int(ordinals[1]) <= Int(ordinals[0]) + 1), "\(ordinals)")
            #expect(extent.singleDaysInOrder == (ordinals.count == 1 || ordinals[1] > ordinals[0]), "\(ordinals)")
        }
    }
}
