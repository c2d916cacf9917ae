import ReckonModel

/// One of a query's parameters: its name (as `reckon query` spells its option without `--`,
/// `reckon serve` its URL parameter and `reckon.yaml` a layer's key), what value it takes, and how
/// that value, written as text, sets ``QueryOptions``.
public struct QueryParameter: Sendable {
    /// The values a parameter takes.
    public enum Value: Sendable, Equatable {
        /// `true` or `false` (an empty value is `true`: a flag given).
        case flag
        /// A day, `YYYY-MM-DD`.
        case day
        /// Days, `YYYY-MM-DD`, separated by commas.
        case days
        /// Any text.
        case text
        /// A whole number of days in the range.
        case wholeDays(ClosedRange<Int>)
        /// One of these names.
        case choice([String])

        /// What the value must be, in words: "true or false", "one of day, week, month".
        public var expected: String {
            switch self {
            case .flag: "true or false"
            case .day: "a day (YYYY-MM-DD)"
            case .days: "days (YYYY-MM-DD, comma-separated)"
            case .text: "text"
            case .wholeDays(let range): "\(range.lowerBound) to \(range.upperBound) days"
            case .choice(let names): "one of " + names.joined(separator: ", ")
            }
        }
    }

    /// The parameter's name: `diff`, `max-gap`.
    public let name: String
    /// The values it takes.
    public let value: Value
    let apply: @Sendable (inout QueryOptions, String) throws(AnalysisError) -> Void

    /// Sets the parameter in `options` from its value written as text.
    ///
    /// - Throws: `.usage` naming the parameter when the text is not one of its values.
    public func set(_ text: String, in options: inout QueryOptions) throws(AnalysisError) {
        try apply(&options, text)
    }
}

extension QueryOptions {
    /// Every parameter a query takes, in the order its steps run.
    public static let parameters: [QueryParameter] = [
        day("from") { $0.from = $1 },
        day("to") { $0.to = $1 },
        day("as-of") { $0.asOf = $1 },
        QueryParameter(name: "source", value: .text) { options, text in options.source = text },
        choice("combine") { (o, v: Combine) in o.combine = v },
        flag("diff") { $0.diff = $1 },
        flag("cumulative") { $0.cumulative = $1 },
        wholeDays("rolling", rollingDays) { $0.rolling = $1 },
        choice("every") { (o, v: PeriodUnit) in o.every = v },
        choice("stat") { (o, v: Statistic) in o.stat = v },
        QueryParameter(name: "at", value: .days) { options, text throws(AnalysisError) in options.at = try days(text) },
        choice("interpolate") { (o, v: Interpolation) in o.interpolate = v },
        flag("extrapolate") { $0.extrapolate = $1 },
        wholeDays("max-gap", maxGapDays) { $0.maxGap = $1 },
    ]

    /// The names of ``parameters``, in their order.
    public static let parameterNames = parameters.map(\.name)

    /// The parameter called `name`, if a query has one.
    public static func parameter(named name: String) -> QueryParameter? { parameters.first { $0.name == name } }

    /// The options that named parameters ask for, checked as every caller checks them.
    ///
    /// A flag (`diff`, `cumulative`, `extrapolate`) is on with the value `true` or an empty value and
    /// off with `false`. `at` takes days separated by commas.
    ///
    /// - Parameter parameters: name and value pairs, in any order.
    /// - Throws: `.usage` naming the parameter for an unknown or repeated name, a value that does not
    ///   parse or is out of range, and a `to` before `from`.
    public init(parameters: [(name: String, value: String)]) throws(AnalysisError) {
        self.init()
        var seen: Set<String> = []
        for (name, value) in parameters {
            guard let parameter = Self.parameter(named: name) else {
                throw AnalysisError(
                    .usage, about: name, "unknown parameter '\(name)' (expected \(names: Self.parameterNames, separator: ", "))")
            }
            guard seen.insert(name).inserted else { throw AnalysisError(.usage, about: name, "\(name: name) is given twice") }
            try parameter.set(value, in: &self)
        }
        if let problem = windowProblem { throw problem }
    }

    // MARK: The kinds of value

    private static func day(_ name: String, _ set: @escaping @Sendable (inout QueryOptions, Day) -> Void) -> QueryParameter {
        QueryParameter(name: name, value: .day) { options, text throws(AnalysisError) in set(&options, try day(name, text)) }
    }

    private static func flag(_ name: String, _ set: @escaping @Sendable (inout QueryOptions, Bool) -> Void) -> QueryParameter {
        QueryParameter(name: name, value: .flag) { options, text throws(AnalysisError) in
            switch text {
            case "", "true": set(&options, true)
            case "false": set(&options, false)
            default: throw AnalysisError(.usage, about: name, "\(name: name): '\(text)' is not true or false")
            }
        }
    }

    private static func wholeDays(
        _ name: String, _ range: ClosedRange<Int>, _ set: @escaping @Sendable (inout QueryOptions, Int) -> Void
    ) -> QueryParameter {
        QueryParameter(name: name, value: .wholeDays(range)) { options, text throws(AnalysisError) in
            guard let n = Int(text), range.contains(n) else { throw outOfRange(name, range) }
            set(&options, n)
        }
    }

    private static func choice<T: RawRepresentable & CaseIterable & Sendable>(
        _ name: String, _ set: @escaping @Sendable (inout QueryOptions, T) -> Void
    ) -> QueryParameter where T.RawValue == String {
        let names = T.allCases.map(\.rawValue)
        return QueryParameter(name: name, value: .choice(names)) { options, text throws(AnalysisError) in
            guard let v = T(rawValue: text) else {
                throw AnalysisError(
                    .usage, about: name, "\(name: name): unknown value '\(text)' (expected \(names.joined(separator: ", ")))")
            }
            set(&options, v)
        }
    }

    private static func days(_ text: String) throws(AnalysisError) -> [Day] {
        let days = text.split(separator: ",")
        if days.isEmpty {
            throw AnalysisError(.usage, about: "at", "\(name: "at"): give one or more days (YYYY-MM-DD, comma-separated)")
        }
        return try days.map { d throws(AnalysisError) in try day("at", trimmed(d)) }
    }

    private static func day(_ name: String, _ text: String) throws(AnalysisError) -> Day {
        do throws(FieldError) {
            return try ObservationDate.parseDay(text)
        } catch {
            throw AnalysisError(.usage, about: name, "\(name: name): \(error.message)")
        }
    }

    private static func trimmed(_ text: Substring) -> String {
        String(text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }

    /// The error of a whole number of days outside `range`.
    static func outOfRange(_ name: String, _ range: ClosedRange<Int>) -> AnalysisError {
        AnalysisError(.usage, about: name, "\(name: name) must be \(range.lowerBound) to \(range.upperBound) days")
    }
}
