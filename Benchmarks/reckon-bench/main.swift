// Benchmarks the series store on 1k, 100k and 1M rows (run it with `make bench`).
//
// For each size it writes a workspace whose series repeats the real daily personnel tally from
// Series/ru-personnel-losses.csv (date,value,qualifier,source), then prints, as medians over repeated runs:
// - load: Workspace.load in this process (read, parse, validate);
// - list: the whole `reckon list` process, with its peak memory;
// - python csv / pandas: a whole-process Python load of the same file, when python3 (and pandas) is there.
import Foundation
import ReckonModel

#if canImport(Glibc)
    import Glibc
#endif

let arguments = CommandLine.arguments
let reckon = arguments.firstIndex(of: "--reckon").map { arguments[$0 + 1] } ?? ".build/release/reckon"
let sizes = [1_000, 100_000, 1_000_000]
let root = FileManager.default.currentDirectoryPath + "/.build/bench"

func median(_ xs: [Double]) -> Double {
    let s = xs.sorted()
    return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
}

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// Runs a command to completion (output discarded) and returns its wall time and peak resident memory in MiB.
func runProcess(_ path: String, _ args: [String]) throws -> (seconds: Double, peakMiB: Double, ok: Bool) {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = ([path] + args).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    var status: Int32 = 0
    var usage = rusage()
    let t = seconds {
        guard posix_spawn(&pid, path, &actions, nil, argv, environ) == 0 else { return }
        wait4(pid, &status, 0, &usage)
    }
    guard pid != 0 else { throw CocoaError(.executableLoad) }
    return (t, Double(usage.ru_maxrss) / 1024, status == 0)
}

/// The real daily values to repeat.
func realValues() -> [String] {
    guard let text = try? String(contentsOfFile: "Series/ru-personnel-losses.csv", encoding: .utf8) else { return ["1000"] }
    return text.split(separator: "\n").dropFirst().map { String($0.split(separator: ",")[1]) }
}

func makeWorkspace(rows: Int, values: [String]) throws -> String {
    let folder = "\(root)/\(rows)"
    try? FileManager.default.removeItem(atPath: folder)
    try FileManager.default.createDirectory(atPath: folder + "/Series", withIntermediateDirectories: true)
    try FileManager.default.createDirectory(atPath: folder + "/Output", withIntermediateDirectories: true)
    try "charts: []\n".write(toFile: folder + "/reckon.yaml", atomically: true, encoding: .utf8)
    try "title: Benchmark\nkind: cumulative\n".write(toFile: folder + "/Series/bench.yaml", atomically: true, encoding: .utf8)
    var out = "date,value,qualifier,source\n"
    out.reserveCapacity(rows * 70)
    var day = Day(year: 1900, month: 1, day: 1)!
    for i in 0..<rows {
        out += day.description + "," + values[i % values.count] + ",about,General Staff of the Armed Forces of Ukraine\n"
        day = day + 1
    }
    try out.write(toFile: folder + "/Series/bench.csv", atomically: true, encoding: .utf8)
    return folder
}

let pythonCSV = """
    import csv, datetime, sys
    rows = []
    with open(sys.argv[1], newline='') as f:
        r = csv.reader(f); next(r)
        for d, v, q, s in r:
            rows.append((datetime.date.fromisoformat(d), float(v), q, s))
    print(len(rows))
    """
let pythonPandas = """
    import sys, pandas as pd
    df = pd.read_csv(sys.argv[1], parse_dates=['date'], dtype={'qualifier': 'category', 'source': 'category'})
    print(len(df))
    """

func python(_ script: String) -> [String]? {
    let probe = script.contains("pandas") ? "import pandas" : "import csv"
    guard let r = try? runProcess("/usr/bin/env", ["python3", "-c", probe]), r.ok else { return nil }
    return ["python3", "-c", script]
}

let values = realValues()
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
