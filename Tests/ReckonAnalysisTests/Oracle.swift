import Foundation
import ReckonAnalysis
import ReckonModel
import Testing

/// Reference values computed with numpy, scipy and pandas (Fixtures/make_oracle_fixtures.py), and the
/// repository's own series they describe.
enum Oracle {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    nonisolated(unsafe) static let values: [String: Any] = {
        let data = try! Data(contentsOf: fixtures.appendingPathComponent("oracle.json"))
        return try! JSONSerialization.jsonObject(with: data) as! [String: Any]
    }()

    /// A list of `[label, value]` pairs.
    static func pairs(_ key: String) -> [(String, Double)] {
        (values[key] as! [[Any]]).map { ($0[0] as! String, ($0[1] as! NSNumber).doubleValue) }
    }

    static func numbers(_ key: String) -> [Double] { (values[key] as! [NSNumber]).map(\.doubleValue) }

    static func object(_ key: String) -> [String: Any] { values[key] as! [String: Any] }

    /// A series of the repository's sample workspace.
    static func series(_ id: String) throws -> Series {
        try Workspace(at: repository.path).load(SeriesID(id))
    }

    /// A series built from `[date, value]` pairs.
    static func series(_ pairs: [(String, Double)], kind: SeriesKind) throws -> Series {
        Series(
            id: try SeriesID("oracle"), metadata: SeriesMetadata(kind: kind),
            observations: try pairs.map { Observation(date: try ObservationDate.parse($0.0), value: $0.1) })
    }
}

/// Whether `a` is within `relative` of `b` (or within `relative` absolutely, near zero).
func close(_ a: Double, _ b: Double, relative: Double = 1e-9) -> Bool {
    abs(a - b) <= relative * max(1, abs(b))
}

/// Expects the points to be exactly the labelled values, to `relative`.
func expectPoints(
    _ p: Points, _ expected: [(String, Double)], relative: Double = 1e-9, sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(p.count == expected.count, sourceLocation: sourceLocation)
    var mismatches = 0
    for (i, (label, value)) in zip(0..<p.count, expected) {
        if p.dates[i].description != label || !close(p.values[i], value, relative: relative) {
            mismatches += 1
            if mismatches <= 3 {
                Issue.record(
                    "point \(i): \(p.dates[i]) \(p.values[i]), expected \(label) \(value)", sourceLocation: sourceLocation)
            }
        }
    }
    #expect(mismatches == 0, sourceLocation: sourceLocation)
}
