import Foundation
import ReckonModel
import ReckonOutput

/// Loading a series: in-process, as a whole `reckon list` process, and Python's loaders on the same file.
func loadBenchmark(reckon: String, sizes: [Int]) throws {
    let values = realValues(count: sizes.max() ?? 0)
    let haveCSV = python(pythonCSV)
    let havePandas = python(pythonPandas)
    print("reckon bench: loading a series (release build; medians; whole-process times include start-up)")
    print("")
    var header = ["rows", "file MB", "load ms", "rows/s", "list ms", "list MiB"]
    if haveCSV != nil { header += ["python csv ms", "ratio"] }
    if havePandas != nil { header += ["pandas ms", "ratio"] }
    var table = TextTable(header, rightAligned: Set(0..<header.count))
    for rows in sizes {
        let folder = try makeWorkspace(rows: rows, values: values)
        let csvPath = folder + "/Series/bench.csv"
        let size = Double((try FileManager.default.attributesOfItem(atPath: csvPath)[.size] as? Int) ?? 0) / 1e6
        let repeats = rows >= 1_000_000 ? 7 : 15
        let workspace = try Workspace(at: folder)
        let id = try SeriesID("bench")
        var loads: [Double] = []
        for _ in 0..<repeats {
            var count = 0
            loads.append(try seconds { count = try workspace.load(id).observations.count })
            precondition(count == rows)
        }
        var lists: [Double] = []
        var peak = 0.0
        for _ in 0..<repeats {
            let r = try runProcess(reckon, ["-C", folder, "list"])
            precondition(r.ok, "reckon list failed")
            lists.append(r.seconds)
            peak = max(peak, r.peakMiB)
        }
        let load = median(loads)
        var row = [
            NumberText.grouped(Double(rows)), String(format: "%.1f", size), String(format: "%.1f", load * 1000),
            NumberText.grouped((Double(rows) / load).rounded()), String(format: "%.1f", median(lists) * 1000),
            String(format: "%.0f", peak),
        ]
        for command in [haveCSV, havePandas].compactMap({ $0 }) {
            var times: [Double] = []
            for _ in 0..<(rows >= 1_000_000 ? 3 : 5) {
                times.append(try runProcess("/usr/bin/env", command + [csvPath]).seconds)
            }
            let t = median(times)
            row += [String(format: "%.1f", t * 1000), String(format: "%.1fx", t / median(lists))]
        }
        table.append(row)
    }
    print(table.rendered(), terminator: "")
    print("")
    print("load: Workspace.load in-process; list: whole `reckon list` process (peak RSS over the runs);")
    print("ratio: the Python whole-process time divided by reckon list's (above 1 means reckon is faster).")
}
