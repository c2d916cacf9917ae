internal import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Whole-file reads and atomic writes, with failures as ``ModelError``s that name the file.
enum FileIO {
    /// The bytes of the file at `path`; `shown` is the name used in messages.
    static func read(_ path: String, shown: String) throws(ModelError) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            let e = errno
            throw ModelError(e == ENOENT ? .missingInput : .io, file: shown, "cannot read: \(String(cString: strerror(e)))")
        }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw ModelError(.io, file: shown, "cannot read: \(String(cString: strerror(errno)))") }
        if (st.st_mode & S_IFMT) == S_IFDIR { throw ModelError(.io, file: shown, "is a folder, not a file") }
        // Read into uninitialised memory: the file size is the expected size, and a file that grows
        // while being read is read to its end.
        let capacity = Int(st.st_size) + 1
        var failure: Int32 = 0
        let bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
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
        return bytes.count < capacity ? bytes : bytes + (try readRest(fd, shown: shown))
    }

    /// The remaining bytes of an open file.
    private static func readRest(_ fd: Int32, shown: String) throws(ModelError) -> [UInt8] {
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
        }
    }

    /// Whether a file or folder exists at `path`.
    static func exists(_ path: String) -> Bool {
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
    static func list(_ path: String, shown: String) throws(ModelError) -> [String] {
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
