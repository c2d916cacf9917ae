import ReckonModel
internal import Yams

/// Typed values read from spec nodes; a value of the wrong type is a diagnostic at its place.
extension ChartConfig.Reader {
    mutating func string(_ node: Node, _ name: String) -> String? {
        guard let s = node.scalar?.string else {
            error(node, "'\(name)' must be text")
            return nil
        }
        if let problem = TextRules.problem(s) {
            error(node, "'\(name)': \(problem)")
            return nil
        }
        return s
    }

    mutating func int(_ node: Node, _ name: String, _ range: ClosedRange<Int>) -> Int? {
        guard let v = node.int, range.contains(v) else {
            error(node, "'\(name)' must be a whole number from \(range.lowerBound) to \(range.upperBound)")
            return nil
        }
        return v
    }

    mutating func number(_ node: Node, _ name: String) -> Double? {
        guard let text = node.scalar?.string else {
            error(node, "'\(name)' must be a number")
            return nil
        }
        do throws(FieldError) {
            return try NumberText.parse(text)
        } catch {
            self.error(node, "'\(name)': \(error.message)")
            return nil
        }
    }

    mutating func bool(_ node: Node, _ name: String) -> Bool? {
        guard let v = node.bool else {
            error(node, "'\(name)' must be true or false")
            return nil
        }
        return v
    }

    /// `true`, `false`, one of `all`, `none`, `first`, `last`, `max`, `min` or a day, or a list of them.
    mutating func pointLabels(_ node: Node, _ name: String) -> PointLabels {
        if let v = node.bool { return v ? .all : .none }
        var labels = PointLabels.none
        for item in node.sequence ?? [node] {
            guard let text = item.scalar?.string else {
                error(item, "'\(name)' must be true, false, all, none, first, last, max, min, a day, or a list of them")
                continue
            }
            if text == "none" { continue }
            if let pick = PointLabels.Pick(rawValue: text) {
                labels.picks.insert(pick)
            } else if let day = try? ObservationDate.parseDay(text) {
                labels.days.append(day)
            } else {
                error(item, "'\(name)': '\(text)' is not all, none, first, last, max, min or a day (YYYY-MM-DD)")
            }
        }
        return labels
    }

    mutating func day(_ node: Node, _ name: String) -> Day? {
        guard let text = node.scalar?.string else {
            error(node, "'\(name)' must be a day (YYYY-MM-DD)")
            return nil
        }
        do throws(FieldError) {
            return try ObservationDate.parseDay(text)
        } catch {
            self.error(node, "'\(name)': \(error.message)")
            return nil
        }
    }

    mutating func choice<T: RawRepresentable & CaseIterable>(_ node: Node, _ name: String) -> T? where T.RawValue == String {
        guard let text = node.scalar?.string, let v = T(rawValue: text) else {
            error(node, "'\(name)' must be one of \(T.allCases.map(\.rawValue).joined(separator: ", "))")
            return nil
        }
        return v
    }

    mutating func duration(_ node: Node, _ name: String) -> CalendarSpan? {
        guard let text = node.scalar?.string, let d = CalendarSpan.parse(text) else {
            error(node, "'\(name)' must be a duration such as 90d, 12w, 18m or 2y")
            return nil
        }
        return d
    }

    mutating func color(_ node: Node, _ name: String) -> Color? {
        guard let text = node.scalar?.string, let c = Color(hex: text) else {
            error(node, "'\(name)' must be a colour written #rrggbb")
            return nil
        }
        return c
    }
}

/// `sizes:` and `themes:`, the further renderings of a chart.
extension ChartConfig.Reader {
    /// The most further sizes a chart may have.
    static let maximumSizes = 6

    /// `sizes: [640, 375x300]`: widths (the height keeps the chart's proportions) or `WIDTHxHEIGHT`.
    mutating func sizes(_ node: Node, into chart: inout ChartSpec) {
        let items = node.sequence ?? [node]
        guard items.count <= Self.maximumSizes else {
            return error(node, "'sizes' holds at most \(Self.maximumSizes) sizes (here \(items.count))")
        }
        var sizes: [ChartSpec.Size] = []
        for item in items {
            guard let size = size(item) else { continue }
            if sizes.contains(where: { $0.width == size.width }) {
                error(item, "'sizes': the width \(size.width) is given twice")
                continue
            }
            sizes.append(size)
        }
        chart.sizes = sizes
    }

    private mutating func size(_ node: Node) -> ChartSpec.Size? {
        let message = "'sizes' must be widths (160 to 8000) or WIDTHxHEIGHT (such as 375x300)"
        if let width = node.int {
            guard (160...8000).contains(width) else {
                error(node, message)
                return nil
            }
            return ChartSpec.Size(width: width)
        }
        let parts = (node.scalar?.string ?? "").split(separator: "x", omittingEmptySubsequences: false)
        guard parts.count == 2, let width = Int(parts[0]), let height = Int(parts[1]), (160...8000).contains(width),
            (120...8000).contains(height)
        else {
            error(node, message)
            return nil
        }
        return ChartSpec.Size(width: width, height: height)
    }

    /// `themes: [light, dark]`: every theme once; the first is the chart's `theme`.
    mutating func themes(_ node: Node, into chart: inout ChartSpec) {
        var themes: [ChartSpec.Theme] = []
        for item in node.sequence ?? [node] {
            guard let theme: ChartSpec.Theme = choice(item, "themes") else { continue }
            if themes.contains(theme) {
                error(item, "'themes': '\(theme.rawValue)' is given twice")
                continue
            }
            themes.append(theme)
        }
        guard let first = themes.first else { return }
        chart.themes = themes
        chart.theme = first
    }

    /// A chart or `defaults:` that gives both `theme` and `themes`.
    mutating func checkThemes(_ mapping: Node.Mapping, _ node: Node) {
        if mapping["theme"] != nil, let themes = mapping["themes"] {
            error(themes, "give 'theme' or 'themes', not both")
        }
    }

    /// A size the chart itself gives that is its own width (one from `defaults:` is skipped instead,
    /// see `ChartSpec.skipOwnSize()`).
    mutating func checkSizes(_ chart: ChartSpec, _ node: Node) {
        if chart.sizes.contains(where: { $0.width == chart.width }) {
            error(node, "'sizes': \(chart.width) is the chart's own width")
        }
    }
}

/// `y.bands`: shaded ranges of values.
extension ChartConfig.Reader {
    /// The most bands an axis may have.
    static let maximumBands = 32

    /// `bands: [{from: 10000, to: 12000, label: Estimates}]`.
    mutating func bands(_ node: Node) -> [ValueBand] {
        guard let list = node.sequence else {
            error(node, "'bands' must be a list of {from, to, label}")
            return []
        }
        guard list.count <= Self.maximumBands else {
            error(node, "'bands' holds at most \(Self.maximumBands) bands (here \(list.count))")
            return []
        }
        return list.compactMap { item in
            guard let mapping = item.mapping else {
                error(item, "a band must be a mapping: from, to and an optional label")
                return nil
            }
            var from: Double?, to: Double?, label: String?
            for (key, value) in mapping {
                switch key.string ?? "" {
                case "from": from = number(value, "from")
                case "to": to = number(value, "to")
                case "label": label = string(value, "label")
                case let k: unknown(key, k, among: ["from", "to", "label"])
                }
            }
            guard let from, let to else {
                error(item, "a band needs 'from' and 'to' values")
                return nil
            }
            return ValueBand(from: from, to: to, label: label)
        }
    }
}

extension ChartSpec {
    /// Leaves out the further sizes at the chart's own width: `defaults: sizes: [640]` gives every chart
    /// a 640-pixel layout, and a chart 640 pixels wide already is one.
    mutating func skipOwnSize() {
        sizes.removeAll { $0.width == width }
    }
}
