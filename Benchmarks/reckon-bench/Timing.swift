import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The median of some timings.
func median(_ xs: [Double]) -> Double {
    let s = xs.sorted()
    return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
}

/// The wall time of `body`, in seconds.
func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// Runs a command to completion (output discarded) and returns its wall time and peak resident memory in
/// MiB. The peak is measured by GNU time when it is installed: a child spawned straight from this process
/// would count this process's own memory in its peak (posix_spawn starts it in this address space), and
/// after the in-process benchmarks that is hundreds of MiB.
func runProcess(_ path: String, _ args: [String]) throws -> (seconds: Double, peakMiB: Double, ok: Bool) {
    let gnuTime = "/usr/bin/time"
    guard FileManager.default.isExecutableFile(atPath: gnuTime) else { return try spawn(path, args) }
    let report = NSTemporaryDirectory() + "reckon-bench-peak-\(getpid())"
    defer { unlink(report) }
    let r = try spawn(gnuTime, ["-f", "%M", "-o", report, path] + args)
    let kib = (try? String(contentsOfFile: report, encoding: .utf8))?
        .split(separator: "\n").last.flatMap { Double($0.trimmingCharacters(in: .whitespaces)) }
    return (r.seconds, kib.map { $0 / 1024 } ?? r.peakMiB, r.ok)
}

/// Spawns a command and waits for it: its wall time, the peak memory the kernel reports for it, and
/// whether it succeeded. Its standard output goes to the file `output` (by default discarded).
func spawn(
    _ path: String, _ args: [String], output: String = "/dev/null"
) throws -> (
    seconds: Double, peakMiB: Double, ok: Bool
) {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
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
