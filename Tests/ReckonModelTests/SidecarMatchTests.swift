import ReckonModel
import Testing

/// A sidecar's `match:` phrases, which `reckon extract` matches article figures by.
struct SidecarMatchTests {
    @Test func readsOnePhraseOrAList() {
        var (m, d) = SidecarFile.decode("unit: troops\nmatch:\n  - North Korean troops\n  - \"soldiers sent\"\n", path: "s.yaml")
        #expect(d.isEmpty && m.match == ["North Korean troops", "soldiers sent"] && m.unit == "troops")
        (m, d) = SidecarFile.decode("match: drones shot down\n", path: "s.yaml")
        #expect(d.isEmpty && m.match == ["drones shot down"])
    }

    @Test func refusesWhatIsNotText() {
        let (m, d) = SidecarFile.decode("match:\n  - a: b\n", path: "s.yaml")
        #expect(m.match.isEmpty)
        #expect(d.map(\.message) == ["'match' must be a text or a list of texts"])
    }
}
