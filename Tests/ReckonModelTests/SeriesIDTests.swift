import Testing

@testable import ReckonModel

struct SeriesIDTests {
    @Test(arguments: ["nk-troops", "a", "0", "ru-drones-downed", String(repeating: "x", count: 64)])
    func acceptsValidIDs(_ text: String) throws {
        #expect(try SeriesID(text).rawValue == text)
    }

    @Test(arguments: [
        ("../x", "it may not contain '/' or '.'"), ("a/b", "it may not contain '/' or '.'"),
        ("..", "it may not contain '/' or '.'"),
        ("Troops", "it may not contain capital letters"), ("-x", "it may not start with '-'"), ("", "it is empty"),
        ("a b", "it may not contain ' '"), (String(repeating: "x", count: 65), "it is longer than 64 characters"),
    ])
    func refusesOthersAsUsageErrors(_ text: String, _ why: String) {
        #expect(
            throws: ReckonError(
                .usage, "invalid series id '\(text)': \(why) (use 1 to 64 of a-z, 0-9 and '-', starting with a letter or digit)")
        ) {
            try SeriesID(text)
        }
    }
}
