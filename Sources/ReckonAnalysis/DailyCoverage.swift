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

    /// - Complexity: O(n + d) for n points covering d days in all.
    init(_ p: Points) {
        guard !p.isEmpty else {
            firstDay = 0
            rates = []
            covers = []
            return
        }
        var lo = Int(p.dates[0].first.ordinal), hi = Int(p.dates[0].last.ordinal)
        for d in p.dates {
            lo = min(lo, Int(d.first.ordinal))
            hi = max(hi, Int(d.last.ordinal))
        }
        firstDay = lo
        rates = [Double](repeating: 0, count: hi - lo + 1)
        covers = [Int32](repeating: 0, count: hi - lo + 1)
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
}
