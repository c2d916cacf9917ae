import Foundation
import ReckonCairo
import ReckonChart
import ReckonModel
import Testing

@testable import ReckonPublish

/// The scene's JSON backend: the scene as data, the same bytes for the same scene.
struct SceneJSONTests {
    /// The sample chart `nk-troops`, built with Pango's metrics.
    func troops() throws -> Scene {
        try LiveSVGTests.built("nk-troops").output.scene
    }

    @Test func theSceneAsJSONIsTheSceneAsData() throws {
        let scene = try troops()
        let json = scene.json()
        #expect(json == (try troops()).json())
        let o = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(o["schema"] as? String == "reckon-scene/1" && o["width"] as? Int == 1200 && o["height"] as? Int == 675)
        let texts = try #require(o["texts"] as? [[String: Any]])
        #expect(
            Set(texts.compactMap { $0["role"] as? String }).isSuperset(of: [
                "title", "subtitle", "legend", "tick-x", "tick-y", "label", "note", "source",
            ]))
        let marks = try #require(o["marks"] as? [[String: Any]])
        let range = try #require(marks.first { $0["date"] as? String == "2024-12-23" })
        #expect(range["kind"] as? String == "range" && range["value"] == nil && range["low"] as? Int == 11000)
        #expect(range["sources"] as? [String] == ["US, Ukrainian and South Korean intelligence"])
        let layers = try #require(o["layers"] as? [[String: Any]])
        #expect(layers.count == scene.layers.count && layers.allSatisfy { ($0["color"] as? String)?.hasPrefix("#") == true })
    }
}
