/// A count series spread over calendar days: each point's value divided evenly over the days it
/// covers, so a span-dated count splits across periods in proportion to its days (3,000 over
/// 2025-01/2025-02 gives January 3000·31/59 and February 3000·28/59).
struct DailyCoverage {
    /// The first day of `rates`, as an ordinal.
    let firstDay: Int
    /// The count per day, summed over the points covering it.
    var rates: [Double]
    /// How many points cover each day; 0 means no data that day.
    var covers: [Int32]
    /// For each day, the first and last day (offsets into `rates`) of a count spanning several days that
    /// covers it, whose share of the day is an estimate; empty when no count spans several days.
    var spans: [(first: Int32, last: Int32)] = []

    /// - Complexity: O(n + d) for n points covering d days in all.
    init(_ p: Points) {
        guard !p.isEmpty else {
            firstDay = 0
            rates = []
            covers = []
            return
        }
        defer { recordSpans(p) }
        var lo = Int(p.dates[0].first.ordinal), hi = Int(p.dates[0].last.ordinal)
        for d in p.dates {
            lo = min(lo, Int(d.first.ordinal))
            hi = max(hi, Int(d.last.ordinal))
        }
        firstDay = lo
        rates = [Double](largeCount: hi - lo + 1) { $0.initialize(repeating: 0) }
        covers = [Int32](largeCount: hi - lo + 1) { $0.initialize(repeating: 0) }
        rates.withUnsafeMutableBufferPointer { rates in
            covers.withUnsafeMutableBufferPointer { covers in
                for i in 0..<p.count {
                    let a = Int(p.dates[i].first.ordinal) - lo
                    let b = Int(p.dates[i].last.ordinal) - lo
                    if a == b {
                        rates[a] += p.values[i]
                        covers[a] += 1
                    } else {
                        let rate = p.values[i] / Double(b - a + 1)
                        for d in a...b {
                            rates[d] += rate
                            covers[d] += 1
                        }
                    }
                }
            }
        }
    }

    /// The last day, as an ordinal.
    var lastDay: Int { firstDay + rates.count - 1 }

    /// Fills ``spans`` from the points that cover several days.
    private mutating func recordSpans(_ p: Points) {
        for i in 0..<p.count where p.dates[i].last > p.dates[i].first {
            if spans.isEmpty { spans = Array(repeating: (-1, -1), count: rates.count) }
            let a = Int(p.dates[i].first.ordinal) - firstDay, b = Int(p.dates[i].last.ordinal) - firstDay
            // Overlapping spans: the day's share reaches as far as the widest of them.
            for d in a...b {
                spans[d] =
                    spans[d].first < 0 ? (Int32(a), Int32(b)) : (min(spans[d].first, Int32(a)), max(spans[d].last, Int32(b)))
            }
        }
    }

    /// Whether any day in `a...b` (offsets) takes its count from a span reaching outside `a...b`: a
    /// share spread evenly over the span, not a count for those days.
    func spreads(_ a: Int, _ b: Int) -> Bool {
        guard !spans.isEmpty else { return false }
        return (a...b).contains { spans[$0].first >= 0 && (Int(spans[$0].first) < a || Int(spans[$0].last) > b) }
    }
}
