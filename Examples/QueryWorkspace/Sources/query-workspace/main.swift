// A workspace loaded and queried: the last six months of drones downed, and who said what about the
// North Korean troops.
//   swift run query-workspace [WORKSPACE]
import Foundation
import ReckonAnalysis
import ReckonModel
import ReckonOutput

let root = CommandLine.arguments.dropFirst().first ?? "../.."
do {
    let workspace = try Workspace(at: root)

    var monthly = QueryOptions()
    monthly.diff = true
    monthly.every = .month
    let drones = try Query.run(try workspace.load(try SeriesID("ru-drones-downed")), monthly).points
    let recent = drones.selected { $0 >= drones.position(max(0, drones.count - 6)) }
    print("Russian drones downed per month:")
    print(PointsListing(recent).rendered(.table), terminator: "")

    let troops = try workspace.load(try SeriesID("nk-troops-in-russia"))
    let bySource = try BySource.run(troops, QueryOptions())
    print("\nNorth Korean troops in Russia, by source:")
    print(PointsListing(bySource: bySource.map { ($0.source, $0.result.points) }).rendered(.table), terminator: "")
} catch {
    FileHandle.standardError.write(Data("query-workspace: \(error)\n".utf8))
    exit(1)
}
