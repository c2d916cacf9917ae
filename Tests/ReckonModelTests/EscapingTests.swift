import ReckonModel
import Testing

struct EscapingTests {
    @Test func escapes() {
        #expect(Escaping.html("<a href='x'>&\"</a>") == "&lt;a href=&#39;x&#39;&gt;&amp;&quot;&lt;/a&gt;")
        #expect(Escaping.markdown("*a* [b](c) `d` <e>\nf") == "\\*a\\* \\[b\\]\\(c\\) \\`d\\` &lt;e&gt; f")
        #expect(Escaping.path("a b(1).png") == "a%20b%281%29.png")
    }
}
