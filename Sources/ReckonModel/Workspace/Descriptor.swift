import Glibc
internal import SystemPackage

/// Reads and writes of an open file descriptor through swift-system's `FileDescriptor`, which
/// retries a call that a signal interrupted: the one place reckon reads and writes descriptors, so
/// that no caller loops on `EINTR` by hand. Failures are `errno` values, for each caller's message.
package enum Descriptor {
    /// Reads into `buffer` at most its size: the number of bytes read, 0 at the end.
    package static func read(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer) -> Result<Int, Failure> {
        do {
            return .success(try FileDescriptor(rawValue: fd).read(into: buffer, retryOnInterrupt: true))
        } catch {
            return .failure(Failure(error))
        }
    }

    /// Reads into `buffer` from `offset` in the file, without moving the descriptor's position.
    package static func read(
        _ fd: Int32, at offset: Int, into buffer: UnsafeMutableRawBufferPointer
    ) -> Result<Int, Failure> {
        do {
            return .success(
                try FileDescriptor(rawValue: fd).read(fromAbsoluteOffset: Int64(offset), into: buffer, retryOnInterrupt: true))
        } catch {
            return .failure(Failure(error))
        }
    }

    /// Writes all of `bytes`, however many calls that takes.
    package static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Result<Void, Failure> {
        do {
            _ = try FileDescriptor(rawValue: fd).writeAll(bytes)
            return .success(())
        } catch {
            return .failure(Failure(error))
        }
    }

    /// A failed call: its `errno`.
    package struct Failure: Error, Equatable {
        /// The `errno` value.
        package var code: Int32

        init(_ error: any Error) { code = (error as? Errno)?.rawValue ?? EIO }

        /// The C library's words for it: "No space left on device".
        package var reason: String { String(cString: strerror(code)) }
    }
}
