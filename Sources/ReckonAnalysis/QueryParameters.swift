public import ReckonModel

extension QueryOptions {
    /// The names a query's parameters take, as `reckon query` spells its options (without `--`) and
    /// `reckon serve` its URL parameters.
    public static let parameterNames = [
        "from", "to", "as-of", "source", "combine", "diff", "cumulative", "rolling", "every", "stat", "at", "interpolate",
        "extrapolate", "max-gap",
    ]

    /// The options that named parameters ask for, checked as `reckon query` checks its options.
    ///
    /// A flag (`diff`, `cumulative`, `extrapolate`) is on with the value `true` or an empty value and
    /// off with `false`. `at` takes days separated by commas.
    ///
    /// - Parameters:
    ///   - parameters: name and value pairs, in any order.
    ///   - prefix: what messages put before a name: `--` for the command line.
    /// - Throws: `.usage` naming the parameter for an unknown or repeated name, a value that does not
    ///   parse or is out of range, and a `to` before `from`.
    public init(parameters: [(name: String, value: String)], prefix: String = "") throws(AnalysisError) {
        self.init()
        var seen: Set<String> = []
        for (name, value) in parameters {
            guard Self.parameterNames.contains(name) else {
                throw AnalysisError(
                    .usage,
                    "unknown parameter '\(name)' (expected \(Self.parameterNames.map { prefix + $0 }.joined(separator: ", ")))")
            }
            guard seen.insert(name).inserted else { throw AnalysisError(.usage, "\(prefix)\(name) is given twice") }
            try set(name, value, prefix + name)
        }
        if let from, let to, to < from {
            throw AnalysisError(.usage, "\(prefix)to \(to) is before \(prefix)from \(from)")
        }
    }

    private mutating func set(_ name: String, _ value: String, _ shown: String) throws(AnalysisError) {
        switch name {
        case "from": from = try Self.day(shown, value)
        case "to": to = try Self.day(shown, value)
        case "as-of": asOf = try Self.day(shown, value)
        case "source": source = value
        case "combine": combine = try Self.choice(shown, value)
        case "diff": diff = try Self.flag(shown, value)
        case "cumulative": cumulative = try Self.flag(shown, value)
        case "extrapolate": extrapolate = try Self.flag(shown, value)
        case "rolling":
            guard let n = Int(value), Self.rollingDays.contains(n) else {
                throw AnalysisError(.usage, "\(shown) must be 1 to 3660 days")
            }
            rolling = n
        case "max-gap":
            guard let n = Int(value), Self.maxGapDays.contains(n) else {
                throw AnalysisError(.usage, "\(shown) must be 1 to 100000 days")
            }
            maxGap = n
        case "every": every = try Self.choice(shown, value)
        case "stat": stat = try Self.choice(shown, value)
        case "interpolate": interpolate = try Self.choice(shown, value)
        case "at":
            let days = value.split(separator: ",")
            if days.isEmpty { throw AnalysisError(.usage, "\(shown): give one or more days (YYYY-MM-DD, comma-separated)") }
            at = try days.map { d throws(AnalysisError) in try Self.day(shown, Self.trimmed(d)) }
        default: break
        }
    }

    private static func day(_ shown: String, _ text: String) throws(AnalysisError) -> Day {
        do throws(FieldError) {
            return try ObservationDate.parseDay(text)
        } catch {
            throw AnalysisError(.usage, "\(shown): \(error.message)")
        }
    }

    private static func trimmed(_ text: Substring) -> String {
        String(text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }

    private static func flag(_ shown: String, _ text: String) throws(AnalysisError) -> Bool {
        switch text {
        case "", "true": return true
        case "false": return false
        default: throw AnalysisError(.usage, "\(shown): '\(text)' is not true or false")
        }
    }

    private static func choice<T: RawRepresentable & CaseIterable>(_ shown: String, _ text: String) throws(AnalysisError) -> T
    where T.RawValue == String {
        if let v = T(rawValue: text) { return v }
        throw AnalysisError(
            .usage, "\(shown): unknown value '\(text)' (expected \(T.allCases.map(\.rawValue).joined(separator: ", ")))")
    }
}
