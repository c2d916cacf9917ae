import ArgumentParser
import ReckonModel
import ReckonOutput

// `stdout` is C's shared stream; reckon writes it from one thread.
@preconcurrency import Glibc

/// Standard output, whose failures are errors: a full disk or a closed file (`> /dev/full`) ends
/// the command with status 74 and a message, never exit 0 with the output cut short. A pipe closed
/// by its reader (`reckon query … | head`) ends it quietly, as `SIGPIPE` ends any Unix tool.
enum StandardOutput {
    /// Writes a listing's bytes in as few `write` calls as the system takes, without making a
    /// `String` of them first, after what `print` buffered.
    static func write(_ out: ByteWriter) {
        flush()
        if case .failure(let error) = out.bytes.withUnsafeBytes({ Descriptor.writeAll(STDOUT_FILENO, $0) }) {
            fail(error.code)
        }
    }

    /// Writes what `print` buffered, and ends the process when standard output failed at any time.
    static func flush() {
        if fflush(stdout) != 0 || ferror(stdout) != 0 { fail(errno) }
    }

    /// Ends the process as ArgumentParser's `exit(withError:)` does (help and version text on
    /// standard output, errors on standard error, each with its status), with what was written to
    /// standard output checked like any output.
    static func exit(withError error: any Error) -> Never {
        flush()
        let code = Reckon.exitCode(for: error)
        let message = Reckon.fullMessage(for: error)
        if code == .success {
            if !message.isEmpty { print(message) }
            flush()
        } else if !message.isEmpty {
            fputs(message + "\n", stderr)
        }
        Glibc.exit(code.rawValue)
    }

    /// Ends the process for a failed write: quietly by `SIGPIPE` for a closed pipe, else with 74.
    private static func fail(_ error: Int32) -> Never {
        if error == EPIPE {
            signal(SIGPIPE, SIG_DFL)
            raise(SIGPIPE)
        }
        let reason = error == 0 ? "the write failed" : String(cString: strerror(error))
        let message = Array("reckon: error: cannot write to standard output: \(reason)\n".utf8)
        message.withUnsafeBytes { _ = Glibc.write(STDERR_FILENO, $0.baseAddress!, $0.count) }
        _exit(74)
    }
}
