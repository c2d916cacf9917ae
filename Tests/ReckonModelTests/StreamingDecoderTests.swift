import Foundation
import ReckonTestSupport
import Testing

@testable import ReckonModel

/// Decoding a piece at a time gives what decoding the whole file gives: the same observations, columns
/// and header, and the same diagnostics at the same lines and columns, whatever the pieces' size.
struct StreamingDecoderTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Inputs that put quotes, line breaks, byte order marks and errors across pieces.
    static let tricky: [String] = [
        "",
        "\n\n",
        "date,value\n",
        "\u{FEFF}date,value,source\r\n2025-01-01,1,A\r\n2025-01-02,2,\"B, \"\"quoted\"\"\"\r\n",
        "date,value,note\n2025-01-01,1,\"a note\nover two lines\"\n\n2025-01-02,2,plain\n",
        "date,value,note\n2025-01-01,1,\"never closed\n2025-01-02,2,x\n",
        "date,value,note\n2025-01-01,1,\"closed\"then text\n",
        "date,value\n2025-02-30,1\n2025-01-01,one\n2025-01-02,1,2\n2025-01-03\n",
        "date,vaule\n2025-01-01,1\n",
        "no header at all\n1,2\n",
        "date,value,qualifier,source\n2025-01-01,10,about,A\n2025-01-01,12,,B\n2025-02,,,\n2025-03,5,at least,A",
    ]

    static var inputs: [(String, [UInt8])] {
        var out = tricky.enumerated().map { ("tricky \($0.offset)", Array($0.element.utf8)) }
        let fm = FileManager.default
        for folder in ["Series", "Fuzz/Corpus/series", "Fuzz/Corpus/csv"] {
            let path = repository.appendingPathComponent(folder).path
            for name in ((try? fm.contentsOfDirectory(atPath: path)) ?? []).sorted() where !name.hasSuffix(".yaml") {
                if let data = fm.contents(atPath: path + "/" + name) { out.append((folder + "/" + name, [UInt8](data))) }
            }
        }
        // Random rows with quotes and line breaks, seeded.
        var random = SeededGenerator(seed: 21)
        for k in 0..<20 {
            var text = "date,value,source,note\n"
            for i in 0..<Int.random(in: 1...60, using: &random) {
                let note = ["", "plain", "\"two\nlines\"", "\"a, b\"", "\"say \"\"hi\"\"\""].randomElement(using: &random)!
                let value = ["1", "2.5", "", "x", "1e3"].randomElement(using: &random)!
                text += "2025-01-\(String(format: "%02d", 1 + i % 28)),\(value),S\(i % 3),\(note)\n"
            }
            out.append(("random \(k)", Array(text.utf8)))
        }
        return out
    }

    func streamed(_ bytes: [UInt8], piece: Int) throws -> SeriesFileDecoder.Result {
        var offset = 0
        return try SeriesFileDecoder.decodeStreaming(
            read: { buffer throws(ReckonError) -> Int in
                // Never more than 5 bytes a call either: reads that return less than asked.
                let n = min(buffer.count, bytes.count - offset, 5)
                for i in 0..<n { buffer[i] = bytes[offset + i] }
                offset += n
                return n
            }, sizeHint: bytes.count, path: "s.csv", piece: piece)
    }

    @Test(arguments: [1, 2, 3, 7, 64, 4096])
    func piecesOfAnySizeDecodeAsTheWholeFile(_ piece: Int) throws {
        for (name, bytes) in Self.inputs {
            let whole = SeriesFileDecoder.decode(bytes, path: "s.csv")
            let pieces = try streamed(bytes, piece: piece)
            #expect(pieces.diagnostics == whole.diagnostics, "\(name), pieces of \(piece)")
            #expect(pieces.file?.observations == whole.file?.observations, "\(name), pieces of \(piece)")
            #expect(pieces.file?.columns == whole.file?.columns, "\(name)")
            #expect(pieces.file?.hasBOM == whole.file?.hasBOM && pieces.file?.lineEnding == whole.file?.lineEnding, "\(name)")
            #expect(pieces.file?.headerText == whole.file?.headerText, "\(name)")
        }
    }

    @Test func aRecordLongerThanTheLimitIsAnError() {
        let bytes = Array("date,value,note\n2025-01-01,1,\"\(String(repeating: "x", count: 100))\"\n".utf8)
        var offset = 0
        #expect(throws: ReckonError.self) {
            try SeriesFileDecoder.decodeStreaming(
                read: { buffer throws(ReckonError) -> Int in
                    let n = min(buffer.count, bytes.count - offset)
                    for i in 0..<n { buffer[i] = bytes[offset + i] }
                    offset += n
                    return n
                }, sizeHint: bytes.count, path: "s.csv", piece: 8, limit: 64)
        }
    }
}
