import ReckonChart
import Testing

@testable import ReckonChart

/// Titles in other scripts: laid out like any other, and a right-to-left one set against the right edge.
struct ScriptTests {
    @Test(arguments: [
        ("القوات الكورية الشمالية", true), ("שלום", true), ("2025: القوات", true), ("«Війська» КНДР", false),
        ("러시아 파병 북한군", false), ("11,000 troops", false), ("", false), ("— 2025 —", false),
    ])
    func aLineReadsRightToLeftFromItsFirstLetter(_ text: String, _ rightToLeft: Bool) {
        #expect(Bidi.isRightToLeft(text) == rightToLeft)
    }

    @Test(arguments: ["Північнокорейські війська в Росії", "러시아에 파병된 북한군", "القوات الكورية الشمالية في روسيا"])
    func titlesInOtherScriptsLayOutAtEverySize(_ title: String) throws {
        var spec = try #require(try Sample.charts().first { $0.id == "nk-troops" })
        spec.title = title
        spec.note = title
        for (width, height) in [(320, 240), (600, 338), (1200, 675), (2400, 1350)] {
            (spec.width, spec.height) = (width, height)
            let scene = try Sample.build(spec).scene
            #expect(layoutProblems(scene) == [], "\(width)x\(height)")
            let lines = scene.texts.filter { $0.role == .title }
            #expect(!lines.isEmpty)
            // Arabic ends at the right margin; the others start at the left one.
            let pad = lines[0].box.x
            for line in lines {
                if Bidi.isRightToLeft(title) {
                    #expect(abs(line.box.maxX - (Double(width) - (scene.texts.first { $0.role == .source }?.box.x ?? 0))) < 0.5)
                } else {
                    #expect(line.box.x == pad)
                }
            }
        }
    }
}
