#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive advisory lock on a file (`flock`), held until the value is dropped.
///
/// The kernel releases the lock when its process dies, so a crashed writer never leaves the store
/// locked. Writers in the same workspace take the same lock file, so their read-modify-write cycles
/// run one at a time.
final class FileLock {
    private let fd: Int32

    /// Takes the lock on `path` (creating the file), waiting up to `timeout` seconds.
    ///
    /// - Throws: `.busy` when another process still holds it after `timeout`, `.cannotCreate` when the
    ///   lock file cannot be opened.
    init(path: String, shown: String, timeout: Double) throws(ModelError) {
        fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw ModelError(.cannotCreate, file: shown, "cannot open lock file: \(String(cString: strerror(errno)))")
        }
        var waited = 0.0
        var pause = 0.002
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            let e = errno
            if e == EINTR { continue }
            guard e == EWOULDBLOCK else {
                close(fd)
                throw ModelError(.io, file: shown, "cannot lock: \(String(cString: strerror(e)))")
            }
            guard waited < timeout else {
                close(fd)
                throw ModelError(.busy, file: shown, "another reckon process is writing this workspace; try again")
            }
            usleep(useconds_t(pause * 1_000_000))
            waited += pause
            pause = min(pause * 2, 0.1)
        }
    }

    deinit {
        flock(fd, LOCK_UN)
        close(fd)
    }
}
