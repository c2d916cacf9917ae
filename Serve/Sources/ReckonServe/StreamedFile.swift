import Dispatch
import Foundation
import Hummingbird
import ReckonModel
import SystemPackage

/// A file answered a chunk at a time from a descriptor opened before the answer is made: a large
/// series costs each request one chunk of memory, not the whole file, and is never kept in the
/// response cache.
///
/// The descriptor pins the file that was opened: a file replaced while it is sent (as reckon's
/// writers replace files, by renaming a new one over it) is sent as it was when opened, whole, with
/// the length and entity tag of that version. The descriptor is closed when the answer is dropped,
/// sent or not (a HEAD request never sends it).
final class StreamedFile: Sendable {
    /// The bytes read and sent at a time.
    static let chunkSize = 64 << 10
    /// Files larger than this are streamed; smaller ones are read whole and kept in the cache.
    static let threshold = 1 << 20

    private let descriptor: Int32
    /// The file's size when it was opened: the bytes sent, never more.
    let size: Int

    /// Opens the regular file at `path`, named `shown` in messages, which must lie inside `folder`
    /// once every link is resolved (the workspace's file rule).
    ///
    /// - Throws: as `FileIO.openForReading`: `.missingInput` when there is no such regular file or it
    ///   lies outside `folder`, `.badData` when it is larger than reckon reads.
    init(_ path: String, shown: String, inside folder: ReckonModel.FileIO.Boundary) throws(ReckonError) {
        (descriptor, size) = try FileIO.openForReading(path, shown: shown, limit: FileIO.dataLimit, inside: folder)
    }

    deinit { close(descriptor) }

    /// The answer: 200 with the file as its body, or 304 when the request has `etag` already.
    func response(to request: Request, contentType: String, etag: String, maxAge: Int) -> Response {
        var headers: HTTPFields = [.eTag: etag, .cacheControl: "public, max-age=\(maxAge)"]
        if Served.matches(request.headers[.ifNoneMatch], etag) {
            return Response(status: .notModified, headers: headers)
        }
        headers[.contentType] = contentType
        return Response(
            status: .ok, headers: headers, body: ResponseBody(contentLength: size) { writer in try await self.write(to: &writer) }
        )
    }

    /// Writes the file's `size` bytes to `writer`, a chunk at a time.
    ///
    /// - Throws: 500 when the file was cut short while it was sent (an edit in place), which ends
    ///   the connection: the client sees a body shorter than its `Content-Length`, never a wrong one.
    /// - Complexity: O(size), in `size / chunkSize` reads of at most `chunkSize` bytes.
    func write(to writer: inout any ResponseBodyWriter) async throws {
        var offset = 0
        while offset < size {
            let chunk = try await read(at: offset, count: min(Self.chunkSize, size - offset))
            guard chunk.readableBytes > 0 else {
                throw ServeError(.internalServerError, "the file became shorter while it was sent")
            }
            offset += chunk.readableBytes
            try await writer.write(chunk)
        }
        try await writer.finish(nil)
    }

    /// Up to `count` bytes from `offset`, read on a Dispatch thread so that a slow disk never holds
    /// up the threads that serve connections.
    func read(at offset: Int, count: Int) async throws(ServeError) -> ByteBuffer {
        let result = await withCheckedContinuation { (continuation: CheckedContinuation<Result<ByteBuffer, ServeError>, Never>) in
            DispatchQueue.global().async { continuation.resume(returning: self.readNow(at: offset, count: count)) }
        }
        return try result.get()
    }

    /// Up to `count` bytes from `offset`, read now; fewer only at the end of the file.
    private func readNow(at offset: Int, count: Int) -> Result<ByteBuffer, ServeError> {
        var buffer = ByteBuffer()
        var failure: Int32 = 0
        buffer.writeWithUnsafeMutableBytes(minimumWritableBytes: count) { raw in
            var done = 0
            while done < count {
                let rest = UnsafeMutableRawBufferPointer(start: raw.baseAddress! + done, count: count - done)
                do {
                    let n = try FileDescriptor(rawValue: descriptor).read(
                        fromAbsoluteOffset: Int64(offset + done), into: rest, retryOnInterrupt: true)
                    if n == 0 { break }
                    done += n
                } catch {
                    failure = (error as? Errno)?.rawValue ?? EIO
                    break
                }
            }
            return done
        }
        guard failure == 0 else {
            return .failure(ServeError(.internalServerError, "cannot read: \(String(cString: strerror(failure)))"))
        }
        return .success(buffer)
    }
}
