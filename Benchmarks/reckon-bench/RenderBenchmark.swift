import Foundation
import ReckonModel
import ReckonOutput

/// Whole-process chart rendering from a CSV of 1k, 100k and 1M points: reckon to PNG and SVG, beside
/// the C reference (min/max per pixel column, Cairo, PNG) with both peak memories, and gnuplot
/// (pngcairo) and matplotlib (Agg) on the same file, when they are installed.
func renderBenchmark(reckon: String, reference: String?, sizes: [Int]) throws {
    let gnuplot = ["/usr/bin/gnuplot", "/usr/local/bin/gnuplot"].first { FileManager.default.isExecutableFile(atPath: $0) }
    let matplotlib = ["python3", "/usr/bin/python3"].first { candidate in
        (try? runProcess("/usr/bin/env", [candidate, "-c", "import matplotlib"]).ok) == true
    }
    print("reckon bench: a 1200x675 line chart from a CSV, whole process (release build; medians)")
    print("")
    var header = ["points", "reckon png ms", "reckon svg ms", "svg KB", "reckon MiB"]
    if reference != nil { header += ["C ref ms", "C MiB", "reckon/C"] }
    if gnuplot != nil { header += ["gnuplot ms", "ratio"] }
    if matplotlib != nil { header += ["matplotlib ms", "ratio"] }
    var table = TextTable(header, rightAligned: Set(0..<header.count))
    let out = benchRoot + "/render"
    try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
    for rows in sizes {
        let folder = "\(benchRoot)/\(rows)"
        let csv = folder + "/Series/bench.csv"
        let repeats = rows >= 1_000_000 ? 5 : 9
        var peak = 0.0
        func time(_ path: String, _ args: [String]) throws -> Double {
            var t: [Double] = []
            peak = 0
            for _ in 0..<repeats {
                let r = try runProcess(path, args)
                precondition(r.ok, "\(path) \(args.joined(separator: " ")) failed")
                t.append(r.seconds)
                peak = max(peak, r.peakMiB)
            }
            return median(t)
        }
        let png = try time(reckon, ["-C", folder, "plot", "bench", "-o", out + "/reckon.png"])
        let reckonPeak = peak
        let svg = try time(reckon, ["-C", folder, "plot", "bench", "-o", out + "/reckon.svg"])
        let svgSize = Double((try FileManager.default.attributesOfItem(atPath: out + "/reckon.svg")[.size] as? Int) ?? 0) / 1024
        var row = [
            NumberText.grouped(Double(rows)), String(format: "%.0f", png * 1000), String(format: "%.0f", svg * 1000),
            String(format: "%.0f", svgSize), String(format: "%.0f", reckonPeak),
        ]
        if let reference {
            let c = try time(reference, ["png", csv, out + "/reference.png"])
            row += [String(format: "%.0f", c * 1000), String(format: "%.0f", peak), String(format: "%.1fx", png / c)]
        }
        if let gnuplot {
            let script = out + "/plot.gp"
            try """
            set terminal pngcairo size 1200,675
            set output '\(out)/gnuplot.png'
            set datafile separator ','
            set key autotitle columnhead
            set xdata time
            set timefmt '%Y-%m-%d'
            plot '\(csv)' using 1:2 with lines
            """.write(toFile: script, atomically: true, encoding: .utf8)
            let t = try time(gnuplot, [script])
            row += [String(format: "%.0f", t * 1000), String(format: "%.1fx", t / png)]
        }
        if let python = matplotlib {
            let script = """
                import csv, datetime, sys
                import matplotlib
                matplotlib.use('Agg')
                import matplotlib.pyplot as plt
                xs, ys = [], []
                with open(sys.argv[1], newline='') as f:
                    r = csv.reader(f); next(r)
                    for row in r:
                        xs.append(datetime.date.fromisoformat(row[0])); ys.append(float(row[1]))
                fig = plt.figure(figsize=(12, 6.75), dpi=100)
                plt.plot(xs, ys)
                fig.savefig(sys.argv[2])
                """
            let t = try time("/usr/bin/env", [python, "-c", script, csv, out + "/matplotlib.png"])
            row += [String(format: "%.0f", t * 1000), String(format: "%.1fx", t / png)]
        }
        table.append(row)
    }
    print(table.rendered(), terminator: "")
    print("")
    print("ratio: the other tool's time divided by reckon's PNG time (above 1 means reckon is faster);")
    print("reckon/C: reckon's PNG time divided by the C reference's (the issue's target: at most 1.2x at 1M points).")
}
