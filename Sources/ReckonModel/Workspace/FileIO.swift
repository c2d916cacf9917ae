internal import Foundation
import Glibc

/// Whole-file reads and atomic writes, with failures as ``ReckonError``s that name the file.
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
    /// messages. With `folder`, the file must lie inside that folder once every link is resolved,
    /// so that a link can never stand in for a file from elsewhere on the machine.
    ///
    /// - Throws: `.missingInput` when there is no file, it is not a regular file or it lies outside
    ///   `folder`; `.badData` when it is larger than `limit`; `.io` when reading fails.
    public static func read(
        _ path: String, shown: String, limit: Int = dataLimit, inside folder: Boundary? = nil
    ) throws(ReckonError) -> [UInt8] {
        let (fd, size) = try openForReading(path, shown: shown, limit: limit, inside: folder)
        defer { close(fd) }
        // Read into uninitialised memory: the file size is the expected size, and a file that grows
        // while being read is read to its end, up to the limit.
        let capacity = size + 1
        var failure: Int32 = 0
        let bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
            LargeMemory.advise(UnsafeRawPointer(buffer.baseAddress), bytes: buffer.count)
            count = 0
            while count < buffer.count {
                let rest = UnsafeMutableRawBufferPointer(start: buffer.baseAddress! + count, count: buffer.count - count)
                switch Descriptor.read(fd, into: rest) {
                case .failure(let error):
                    failure = error.code
                    return
                case .success(0): return
                case .success(let n): count += n
                }
            }
        }
        if failure != 0 { throw ReckonError(.io, file: shown, "cannot read: \(String(cString: strerror(failure)))") }
        return bytes.count < capacity ? bytes : bytes + (try readRest(fd, shown: shown, limit: limit - bytes.count))
    }

    /// Opens the regular file at `path` for reading and returns it with its size, which is at most
    /// `limit`. With `folder`, the file must lie inside that folder once every link is resolved.
    ///
    /// - Throws: as ``read(_:shown:limit:inside:)``.
    public static func openForReading(
        _ path: String, shown: String, limit: Int, inside folder: Boundary? = nil
    ) throws(ReckonError) -> (fd: Int32, size: Int) {
        let target = try folder.map { folder throws(ReckonError) in try contained(path, in: folder, shown: shown) } ?? path
        // O_NONBLOCK: opening a FIFO for reading must not wait for a writer. O_NOFOLLOW: a contained
        // path was resolved already, and a link put in its place since then is refused.
        let fd = open(target, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY | (folder == nil ? 0 : O_NOFOLLOW))
        guard fd >= 0 else {
            let e = errno
            throw ReckonError(e == ENOENT ? .missingInput : .io, file: shown, "cannot read: \(String(cString: strerror(e)))")
        }
        var st = stat()
        guard fstat(fd, &st) == 0 else {
            let e = errno
            close(fd)
            throw ReckonError(.io, file: shown, "cannot read: \(String(cString: strerror(e)))")
        }
        switch st.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR:
            close(fd)
            throw ReckonError(.missingInput, file: shown, "is a folder, not a file")
        default:
            close(fd)
            throw ReckonError(
                .missingInput, file: shown, "is not a regular file (a pipe, device or socket); reckon reads only files")
        }
        guard Int(st.st_size) <= limit else {
            close(fd)
            throw ReckonError(
                .badData, file: shown, "is \(sizeText(Int(st.st_size))), larger than the \(sizeText(limit)) reckon reads")
        }
        return (fd, Int(st.st_size))
    }

    /// The path of the file `path` names with every link resolved, which must lie inside `folder`
    /// (also resolved): the rule for every file reckon reads on behalf of a workspace, so that a link
    /// in `Series/` or `Reports/` can never publish or serve a file from elsewhere on the machine.
    ///
    /// - Throws: `.missingInput` when there is no such file or it resolves outside `folder`.
    package static func contained(_ path: String, in boundary: Boundary, shown: String) throws(ReckonError) -> String {
        guard let base = resolved(boundary.folder) else {
            throw ReckonError(.missingInput, file: shown, "cannot read: \(boundary.name) does not exist")
        }
        guard let target = resolved(path) else {
            let e = errno
            throw ReckonError(e == ENOENT ? .missingInput : .io, file: shown, "cannot read: \(String(cString: strerror(e)))")
        }
        guard target.hasPrefix(base == "/" ? "/" : base + "/"), target != base else {
            throw ReckonError(
                .missingInput, file: shown,
                "is a link to a file outside \(boundary.name); reckon reads only files inside it")
        }
        return target
    }

    /// A folder that the files read on its behalf must lie inside, and how messages name it.
    public struct Boundary: Sendable {
        /// The folder's path.
        public var folder: String
        /// The folder in messages: `the workspace`, `the shard's folder`.
        public var name: String

        /// The folder at `folder`, called `name` in messages.
        public init(folder: String, name: String) {
            self.folder = folder
            self.name = name
        }

        /// The workspace whose root is `root`.
        public static func workspace(_ root: String) -> Boundary { Boundary(folder: root, name: "the workspace") }
    }

    /// `path` with every link, `.` and `..` resolved; nil when it does not exist.
    private static func resolved(_ path: String) -> String? {
        guard let pointer = realpath(path, nil) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }

    /// Fills a buffer with a file's bytes from an offset, as many as one read gives, and returns how
    /// many: 0 at the end of the file. Two threads may call it at once.
    package typealias ReadAt = (_ offset: Int, _ buffer: UnsafeMutableRawBufferPointer) throws(ReckonError) -> Int

    /// Reads the regular file at `path` a piece at a time: `body` gets the file's size and a ``ReadAt``
    /// for the file, which reads by positional reads (`pread`), so that two threads can read two parts
    /// of the file at once, and fails (`.badData`) once a read ends past `limit` bytes: a file that grew
    /// past it as it was read.
    ///
    /// - Throws: as ``read(_:shown:limit:)``, and what `body` throws.
    package static func readPieces<T>(
        _ path: String, shown: String, limit: Int = dataLimit, inside folder: Boundary? = nil,
        _ body: (Int, ReadAt) throws(ReckonError) -> T
    ) throws(ReckonError) -> T {
        let (fd, size) = try openForReading(path, shown: shown, limit: limit, inside: folder)
        defer { close(fd) }
        return try body(size) { offset, buffer throws(ReckonError) -> Int in
            switch Descriptor.read(fd, at: offset, into: buffer) {
            case .failure(let error): throw ReckonError(.io, file: shown, "cannot read: \(error.reason)")
            case .success(let n):
                if offset + n > limit {
                    throw ReckonError(.badData, file: shown, "grew past the size reckon reads while being read")
                }
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
    private static func readRest(_ fd: Int32, shown: String, limit: Int) throws(ReckonError) -> [UInt8] {
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let read = chunk.withUnsafeMutableBytes { Descriptor.read(fd, into: $0) }
            let n: Int
            switch read {
            case .failure(let error): throw ReckonError(.io, file: shown, "cannot read: \(error.reason)")
            case .success(let count): n = count
            }
            if n == 0 { return out }
            out += chunk[0..<n]
            if out.count > limit { throw ReckonError(.badData, file: shown, "grew past the size reckon reads while being read") }
        }
    }

    /// Whether a file or folder exists at `path`.
    package static func exists(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0
    }

    /// Whether a folder exists at `path`.
    package static func isDirectory(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
    }

    /// Replaces the file at `path` with `bytes` so that it is, at every moment, either the old complete
    /// file or the new complete file: the bytes go to a temporary file in the same folder, which is
    /// synced to disk and then renamed over `path`; then the folder is synced so the rename is durable.
    ///
    /// Only a regular file is ever replaced: a link, device, pipe, socket or folder at `path` is
    /// refused, so that a mistyped `-o` can never replace `/dev/null` or write through a link.
    ///
    /// A ``Durability/deferred`` write skips both syncs (see there).
    static func writeAtomically(
        _ bytes: [UInt8], to path: String, shown: String, durability: Durability = .synced
    ) throws(ReckonError) {
        let staged = try stage(bytes, to: path, shown: shown, durability: durability)
        try commit(staged)
        if durability == .synced { syncFolder(staged.folder) }
    }

    /// A file's new bytes, complete and synced under a temporary name beside it, waiting to be renamed
    /// into place.
    struct Staged {
        var temp: String
        var path: String
        var shown: String
        var folder: String
    }

    /// Writes `bytes` to a temporary file beside `path` and syncs it to disk (a deferred write only
    /// starts the write-back; see ``Durability``).
    ///
    /// - Throws: `.cannotCreate` when `path` names no regular file or the temporary file cannot be
    ///   made; `.io` when writing or syncing fails (the temporary file is removed then).
    static func stage(
        _ bytes: [UInt8], to path: String, shown: String, durability: Durability = .synced
    ) throws(ReckonError) -> Staged {
        let (folder, name) = try split(path, shown: shown)
        try requireReplaceable(path, shown: shown)
        var template = Array((folder + "/." + name + ".tmp-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else {
            throw ReckonError(
                .cannotCreate, file: shown, "cannot create a temporary file beside it: \(String(cString: strerror(errno)))")
        }
        let temp = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        defer { close(fd) }
        do throws(ReckonError) {
            if case .failure(let error) = bytes.withUnsafeBytes({ Descriptor.writeAll(fd, $0) }) {
                throw ReckonError(.io, file: shown, "cannot write: \(error.reason)")
            }
            fchmod(fd, 0o644 & ~currentUmask())
            if durability == .deferred {
                startWriteBack(fd)
            } else if fsync(fd) != 0 {
                throw ReckonError(.io, file: shown, "cannot sync to disk: \(String(cString: strerror(errno)))")
            }
        } catch {
            unlink(temp)
            throw error
        }
        return Staged(temp: temp, path: path, shown: shown, folder: folder)
    }

    /// Renames a staged file into place; on failure the temporary file is removed.
    ///
    /// - Throws: `.io` when the rename fails.
    static func commit(_ staged: Staged) throws(ReckonError) {
        guard rename(staged.temp, staged.path) == 0 else {
            let e = errno
            unlink(staged.temp)
            throw ReckonError(.io, file: staged.shown, "cannot replace: \(String(cString: strerror(e)))")
        }
    }

    /// The folder that holds the file `path` names (`.` when it names none) and the file's name.
    ///
    /// - Throws: `.cannotCreate` when `path` names no file: empty, or a folder (`.`, `..`, `a/`).
    static func split(_ path: String, shown: String) throws(ReckonError) -> (folder: String, name: String) {
        let slash = path.lastIndex(of: "/")
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        guard !name.isEmpty, name != ".", name != ".." else {
            throw ReckonError(.cannotCreate, file: shown, "cannot write: this names a folder, not a file")
        }
        let folder = slash.map { String(path[..<$0]) } ?? "."
        return (folder.isEmpty ? "/" : folder, name)
    }

    /// Checks that `path` is a regular file or nothing, without following a link.
    ///
    /// - Throws: `.cannotCreate` for a link, device, pipe, socket or folder.
    static func requireReplaceable(_ path: String, shown: String) throws(ReckonError) {
        var st = stat()
        guard lstat(path, &st) == 0 else { return }
        let what: String
        switch st.st_mode & S_IFMT {
        case S_IFREG: return
        case S_IFLNK: what = "a link"
        case S_IFDIR: what = "a folder"
        default: what = "a device, pipe or socket"
        }
        throw ReckonError(.cannotCreate, file: shown, "cannot write: it is \(what), and reckon replaces only regular files")
    }

    /// Removes a file; a file already gone is fine.
    static func remove(_ path: String) {
        unlink(path)
    }

    /// Creates a folder (and its parents) unless it exists.
    static func makeFolder(_ path: String, shown: String) throws(ReckonError) {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw ReckonError(.cannotCreate, file: shown, "cannot create folder: \(error.localizedDescription)")
        }
    }

    /// The names in a folder, sorted.
    package static func list(_ path: String, shown: String) throws(ReckonError) -> [String] {
        do {
            return try FileManager.default.contentsOfDirectory(atPath: path).sorted()
        } catch {
            throw ReckonError(.missingInput, file: shown, "cannot list folder: \(error.localizedDescription)")
        }
    }

    /// Starts writing a file's bytes to disk without waiting for them (Linux; elsewhere nothing):
    /// by the time a run syncs the file system at its end, most of them are there.
    static func startWriteBack(_ fd: Int32) {
        // SYNC_FILE_RANGE_WRITE: start writing, do not wait.
        _ = LinuxCalls.syncFileRange?(fd, 0, 0, 2)
    }

    /// Syncs the file system that holds `path` (Linux: `syncfs`; elsewhere `sync`): every deferred
    /// write made so far is on disk once it returns.
    static func syncFileSystem(of path: String) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        defer { if fd >= 0 { close(fd) } }
        guard fd >= 0, let syncfs = LinuxCalls.syncfs, syncfs(fd) == 0 else { return sync() }
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

/// Linux's `syncfs` and `sync_file_range`, which the C library declares only for GNU sources (so
/// Swift's Glibc module leaves them out), found in it at run time; nil where there are none.
private enum LinuxCalls {
    typealias SyncFS = @convention(c) (Int32) -> Int32
    typealias SyncFileRange = @convention(c) (Int32, Int64, Int64, UInt32) -> Int32

    static let syncfs: SyncFS? = symbol("syncfs")
    static let syncFileRange: SyncFileRange? = symbol("sync_file_range")

    /// The C library's function `name`, as `T`.
    private static func symbol<T>(_ name: String) -> T? {
        #if os(Linux)
            // A null handle is RTLD_DEFAULT: the symbols of the program and its libraries.
            guard let address = dlsym(nil, name) else { return nil }
            return unsafeBitCast(address, to: T.self)
        #else
            return nil
        #endif
    }
}
