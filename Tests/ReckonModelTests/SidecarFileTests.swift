import Testing

@testable import ReckonModel

struct SidecarFileTests {
    @Test func readsEveryKey() {
        let (m, d) = SidecarFile.decode(
            """
            # North Korean deployment
            title: North Korean troops in Russia
            unit: troops
            kind: level
            description: "Estimates of troops deployed: about 11,000 by March 2025"
            source: South Korea Joint Chiefs of Staff
            """, path: "Series/x.yaml")
        #expect(d.isEmpty)
        #expect(
            m
                == SeriesMetadata(
                    title: "North Korean troops in Russia", unit: "troops", kind: .level,
                    description: "Estimates of troops deployed: about 11,000 by March 2025",
                    source: "South Korea Joint Chiefs of Staff"))
    }

    /// A sidecar read on this thread while the parser is readied on another (`YAMLReading.prepare()`)
    /// reads as ever, and readying again does nothing; the sanitizer run (`--sanitize=thread`) checks
    /// that the two threads share nothing unguarded.
    @Test func readingWhileTheParserIsReadiedOnAnotherThread() {
        YAMLReading.prepare()
        let (m, d) = SidecarFile.decode("title: Drones\nkind: cumulative\nunit: drones\n", path: "Series/x.yaml")
        YAMLReading.prepare()
        #expect(d.isEmpty)
        #expect(m == SeriesMetadata(title: "Drones", unit: "drones", kind: .cumulative))
    }

    @Test func anEmptySidecarIsFine() {
        let (m, d) = SidecarFile.decode("# nothing yet\n", path: "Series/x.yaml")
        #expect(d.isEmpty && m == SeriesMetadata())
        #expect(m.effectiveKind == .level)
    }

    @Test func reportsEveryProblemWithItsLine() {
        let (_, d) = SidecarFile.decode("titel: x\nkind: total\nunit: [a, b]\n", path: "Series/x.yaml")
        #expect(
            d.map(\.description) == [
                "Series/x.yaml:1:1: error: unknown key 'titel'; did you mean 'title'? (keys: title, unit, kind, description, source, license, pull, match)",
                "Series/x.yaml:2:7: error: unknown kind 'total' (expected 'level', 'count' or 'cumulative')",
                "Series/x.yaml:3:7: error: 'unit' must be a single text value",
            ])
    }

    @Test func reportsYAMLSyntaxErrorsWithTheirPlace() {
        let (_, d) = SidecarFile.decode("title: \"open\nunit: x\n", path: "Series/x.yaml")
        #expect(d.count == 1)
        #expect(d.first?.line != nil)
        #expect(d.first?.message.hasPrefix("invalid YAML") == true)
    }

    @Test func encodingReadsBack() {
        let m = SeriesMetadata(
            title: "Say \"hi\": a title", unit: "troops", kind: .count, description: "two\nlines", source: "#1 source")
        let (back, d) = SidecarFile.decode(SidecarFile.encode(m), path: "x.yaml")
        #expect(d.isEmpty)
        #expect(back == m)
    }

    @Test func mergingAppendsMissingKeysAndKeepsComments() throws {
        let text = "# keep me\ntitle: T\n"
        let (existing, _) = SidecarFile.decode(text, path: "x.yaml")
        let merged = try SidecarFile.merging(
            SeriesMetadata(title: "T", unit: "drones"), into: text, existing: existing, path: "x.yaml")
        #expect(merged == "# keep me\ntitle: T\nunit: \"drones\"\n")
        #expect(try SidecarFile.merging(SeriesMetadata(title: "T"), into: text, existing: existing, path: "x.yaml") == nil)
        #expect(throws: ReckonError(.usage, file: "x.yaml", "title is already 'T'; edit x.yaml to change it")) {
            try SidecarFile.merging(SeriesMetadata(title: "U"), into: text, existing: existing, path: "x.yaml")
        }
    }
}
