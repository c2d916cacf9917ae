import ReckonOutput

#if canImport(Glibc)
    import Glibc
#endif

/// Writes a listing's bytes to standard output in as few `write` calls as the system takes, without
/// making a `String` of them first. A closed pipe (`reckon query … | head`) ends the writing quietly.
func writeStandardOutput(_ out: ByteWriter) {
    out.bytes.withUnsafeBytes { buffer in
        var offset = 0
        while offset < buffer.count {
            let n = write(STDOUT_FILENO, buffer.baseAddress! + offset, buffer.count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                return
            }
            offset += n
        }
    }
}
