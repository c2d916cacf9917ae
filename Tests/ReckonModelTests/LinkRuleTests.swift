import ReckonModel
import Testing

struct LinkRuleTests {
    @Test(arguments: [
        "https://example.org/a", "http://example.org", "HTTPS://EXAMPLE.ORG", "mailto:desk@example.org", "report.html",
        "../Output/a.png", "/path/to/page", "?q=1", "#top", "a/b:c", "",
    ])
    func webAndRelativeAddressesAreLinks(_ address: String) {
        #expect(LinkRule.allows(address))
    }

    @Test(arguments: [
        "javascript:alert(4)", "JavaScript:alert(4)", " javascript:alert(4)", "java\tscript:alert(4)",
        "java\nscript:alert(4)", "\u{1}javascript:alert(4)", "data:text/html,<b>x</b>", "vbscript:x", "file:///etc/passwd",
        "ftp://example.org", "jav&#x61;script:alert(4)", "ｊavascript:alert(4)",
    ])
    func otherSchemesAreNot(_ address: String) {
        #expect(!LinkRule.allows(address))
    }
}
