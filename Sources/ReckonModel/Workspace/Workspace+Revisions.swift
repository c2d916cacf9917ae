extension Workspace {
    /// A revision whose value moved by more than this share of the value it revises is a warning in
    /// `check`: 5%.
    public static let largeRevision = 0.05

    /// Rows that revise an earlier row for the same date and source (a later reported day): how many
    /// there are, and a warning for each that moved the value by more than ``largeRevision``, naming
    /// the day and both values.
    func revisionWarnings(_ file: SeriesFile, defaultSource: String?, path: String) -> (count: Int, warnings: [Diagnostic]) {
        var groups: [ImportKey: [Int]] = [:]
        for (i, o) in file.observations.enumerated() {
            groups[ImportKey(o, defaultSource: defaultSource), default: []].append(i)
        }
        var count = 0
        var warnings: [(line: Int, Diagnostic)] = []
        for indices in groups.values where indices.count > 1 {
            let ordered = indices.sorted { file.observations[$0].reportedDay < file.observations[$1].reportedDay }
            for (previous, index) in zip(ordered, ordered.dropFirst()) {
                let old = file.observations[previous], new = file.observations[index]
                guard new.reportedDay > old.reportedDay else { continue }
                count += 1
                guard let a = old.value ?? old.high ?? old.low, let b = new.value ?? new.high ?? new.low, a != 0,
                    abs(b - a) / abs(a) > Self.largeRevision
                else { continue }
                let change = (b - a) / abs(a) * 100
                let message =
                    "the estimate for \(new.date) was revised on \(new.reportedDay) from \(NumberText.grouped(a)) to \(NumberText.grouped(b)) (\(change > 0 ? "+" : "")\(NumberText.format((change * 10).rounded() / 10))%), more than \(NumberText.format(Self.largeRevision * 100))%"
                warnings.append(
                    (file.lines[index], Diagnostic(.warning, file: path, line: file.lines[index], column: 1, message)))
            }
        }
        return (count, warnings.sorted { $0.line < $1.line }.map(\.1))
    }
}
