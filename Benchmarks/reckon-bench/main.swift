// Benchmarks the series store on 1k, 100k and 1M rows (run it with `make bench`).
//
// For each size it writes a workspace whose cumulative series adds up the real daily counts of
// Series/ru-drones-downed.csv, repeated (date,value,qualifier,source), then prints, as medians over repeated runs:
// - load: Workspace.load in this process (read, parse, validate);
// - list: the whole `reckon list` process, with its peak memory;
// - python csv / pandas: a whole-process Python load of the same file, when python3 (and pandas) is there;
// then the analysis steps on 1M daily points beside plain loops doing the same work, and whole `query`
// processes beside the C reference and pandas; and last, a 1200x675 line chart of each size to PNG and
// SVG, beside the C reference (with peak memory), gnuplot and matplotlib when installed; and
// `render --all` over 1,000 charts, cold and with nothing changed; and start-up: `reckon --version` and
// `reckon list` on an empty workspace beside Swift hello-worlds and a C program that only loads the
// libraries reckon draws with; and how often the default projections' 95% intervals held on the
// General Staff's tallies (the backtest of `reckon trend --backtest`); and, with the C reference, issue
// 28's table: each case beside the tight C loop in side-by-side runs, with the goals.
import Foundation
import ReckonModel

#if canImport(Glibc)
    import Glibc
#endif

let arguments = CommandLine.arguments
let reckon = arguments.firstIndex(of: "--reckon").map { arguments[$0 + 1] } ?? ".build/release/reckon"
/// The C reference (Benchmarks/c-reference), which `make bench` builds: the least work each case takes.
let reference = arguments.firstIndex(of: "--reference").map { arguments[$0 + 1] }
// `--backtest-only` prints just the projections' backtest, which takes a second.
if arguments.contains("--backtest-only") {
    try backtestBenchmark()
    exit(0)
}
// `--issue-table-only` prints just issue 28's table, on the workspaces an earlier run left in benchRoot.
if arguments.contains("--issue-table-only"), let reference {
    try issueTable(reckon: reckon, reference: reference)
    exit(0)
}
try loadBenchmark(reckon: reckon, sizes: [1_000, 100_000, 1_000_000])
print("")
try analysisBenchmark(reckon: reckon, reference: reference, rows: 1_000_000)
print("")
try renderBenchmark(reckon: reckon, reference: reference, sizes: [1_000, 100_000, 1_000_000])
print("")
try publishBenchmark(reckon: reckon, count: 1_000)
if let folder = arguments.firstIndex(of: "--start-up").map({ arguments[$0 + 1] }) {
    print("")
    try startUpBenchmark(reckon: reckon, folder: folder)
}
print("")
try backtestBenchmark()
if let reference {
    print("")
    try issueTable(reckon: reckon, reference: reference)
}
