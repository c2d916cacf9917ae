import Foundation
import ReckonOutput

/// Start-up: `reckon --version` and `reckon list` on an empty workspace, beside a Swift hello-world
/// linked dynamically and statically and a C program that does nothing but load Cairo and Pango (the
/// binaries `make bench` builds into `folder`). Spawned straight, not through GNU time, whose own
/// start would count.
func startUpBenchmark(reckon: String, folder: String) throws {
    let workspace = benchRoot + "/empty"
    try? FileManager.default.removeItem(atPath: workspace)
    try FileManager.default.createDirectory(atPath: workspace + "/Series", withIntermediateDirectories: true)
    try "charts: []\n".write(toFile: workspace + "/reckon.yaml", atomically: true, encoding: .utf8)
    let cases: [(name: String, path: String, args: [String])] = [
        ("Swift hello-world (dynamic)", folder + "/hello-dynamic", []),
        ("Swift hello-world (static, as reckon)", folder + "/hello-static", []),
        ("C, only loading Cairo and Pango", folder + "/libraries-only", []),
        ("reckon --version", reckon, ["--version"]),
        ("reckon list (empty workspace)", reckon, ["-C", workspace, "list"]),
    ]
    var times = [[Double]](repeating: [], count: cases.count)
    for _ in 0..<41 {
        for (i, c) in cases.enumerated() {
            let r = try spawn(c.path, c.args)
            precondition(r.ok, "\(c.name) failed")
            times[i].append(r.seconds)
        }
    }
    let medians = times.map(median)
    var table = TextTable(["start-up", "ms", "÷ hello (dynamic)", "÷ hello (static)"], rightAligned: [1, 2, 3])
    for (i, c) in cases.enumerated() {
        table.append([
            c.name, String(format: "%.1f", medians[i] * 1000), String(format: "%.1fx", medians[i] / medians[0]),
            String(format: "%.1fx", medians[i] / medians[1]),
        ])
    }
    print("reckon bench: start-up, whole process (release build; medians of 41, interleaved)")
    print("")
    print(table.rendered(), terminator: "")
}
