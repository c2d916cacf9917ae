import ReckonAnalysis
import ReckonModel
import ReckonTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The calibrated intervals on series whose behaviour is known: random walks with drift, accelerating
/// totals, level shifts and counts whose rate swings with the seasons. Each family is generated eight
/// times (1,600 days each, a fixed seed so that a failure reproduces), and projected from an origin every
/// 30 days as `reckon trend --backtest` does; a nominal 95% interval must hold the later value at 85–99%
/// of all origins of the family.
struct SyntheticBacktestTests {
    enum Family: String, CaseIterable {
        case randomWalkWithDrift = "random walk with drift"
        case exponentialGrowth = "exponentially accelerating total"
        case linearAcceleration = "linearly accelerating total"
        case seasonalCounts = "total of Poisson counts with a seasonal rate"
        case levelShifts = "level with rare shifts"
        case randomWalk = "random walk"

        var kind: SeriesKind { self == .levelShifts || self == .randomWalk ? .level : .cumulative }

        /// `n` daily values.
        func values(_ n: Int, _ g: inout SeededGenerator) -> [Double] {
            let t = (0..<n).map { Double($0) / Double(n) }
            switch self {
            case .randomWalkWithDrift: return running(t.map { _ in 50 + 30 * normal(&g) })
            case .exponentialGrowth: return running(t.map { 20 * pow(15, $0) * (1 + 0.3 * normal(&g)) })
            case .linearAcceleration: return running(t.map { (10 + 190 * $0) * (1 + 0.3 * normal(&g)) })
            case .seasonalCounts:
                return running(t.indices.map { i in poisson((100 + 300 * t[i]) * (1 + 0.3 * sin(Double(i) / 90)), &g) })
            case .levelShifts:
                var level = 10_000.0
                return t.map { _ in
                    if Double.random(in: 0..<1, using: &g) < 0.01 { level += 2_000 * normal(&g) }
                    return level + 50 * normal(&g)
                }
            case .randomWalk: return running(t.map { _ in 40 * normal(&g) })
            }
        }
    }

    /// Every family at 30 and 90 days but one: see ``aSmoothlyAcceleratingTotalIsUnderCoveredAt90Days``.
    static let checked = Family.allCases.flatMap { f in [30, 90].map { (f, $0) } }.filter { !($0.0 == .linearAcceleration && $0.1 == 90) }

    @Test(arguments: checked)
    func nominal95PercentHoldsAbout95Percent(_ family: Family, _ horizon: Int) throws {
        let (held, total) = try Self.backtest(family, horizon: horizon)
        #expect(total >= 250)
        let coverage = Double(held) / Double(total)
        #expect(coverage >= 0.85 && coverage <= 0.99, "\(family.rawValue), \(horizon) days: \(held) of \(total)")
    }

    /// The known weakness, measured so that a change to it is noticed: a total whose rate climbs steadily
    /// and smoothly leaves a random walk with drift behind by an amount that barely varies, so its
    /// errors are nearly all bias, and a 90-day interval from the past's errors holds about 80% of the
    /// time (the README says so). If this fails because coverage rose into 85–99%, move the family back
    /// into the test above.
    @Test func aSmoothlyAcceleratingTotalIsUnderCoveredAt90Days() throws {
        let (held, total) = try Self.backtest(.linearAcceleration, horizon: 90)
        let coverage = Double(held) / Double(total)
        #expect(coverage >= 0.75 && coverage < 0.85, "\(held) of \(total)")
    }

    /// Origins every 30 days from day 500 of eight series of `family`: how many intervals held, of how many.
    static func backtest(_ family: Family, horizon: Int) throws -> (held: Int, total: Int) {
        var g = SeededGenerator(seed: 2026)
        var held = 0, total = 0
        for _ in 0..<8 {
            let values = family.values(1_600, &g)
            let first = day("2020-01-01")
            let synthetic = series(
                family.kind, values.enumerated().map { Observation(date: ObservationDate(first + $0.offset), value: $0.element) })
            let history = try Query.run(synthetic, QueryOptions()).history
            let backtest = try Backtest.run(
                .default(for: family.kind), on: history, horizon: horizon, window: 120, step: 30, from: first + 500)
            held += backtest.withInterval.count { $0.inside == true }
            total += backtest.withInterval.count
        }
        return (held, total)
    }
}

/// 1000 plus the running sum of `steps`.
private func running(_ steps: [Double]) -> [Double] {
    var sum = 1_000.0
    return steps.map { sum += $0; return sum }
}

/// A standard normal deviate (Box–Muller).
private func normal(_ g: inout SeededGenerator) -> Double {
    let u = Double.random(in: Double.ulpOfOne..<1, using: &g)
    let v = Double.random(in: 0..<1, using: &g)
    return (-2 * log(u)).squareRoot() * cos(2 * .pi * v)
}

/// A Poisson deviate of mean `lambda` (a normal approximation above 50, exact below).
private func poisson(_ lambda: Double, _ g: inout SeededGenerator) -> Double {
    if lambda > 50 { return max(0, (lambda + lambda.squareRoot() * normal(&g)).rounded()) }
    let limit = exp(-lambda)
    var k = 0.0, p = Double.random(in: 0..<1, using: &g)
    while p > limit {
        k += 1
        p *= Double.random(in: 0..<1, using: &g)
    }
    return k
}

/// Origins are the series' own points: a monthly series is backtested from its month ends, each checked
/// against the month end about a horizon later.
struct BacktestOriginTests {
    @Test func monthlyPointsAreOrigins() throws {
        var options = QueryOptions()
        options.diff = true
        options.every = .month
        let months = try Query.run(try Oracle.series("ru-drones-downed"), options).history
        let b = try Backtest.run(.linear, on: months, horizon: 30, window: 120, step: 30, from: day("2023-07-01"))
        #expect(b.checks.count >= 30)
        for c in b.checks {
            // The month end on or after 30 days, at most half a month late.
            #expect(c.origin.civil.2 >= 28 && c.target - c.origin >= 30 && c.target - c.origin <= 46, "\(c.origin) → \(c.target)")
        }
    }
}
