import Foundation
import ReckonModel

/// The folder benchmark workspaces are written to.
let benchRoot = FileManager.default.currentDirectoryPath + "/.build/bench"

/// The values of a long cumulative tally made from real data: the General Staff's daily counts of
/// drones downed (the differences of Series/ru-drones-downed.csv), repeated, added up.
func realValues(count: Int) -> [String] {
    guard let text = try? String(contentsOfFile: "Series/ru-drones-downed.csv", encoding: .utf8) else {
        return (0..<count).map { String($0) }
    }
    let tally = text.split(separator: "\n").dropFirst().compactMap { Double($0.split(separator: ",")[1]) }
    let daily = zip(tally.dropFirst(), tally).map { $0 - $1 }
    var total = 0.0
    return (0..<count).map { i in
        total += daily[i % daily.count]
        return NumberText.format(total)
    }
}

/// A workspace under `benchRoot` holding one cumulative series `bench` of `rows` daily rows from
/// 1900-01-01 (date,value,qualifier,source).
func makeWorkspace(rows: Int, values: [String]) throws -> String {
    let folder = "\(benchRoot)/\(rows)"
    try? FileManager.default.removeItem(atPath: folder)
    try FileManager.default.createDirectory(atPath: folder + "/Series", withIntermediateDirectories: true)
    try FileManager.default.createDirectory(atPath: folder + "/Output", withIntermediateDirectories: true)
    try "charts: []\n".write(toFile: folder + "/reckon.yaml", atomically: true, encoding: .utf8)
    try "title: Benchmark\nkind: cumulative\n".write(toFile: folder + "/Series/bench.yaml", atomically: true, encoding: .utf8)
    var out = "date,value,qualifier,source\n"
    out.reserveCapacity(rows * 70)
    var day = Day(year: 1900, month: 1, day: 1)!
    for i in 0..<rows {
        out += day.description + "," + values[i] + ",about,General Staff of the Armed Forces of Ukraine\n"
        day = day + 1
    }
    try out.write(toFile: folder + "/Series/bench.csv", atomically: true, encoding: .utf8)
    return folder
}
