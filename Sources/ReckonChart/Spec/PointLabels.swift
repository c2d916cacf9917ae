public import ReckonModel

/// Which points of a layer carry a value label ("about 11,000, 27 Mar 2025"): none, all, the first, the
/// last, the highest, the lowest, and points on given days, in any mix. `true` and `false` stand for
/// all and none.
public struct PointLabels: Sendable, Equatable, ExpressibleByBooleanLiteral {
    /// A point picked by its place in the layer.
    public enum Pick: String, Sendable, CaseIterable {
        case all, first, last, max, min
    }

    /// The points picked by their place.
    public var picks: Set<Pick>
    /// The points on these days (a point whose period contains the day).
    public var days: [Day]

    /// Labels on the points `picks` and `days` name.
    public init(_ picks: Set<Pick> = [], days: [Day] = []) {
        self.picks = picks
        self.days = days
    }

    /// All points for `true`, none for `false`.
    public init(booleanLiteral value: Bool) { self.init(value ? [.all] : []) }

    /// No labels.
    public static let none = PointLabels()
    /// A label on every point.
    public static let all = PointLabels([.all])

    /// Whether no point is labelled.
    public var isEmpty: Bool { picks.isEmpty && days.isEmpty }
}
