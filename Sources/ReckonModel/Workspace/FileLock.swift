import Glibc

/// An exclusive advisory lock (`flock`) on a folder, held until the value is dropped.
///
/// The kernel releases the lock when its process dies, so a crashed writer never leaves the store
/// locked. Writers in the same workspace lock the same folder, so their read-modify-write cycles run
/// one at a time. Locking the folder itself leaves no lock file behind to clean up or ignore.
public final class FileLock {
    private let fd: Int32

    /// Takes the lock on the folder at `path`, waiting up to `timeout` seconds.
    ///
    /// - Throws: `.busy` when another process still holds it after `timeout`, `.io` when the folder
    ///   cannot be opened or locked.
    /// - Parameters:
    ///   - path: the folder to lock.
    ///   - shown: the folder as messages show it.
    ///   - timeout: how long to wait for another process's lock, in seconds.
    ///   - busy: what to say when another process holds the lock past `timeout`.
    public init(
        folder path: String, shown: String, timeout: Double,
        busy: String = "another reckon process is writing this workspace; try again"
    ) throws(ReckonError) {
        fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else {
            throw ReckonError(.io, file: shown, "cannot open to lock: \(String(cString: strerror(errno)))")
        }
        var waited = 0.0
        var pause = 0.002
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            let e = errno
            if e == EINTR { continue }
            // The descriptor is closed by deinit, which runs even when init throws once `fd` is set:
            // closing it here too would close it twice, and the second time another thread's file.
            guard e == EWOULDBLOCK else {
                throw ReckonError(.io, file: shown, "cannot lock: \(String(cString: strerror(e)))")
            }
            guard waited < timeout else {
                throw ReckonError(.busy, file: shown, busy)
            }
            usleep(useconds_t(pause * 1_000_000))
            waited += pause
            pause = min(pause * 2, 0.1)
        }
    }

    deinit {
        guard fd >= 0 else { return }
        flock(fd, LOCK_UN)
        close(fd)
    }
}
