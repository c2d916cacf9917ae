internal import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Whole-file reads and atomic writes, with failures as ``ModelError``s that name the file.
///
/// Reads are bounded: only regular files are read (a FIFO, device, socket or folder is refused
/// at once, without blocking, also through a symbolic link), and a file larger than its limit is
/// refused before it is read.
public enum FileIO {
    /// The largest series file or import file read: 1 GiB.
    public static let dataLimit = 1 << 30
    /// The largest `reckon.yaml`, sidecar or manifest read: 8 MiB.
    public static let configLimit = 8 << 20

    /// The bytes of the regular file at `path`, at most `limit` of them; `shown` is the name used in
    /// messages.
    ///
    /// - Throws: `.missingInput` when there is no file, or it is not a regular file; `.badData` when
    ///   it is larger than `limit`; `.io` when reading fails.
    public static func read(_ path: String, shown: String, limit: Int = dataLimit) throws(ModelError) -> [UInt8] {
        let (fd, size) = try openForReading(path, shown: shown, limit: limit)
        defer { close(fd) }
        // Read into uninitialised memory: the file size is the expected size, and a file that grows
        // while being read is read to its end, up to the limit.
        let capacity = size + 1
        var failure: Int32 = 0
        let bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
            LargeMemory.advise(UnsafeRawPointer(buffer.baseAddress), bytes: buffer.count)
            count = 0
            while count < buffer.count {
                let n = Glibc.read(fd, buffer.baseAddress! + count, buffer.count - count)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                if n == 0 { break }
                count += n
            }
        }
        if failure != 0 { throw ModelError(.io, file: shown, "cannot read: \(String(cString: strerror(failure)))") }
        return bytes.count < capacity ? bytes : bytes + (try readRest(fd, shown: shown, limit: limit - bytes.count))
    }

    /// Opens the regular file at `path` for reading and returns it with its size, which is at most
    /// `limit`.
    ///
    /// - Throws: as ``read(_:shown:limit:)``.
    public static func openForReading(_ path: String, shown: String, limit: Int) throws(ModelError) -> (fd: Int32, size: Int) {
        // O_NONBLOCK: opening a FIFO for reading must not wait for a writer.
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
        guard fd >= 0 else {
            let e = errno
            throw ModelError(e == ENOENT ? .missingInput : .io, file: shown, "cannot read: \(String(cString: strerror(e)))")
        }
        var st = stat()
        guard fstat(fd, &st) == 0 else {
            let e = errno
            close(fd)
            throw ModelError(.io, file: shown, "cannot read: \(String(cString: strerror(e)))")
        }
        switch st.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR:
            close(fd)
            throw ModelError(.missingInput, file: shown, "is a folder, not a file")
        default:
            close(fd)
            throw ModelError(
                .missingInput, file: shown, "is not a regular file (a pipe, device or socket); reckon reads only files")
        }
        guard Int(st.st_size) <= limit else {
            close(fd)
            throw ModelError(
                .badData, file: shown, "is \(sizeText(Int(st.st_size))), larger than the \(sizeText(limit)) reckon reads")
        }
        return (fd, Int(st.st_size))
    }

    /// Reads the regular file at `path` a piece at a time: `body` gets the file's size and a function
    /// that fills a buffer with the next bytes (returning how many, 0 at the end), never more than
    /// `limit` in all.
    ///
    /// - Throws: as ``read(_:shown:limit:)``, and what `body` throws.
    package static func readPieces<T>(
        _ path: String, shown: String, limit: Int = dataLimit,
        _ body: (Int, (UnsafeMutableRawBufferPointer) throws(ModelError) -> Int) throws(ModelError) -> T
    ) throws(ModelError) -> T {
        let (fd, size) = try openForReading(path, shown: shown, limit: limit)
        defer { close(fd) }
        var total = 0
        return try body(size) { buffer throws(ModelError) -> Int in
            while true {
                let n = Glibc.read(fd, buffer.baseAddress, buffer.count)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw ModelError(.io, file: shown, "cannot read: \(String(cString: strerror(errno)))")
                }
                total += n
                if total > limit { throw ModelError(.badData, file: shown, "grew past the size reckon reads while being read") }
                return n
            }
        }
    }

    /// A size in bytes for messages: `8 MiB`, `1 GiB`, `300 bytes`.
    static func sizeText(_ n: Int) -> String {
        if n >= 1 << 30, n % (1 << 30) == 0 { return "\(n >> 30) GiB" }
        if n >= 1 << 20 { return "\(n >> 20) MiB" }
        if n >= 1 << 10 { return "\(n >> 10) KiB" }
        return "\(n) bytes"
    }

    /// The remaining bytes of an open file, at most `limit` of them.
    private static func readRest(_ fd: Int32, shown: String, limit: Int) throws(ModelError) -> [UInt8] {
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress!, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw ModelError(.io, file: shown, "cannot read: \(String(cString: strerror(errno)))")
            }
            if n == 0 { return out }
            out += chunk[0..<n]
            if out.count > limit { throw ModelError(.badData, file: shown, "grew past the size reckon reads while being read") }
        }
    }

    /// Whether a file or folder exists at `path`.
    package static func exists(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0
    }

    /// Whether a folder exists at `path`.
    static func isDirectory(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
    }

    /// Replaces the file at `path` with `bytes` so that it is, at every moment, either the old complete
    /// file or the new complete file: the bytes go to a temporary file in the same folder, which is
    /// synced to disk and then renamed over `path`; then the folder is synced so the rename is durable.
    static func writeAtomically(_ bytes: [UInt8], to path: String, shown: String) throws(ModelError) {
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        var template = Array(((folder.isEmpty ? "." : folder) + "/." + name + ".tmp-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else {
            throw ModelError(
                .cannotCreate, file: shown, "cannot create a temporary file beside it: \(String(cString: strerror(errno)))")
        }
        let temp = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var ok = false
        defer {
            if !ok { unlink(temp) }
        }
        do {
            defer { close(fd) }
            var done = 0
            while done < bytes.count {
                let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + done, $0.count - done) }
                if n < 0 {
                    if errno == EINTR { continue }
                    throw ModelError(.io, file: shown, "cannot write: \(String(cString: strerror(errno)))")
                }
                done += n
            }
            fchmod(fd, 0o644 & ~currentUmask())
            guard fsync(fd) == 0 else {
                throw ModelError(.io, file: shown, "cannot sync to disk: \(String(cString: strerror(errno)))")
            }
        }
        guard rename(temp, path) == 0 else {
            throw ModelError(.io, file: shown, "cannot replace: \(String(cString: strerror(errno)))")
        }
        ok = true
        syncFolder(folder.isEmpty ? "." : folder)
    }

    /// Removes a file; a file already gone is fine.
    static func remove(_ path: String) {
        unlink(path)
    }

    /// Creates a folder (and its parents) unless it exists.
    static func makeFolder(_ path: String, shown: String) throws(ModelError) {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw ModelError(.cannotCreate, file: shown, "cannot create folder: \(error.localizedDescription)")
        }
    }

    /// The names in a folder, sorted.
    package static func list(_ path: String, shown: String) throws(ModelError) -> [String] {
        do {
            return try FileManager.default.contentsOfDirectory(atPath: path).sorted()
        } catch {
            throw ModelError(.missingInput, file: shown, "cannot list folder: \(error.localizedDescription)")
        }
    }

    static func syncFolder(_ path: String) {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if fd >= 0 {
            fsync(fd)
            close(fd)
        }
    }

    private static func currentUmask() -> mode_t {
        let old = umask(0o022)
        umask(old)
        return old
    }
}
