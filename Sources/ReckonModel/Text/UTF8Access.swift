/// Runs `body` on the UTF-8 bytes of `text`, keeping `body`'s typed error.
@inline(__always)
func withUTF8Bytes<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) throws(FieldError) -> R) throws(FieldError) -> R {
    var text = text
    let result: Result<R, FieldError> = text.withUTF8 { bytes in
        do throws(FieldError) { return .success(try body(bytes)) } catch { return .failure(error) }
    }
    return try result.get()
}
