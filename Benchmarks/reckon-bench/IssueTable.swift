import Foundation
import ReckonOutput

/// One row of issue 28's table: a reckon command beside the C reference doing the same work.
struct IssueCase {
    /// The row's name, as the issue writes it.
    var name: String
    /// reckon's arguments.
    var reckon: [String]
    /// The C reference's arguments.
    var reference: [String]
    /// The most reckon may take, as a multiple of the C reference's time.
    var goal: Double
    /// Whether both write CSV to standard output, which must be the same bytes.
    var comparesOutput: Bool
}

/// The summary `make bench` ends with: each case of issue 28's table that it measures (1M and 1k PNG,
/// 1M SVG, and the 1M-row queries), as medians of side-by-side runs of reckon and the tight C reference
/// (Benchmarks/c-reference), their ratio, the issue's goal and whether it holds. Beside them, the same
/// reference reading its rows as reckon must (`-c`: every field checked, four columns kept), and
/// reckon's ratio to that: how much of the gap is work reckon does that the tight loop skips. Each
/// repeat runs all three, in rotating order, so that load from elsewhere on the machine falls on each
/// alike; processes are spawned straight, not through GNU time. The queries' CSV outputs are compared
/// byte for byte first, so that all are known to give the same answer.
func issueTable(reckon: String, reference: String) throws {
    let big = "\(benchRoot)/1000000", small = "\(benchRoot)/1000"
    let out = benchRoot + "/render"
    try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
    func plot(_ folder: String, _ file: String) -> [String] { ["-C", folder, "plot", "bench", "-o", out + "/" + file] }
    func query(_ arguments: [String]) -> [String] { ["-C", big, "query", "bench"] + arguments + ["--format", "csv"] }
    let csv = big + "/Series/bench.csv"
    let cases = [
        IssueCase(
            name: "1M PNG", reckon: plot(big, "issue.png"), reference: ["png", csv, out + "/issue-ref.png"], goal: 1.2,
            comparesOutput: false),
        IssueCase(
            name: "1M SVG (Cairo)", reckon: plot(big, "issue.svg"), reference: ["svg", csv, out + "/issue-ref.svg"],
            goal: 1.2, comparesOutput: false),
        IssueCase(
            name: "1k PNG", reckon: plot(small, "issue-1k.png"),
            reference: ["png", small + "/Series/bench.csv", out + "/issue-1k-ref.png"], goal: 1.2, comparesOutput: false),
        IssueCase(
            name: "1M rows, monthly sum", reckon: query(["--diff", "--every", "month"]), reference: ["monthly", csv],
            goal: 1.5, comparesOutput: true),
        IssueCase(
            name: "1M rows, --diff, CSV out", reckon: query(["--diff"]), reference: ["diff", csv], goal: 1.5,
            comparesOutput: true),
        IssueCase(
            name: "1M rows, --diff --rolling 7, CSV", reckon: query(["--diff", "--rolling", "7"]),
            reference: ["rolling", csv], goal: 1.5, comparesOutput: true),
    ]
    let header = ["case", "reckon ms", "tight C ms", "ratio", "goal", "holds", "C, all fields ms", "ratio", "output"]
    var table = TextTable(header, rightAligned: [1, 2, 3, 6, 7])
    for c in cases {
        let checked = ["-c"] + c.reference
        let output =
            c.comparesOutput
            ? try [
                sameOutput(reckon, c.reckon, reference, c.reference, name: "tight"),
                sameOutput(reckon, c.reckon, reference, checked, name: "checked"),
            ].first { $0 != "same bytes" } ?? "same bytes"
            : "chart"
        let repeats = c.name.hasPrefix("1k") ? 15 : 7
        let runs: [(program: String, arguments: [String])] = [(reckon, c.reckon), (reference, c.reference), (reference, checked)]
        var seconds: [[Double]] = [[], [], []]
        // One untimed run of each, so that all start with the file in the page cache.
        for run in runs { _ = try spawn(run.program, run.arguments) }
        for k in 0..<repeats {
            for j in 0..<runs.count {
                let which = (k + j) % runs.count
                let r = try spawn(runs[which].program, runs[which].arguments)
                precondition(r.ok, "\(c.name): \(runs[which].program) \(runs[which].arguments.joined(separator: " ")) failed")
                seconds[which].append(r.seconds)
            }
        }
        let (ours, tight, full) = (median(seconds[0]), median(seconds[1]), median(seconds[2]))
        table.append([
            c.name, String(format: "%.1f", ours * 1000), String(format: "%.1f", tight * 1000),
            String(format: "%.2fx", ours / tight), String(format: "≤ %.1fx", c.goal), ours / tight <= c.goal ? "yes" : "no",
            String(format: "%.1f", full * 1000), String(format: "%.2fx", ours / full), output,
        ])
    }
    print("reckon bench: issue 28's table, reckon beside the tight C reference (medians of side-by-side runs)")
    print("")
    print(table.rendered(), terminator: "")
    print("")
    print("ratio: reckon's median time over the C reference's, the tight loop's (the goal's) and, after \"C, all fields\",")
    print("the same loop reading its rows as reckon must (every field checked, four columns kept);")
    print("output: whether the CSV all three print is the same bytes.")
}

/// Runs both commands with their output to files (named after `name`, so that two comparisons keep
/// their own) and says whether the outputs are the same bytes ("same bytes", or "DIFFERS" and where the
/// files are kept).
func sameOutput(_ reckon: String, _ ours: [String], _ reference: String, _ theirs: [String], name: String) throws -> String {
    let a = benchRoot + "/render/reckon-\(name).csv", b = benchRoot + "/render/reference-\(name).csv"
    let r = try spawn(reckon, ours, output: a), c = try spawn(reference, theirs, output: b)
    precondition(r.ok && c.ok, "\(ours.joined(separator: " ")) or the C reference failed")
    guard FileManager.default.contentsEqual(atPath: a, andPath: b) else { return "DIFFERS (\(a), \(b))" }
    try? FileManager.default.removeItem(atPath: a)
    try? FileManager.default.removeItem(atPath: b)
    return "same bytes"
}
