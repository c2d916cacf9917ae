import Foundation
import ReckonModel
import ReckonOutput

/// `render --all` over `count` small charts of the sample series (400 to 760 pixels wide), cold (empty
/// output folder) and with nothing changed (every chart up to date).
func publishBenchmark(reckon: String, count: Int) throws {
    let folder = benchRoot + "/publish"
    let fm = FileManager.default
    try? fm.removeItem(atPath: folder)
    try fm.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try fm.copyItem(atPath: "Series", toPath: folder + "/Series")
    let layers = [
        "[{series: nk-troops-in-russia, mark: line, labels: true}]",
        "[{series: ru-drones-downed, diff: true, mark: bar}, {series: ru-drones-downed, diff: true, rolling: 7}]",
        "[{series: ru-drones-downed, diff: true, every: month, mark: bar}]",
        "[{series: ru-personnel-losses}, {series: ru-personnel-losses, from: 2026-01-01, trend: linear, project: 90d}]",
        "[{series: ru-drones-downed, diff: true, every: week, mark: bar}]",
    ]
    var yaml = "charts:\n"
    for i in 0..<count {
        yaml +=
            "  - id: chart-\(i)\n    title: Chart \(i)\n    width: \(400 + 40 * (i % 10))\n    height: 300\n"
            + "    layers: \(layers[i % layers.count])\n"
    }
    try yaml.write(toFile: folder + "/reckon.yaml", atomically: true, encoding: .utf8)
    var cold: [Double] = []
    for _ in 0..<3 {
        try? fm.removeItem(atPath: folder + "/Output")
        let r = try runProcess(reckon, ["-C", folder, "render", "--all"])
        precondition(r.ok, "render --all failed")
        cold.append(r.seconds)
    }
    var unchanged: [Double] = []
    for _ in 0..<9 {
        let r = try runProcess(reckon, ["-C", folder, "render", "--all"])
        precondition(r.ok, "render --all failed")
        unchanged.append(r.seconds)
    }
    let cores = ProcessInfo.processInfo.activeProcessorCount
    print("reckon bench: render --all over \(count) small charts (\(3 * count) files, \(cores) cores; medians)")
    print("")
    var table = TextTable(["run", "ms"], rightAligned: [1])
    table.append(["cold (empty Output/)", String(format: "%.0f", median(cold) * 1000)])
    table.append(["nothing changed", String(format: "%.0f", median(unchanged) * 1000)])
    print(table.rendered(), terminator: "")
}
