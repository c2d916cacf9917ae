import Foundation
import Testing

@testable import ReckonChart

/// Colours are made to stand out from the background by lightness alone: hue and saturation kept.
struct ContrastTests {
    /// Hue, saturation and lightness against Python's colorsys (Snapshots/hsl-oracle.py).
    @Test func hslMatchesColorsys() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "Snapshots/hsl-oracle.txt")
        let rows = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
        #expect(rows.count == 10)
        for row in rows {
            let f = row.split(separator: " ")
            let color = try #require(Color(hex: String(f[0])))
            let (h, s, l) = color.hsl
            let expected = f[1...3].map { Double($0)! }
            #expect(abs(h - expected[0]) < 1e-6 && abs(s - expected[1]) < 1e-6 && abs(l - expected[2]) < 1e-6, "\(f[0])")
            let back = Color(hue: h, saturation: s, lightness: l)
            #expect(
                abs(back.red - color.red) < 1e-9 && abs(back.green - color.green) < 1e-9 && abs(back.blue - color.blue) < 1e-9)
        }
    }

    /// A pale blue on white is made darker to 3:1, no darker, with its hue and saturation; on the dark
    /// theme's background a dark blue is made lighter.
    @Test(arguments: [
        ("#9ecae1", "#ffffff"), ("#E69F00", "#ffffff"), ("#0072B2", "#14171c"), ("#1a1a1a", "#14171c"), ("#003366", "#14171c"),
    ])
    func adjustedReachesTheRatioByLightnessAlone(_ hex: String, _ background: String) throws {
        let (color, bg) = (try #require(Color(hex: hex)), try #require(Color(hex: background)))
        let adjusted = color.adjusted(toContrast: 3, on: bg)
        let ratio = adjusted.contrast(with: bg)
        // Changed no more than needed: a colour already at 3:1 is kept.
        #expect(ratio >= 3 && (ratio < 3.05 || adjusted == color), "\(ratio)")
        let (h0, s0, _) = color.hsl, (h1, s1, _) = adjusted.hsl
        #expect(abs(h0 - h1) < 1e-6 && abs(s0 - s1) < 1e-6)
        // A colour that stands out already is kept.
        #expect(adjusted.adjusted(toContrast: 3, on: bg) == adjusted)
    }
}
