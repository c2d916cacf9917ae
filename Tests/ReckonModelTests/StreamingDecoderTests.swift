import Foundation
import ReckonTestSupport
import Synchronization
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
        // Blank CRLF lines, and a carriage return that starts a row: a piece that ends at the CR must
        // not take it for a blank line of its own.
        "date,value,source\r\n2025-01-02,x,s\r\n\r\n2025-01-01,1,s\r\n2025-01-02,x,s\r\n\r\n2025-01-02,x,s\r\n",
        "date,value\n\r2025-01-01,1\n2025-01-02,2\n",
        "date,value\r\n\r\n\r\n2025-01-01,1\r\n\r2025-01-02,2\r\n",
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

    /// `bytes` decoded a piece at a time, read at most `most` bytes a call (reads that return less
    /// than asked); pieces and halves as given (nil: the decoder's choice), and by default on one thread.
    func streamed(
        _ bytes: [UInt8], piece: Int?, halvesFrom: Int? = .max, readsOf most: Int = 5, limit: Int = FileIO.dataLimit
    ) throws -> SeriesFileDecoder.Result {
        try SeriesFileDecoder.decodeStreaming(
            read: Self.reading(bytes, atMost: most), sizeHint: bytes.count, path: "s.csv", piece: piece, halvesFrom: halvesFrom,
            limit: limit)
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

    /// Rows decoded in two halves at once, read in pieces of every size from a few bytes up: the same
    /// observations, diagnostics and string tables (strings numbered in the order first seen) as one
    /// thread reading the whole file, also where a quoted line break or an error falls in a half.
    @Test(arguments: [(8, 1), (16, 4), (64, 16), (256, 32), (4096, 64), (4096, 2048)])
    func rowsInTwoHalvesDecodeAsTheWholeFile(_ piece: Int, _ halvesFrom: Int) throws {
        var joined = 0
        for (name, bytes) in Self.inputs + Self.manySources {
            // The halves themselves: how often they were joined (a result with a file).
            var stream = SeriesFileDecoder.Stream(
                SeriesFileDecoder.Pieces(path: "s.csv", sizeHint: bytes.count), from: 0, piece: piece, limit: FileIO.dataLimit)
            defer { stream.free() }
            let read = Self.reading(bytes)
            if try stream.decodeHeader(read) == nil,
                let halves = try SeriesFileDecoder.decodeInTwo(&stream, read, sizeHint: bytes.count, from: halvesFrom),
                halves.file != nil
            {
                joined += 1
            }
            let whole = SeriesFileDecoder.decode(bytes, path: "s.csv")
            let pieces = try streamed(bytes, piece: piece, halvesFrom: halvesFrom)
            let context: Comment = "\(name), pieces of \(piece), halves from \(halvesFrom)"
            #expect(pieces.diagnostics == whole.diagnostics, context)
            #expect(pieces.file?.observations == whole.file?.observations, context)
            #expect(pieces.file?.observations.stringTables == whole.file?.observations.stringTables, context)
            #expect(
                pieces.file?.observations.daysInOrderWithValues == whole.file?.observations.daysInOrderWithValues, context)
            #expect(pieces.file?.hasBOM == whole.file?.hasBOM && pieces.file?.lineEnding == whole.file?.lineEnding, context)
            #expect(pieces.file?.headerText == whole.file?.headerText, context)
        }
        #expect(joined > 0, "no file's halves were joined, pieces of \(piece), halves from \(halvesFrom)")
    }

    /// Files whose second halves bring sources, URLs and notes of their own and the first half's
    /// again, and fill columns the first half leaves empty (and the other way round): strings to
    /// number anew when the halves are joined.
    static var manySources: [(String, [UInt8])] {
        var random = SeededGenerator(seed: 5)
        return (0..<8).map { k in
            var text = "date,value,low,high,qualifier,source,url,reported,note\n"
            for i in 0..<Int.random(in: 50...400, using: &random) {
                let source = "S\(Int.random(in: 0..<(1 + i / 20), using: &random))"
                let url = Bool.random(using: &random) ? "" : "https://example.org/\(Int.random(in: 0..<9, using: &random))"
                let note = i < 100 && k % 2 == 0 ? "" : "n\(Int.random(in: 0..<4, using: &random))"
                let bounds = i > 120 && k % 3 == 0 ? "1,9" : ","
                let qualifier = i % 7 == 0 ? "about" : ""
                let reported = i % 11 == 0 ? "2025-02-01" : ""
                let day = "2025-01-\(String(format: "%02d", 1 + i % 28))"
                text += "\(day),5,\(bounds),\(qualifier),\(source),\(url),\(reported),\(note)\n"
            }
            return ("many sources \(k)", Array(text.utf8))
        }
    }

    /// A file of more than 8 MiB, read in two halves as `Workspace.load` reads it for the command line
    /// where more than one processor is active (the pieces' size the decoder's choice), reads as the
    /// whole file does.
    @Test func aLargeFileReadsAsTheWholeFileDoes() throws {
        var text = "date,value,qualifier,source,note\n"
        let start = Day(year: 1900, month: 1, day: 1)!
        var i = 0
        while text.utf8.count < 9 << 20 {
            let note = i % 50_000 == 7 ? "\"a quoted, \"\"long\"\" note\"" : i % 3 == 0 ? "n\(i % 11)" : ""
            text += "\(Day(ordinal: start.ordinal + Int32(i))),\(i),about,Source \(i / 20_000),\(note)\n"
            i += 1
        }
        let bytes = Array(text.utf8)
        let pieces = try streamed(bytes, piece: nil, halvesFrom: 1 << 20, readsOf: .max)
        let whole = SeriesFileDecoder.decode(bytes, path: "s.csv")
        #expect(pieces.diagnostics.isEmpty && whole.diagnostics.isEmpty)
        #expect(pieces.file?.observations.count == i)
        #expect(pieces.file?.observations == whole.file?.observations)
        #expect(pieces.file?.observations.stringTables == whole.file?.observations.stringTables)
        #expect(pieces.file?.observations.daysInOrderWithValues == true)
        #expect(whole.file?.observations.daysInOrderWithValues == true)
        // One day out of order far into the file, read in halves: no longer known to be in order.
        var late = bytes
        let at = late.count * 3 / 4
        let line = late[at...].firstIndex(of: UInt8(ascii: "\n"))! + 1
        late.replaceSubrange(line..<line + 10, with: Array("1899-12-31".utf8))
        let unordered = try streamed(late, piece: nil, halvesFrom: 1 << 20, readsOf: .max)
        #expect(unordered.diagnostics.isEmpty)
        #expect(unordered.file?.observations.daysInOrderWithValues == false)
    }

    /// A stream over `bytes` (read in pieces of 64 bytes, with `read`, by default straight from them) that
    /// has read the header, and what `decodeInTwo` made of the rest: the file's result when the halves
    /// were joined, nil otherwise.
    func decodedInTwo(
        _ bytes: [UInt8], read given: FileIO.ReadAt? = nil
    ) throws -> (SeriesFileDecoder.Stream, SeriesFileDecoder.Result?) {
        let read = given ?? Self.reading(bytes)
        var stream = SeriesFileDecoder.Stream(
            SeriesFileDecoder.Pieces(path: "s.csv", sizeHint: bytes.count), from: 0, piece: 64, limit: FileIO.dataLimit)
        #expect(try stream.decodeHeader(read) == nil)
        let result = try SeriesFileDecoder.decodeInTwo(&stream, read, sizeHint: bytes.count, from: 1)
        return (stream, result)
    }

    /// The rows after the header are read in two halves, each by a thread with its own stream, and
    /// joined: the rows of both, in order, their strings numbered as one thread numbers them.
    @Test func theRowsAreReadInTwoHalves() throws {
        var text = "date,value,source\n"
        for i in 0..<1000 { text += "2025-01-\(String(format: "%02d", 1 + i % 28)),\(i),S\(999 - i)\n" }
        let (stream, result) = try decodedInTwo(Array(text.utf8))
        defer { stream.free() }
        let joined = try #require(result)
        #expect(joined.diagnostics.isEmpty)
        #expect(joined.file?.observations.map(\.value) == (0..<1000).map(Double.init))
        #expect(
            joined.file?.observations.stringTables
                == SeriesFileDecoder.decode(Array(text.utf8), path: "s.csv").file?.observations.stringTables)
    }

    /// When the second half has a problem, its work is dropped: the stream has read up to the middle,
    /// and reads the rest on one thread, which reports the problem at its line.
    @Test func aSecondHalfWithAProblemIsLeftForOneThread() throws {
        var text = "date,value\n"
        for i in 0..<100 { text += "2025-01-\(String(format: "%02d", 1 + i % 28)),\(i == 90 ? "x" : "\(i)")\n" }
        let bytes = Array(text.utf8)
        var (stream, result) = try decodedInTwo(bytes)
        defer { stream.free() }
        #expect(result == nil)
        #expect(stream.window.isEmpty && stream.offset > bytes.count / 2 && bytes[stream.offset - 1] == UInt8(ascii: "\n"))
        #expect(stream.decoder.observations.count == bytes[..<stream.offset].filter { $0 == UInt8(ascii: "\n") }.count - 1)
        #expect(stream.decoder.state.diagnostics.isEmpty)
        // The rest, read on one thread to the end: every row but the bad one, which is reported at its
        // line (row 90 is the file's line 92).
        let rest = try stream.decode(Self.reading(bytes))
        #expect(rest?.diagnostics.map(\.line) == [92])
        #expect(stream.decoder.observations.count == 99)
    }

    /// Quoted line breaks at the middle: the first half's last record does not end where the second
    /// half starts, so the halves are not joined, and the file reads as one thread reads it.
    @Test func aRecordAcrossTheMiddleIsLeftForOneThread() throws {
        // A note of 2,000 line breaks (an error) in the 100th of 200 rows of about 20 bytes: the middle
        // of the file falls in it.
        var text = "date,value,note\n"
        let longNote = "\"" + String(repeating: "\n", count: 2000) + "\""
        for i in 0..<200 { text += "2025-01-\(String(format: "%02d", 1 + i % 28)),\(i),\(i == 100 ? longNote : "n")\n" }
        let bytes = Array(text.utf8)
        var (stream, result) = try decodedInTwo(bytes)
        defer { stream.free() }
        #expect(result == nil)
        let rest = try stream.decode(Self.reading(bytes))
        let whole = SeriesFileDecoder.decode(bytes, path: "s.csv")
        #expect(rest?.diagnostics == whole.diagnostics && rest?.file?.observations == whole.file?.observations)
        #expect(whole.diagnostics.count == 1)
    }

    /// A quote the split opened by mistake: the middle falls in a long quoted note, so that the second
    /// half starts at the note's closing quote and reads the rows after it as one quoted field. It
    /// gives up at its record limit (`secondHalfRecordLimit`), not at the end of the file, and the file
    /// reads as one thread reads it.
    @Test func aQuoteOpenedAtTheSplitStopsTheSecondHalfAtItsLimit() throws {
        let limit = SeriesFileDecoder.secondHalfRecordLimit
        // A note of 2 × limit + 1,000 letters and a line break (an error), then, after its closing quote,
        // rows of 2 × limit bytes: the first line break at or after the middle is the note's.
        var text = "date,value,note\n2025-01-01,1,\"" + String(repeating: "y", count: 2 * limit + 1000) + "\n\"\n"
        let rowsFrom = text.utf8.count
        var day = Day(year: 2025, month: 1, day: 2)!
        while text.utf8.count - rowsFrom < 2 * limit {
            text += "\(day),7,n\n"
            day = day + 1
        }
        let bytes = Array(text.utf8)
        let split = rowsFrom - 2
        // The furthest byte the second half asked for.
        let furthest = Mutex(0)
        let direct = Self.reading(bytes)
        let recording: FileIO.ReadAt = { offset, buffer throws(ReckonError) -> Int in
            let n = try direct(offset, buffer)
            if offset >= split { furthest.withLock { $0 = max($0, offset + n) } }
            return n
        }
        var (stream, result) = try decodedInTwo(bytes, read: recording)
        defer { stream.free() }
        #expect(result == nil)
        // The first half's record, the note, runs on past the split: the halves are not joined.
        #expect(stream.offset < split)
        let asked = furthest.withLock { $0 }
        #expect(asked > split + limit / 2 && asked <= split + limit + 64, "\(asked - split) bytes past the split")
        let rest = try stream.decode(Self.reading(bytes))
        let whole = SeriesFileDecoder.decode(bytes, path: "s.csv")
        #expect(rest?.diagnostics == whole.diagnostics && rest?.file?.observations == whole.file?.observations)
        // The note's line break is the file's one error; every row after it is read.
        #expect(whole.diagnostics.map(\.line) == [2])
        #expect(whole.file?.observations.count == Int(day.ordinal - Day(year: 2025, month: 1, day: 2)!.ordinal))
    }

    /// `bytes` read at any offset, at most `most` bytes a read, except that a read from `missing` finds
    /// the end of the file, and a read from `failing` or past it fails.
    static func reading(
        _ bytes: [UInt8], atMost most: Int = .max, missing: Range<Int> = 0..<0, failing: Int = .max
    ) -> FileIO.ReadAt {
        { offset, buffer throws(ReckonError) -> Int in
            if offset >= failing { throw ReckonError(.io, file: "s.csv", "cannot read: Input/output error") }
            if missing.contains(offset) { return 0 }
            let end = missing.contains(offset + buffer.count) ? missing.lowerBound - offset : .max
            let n = max(0, min(buffer.count, bytes.count - offset, most, end))
            bytes.withUnsafeBytes { buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: $0[offset..<(offset + n)])) }
            return n
        }
    }

    /// Rows after the header: 4,000 days, one a line.
    static let days: [UInt8] = {
        var text = "date,value,source\n"
        for i in 0..<4000 { text += "\(Day(ordinal: 20_000 + Int32(i))),\(i),S\(i % 3)\n" }
        return Array(text.utf8)
    }()

    /// A file that ends short of the middle once the second half has been read (shrunk as it was read):
    /// the halves are not joined across the bytes the first half never read, and the rows are those one
    /// thread reads, up to where the file ended for it.
    @Test func aFileThatEndsBeforeTheMiddleIsNotJoined() throws {
        let bytes = Self.days
        let quarter = bytes[(bytes.count / 4)...].firstIndex(of: UInt8(ascii: "\n"))! + 1
        // Missing from a quarter to just before the middle, where the split is found and the second
        // half read.
        let read = Self.reading(bytes, missing: quarter..<(bytes.count / 2 - 200))
        let one = try SeriesFileDecoder.decodeStreaming(
            read: read, sizeHint: bytes.count, path: "s.csv", piece: 64, halvesFrom: .max)
        let two = try SeriesFileDecoder.decodeStreaming(
            read: read, sizeHint: bytes.count, path: "s.csv", piece: 64, halvesFrom: 1)
        #expect(two.diagnostics == one.diagnostics)
        let same = two.file?.observations == one.file?.observations
        #expect(same, "the rows one thread reads")
        #expect(one.file?.observations.count == bytes[..<quarter].filter { $0 == UInt8(ascii: "\n") }.count - 1)
    }

    /// A read that fails in the second half fails the file as it fails one thread, whichever thread
    /// meets it first; a read that fails at the middle, where the split is looked for, leaves the rows
    /// to one thread.
    @Test func aFailedReadFailsAsForOneThread() throws {
        let bytes = Self.days
        for failing in [bytes.count * 3 / 4, bytes.count / 2 + 10, bytes.count - 1] {
            let read = Self.reading(bytes, failing: failing)
            #expect(throws: ReckonError(.io, file: "s.csv", "cannot read: Input/output error")) {
                try SeriesFileDecoder.decodeStreaming(read: read, sizeHint: bytes.count, path: "s.csv", piece: 64, halvesFrom: 1)
            }
        }
        // A record that ends the reading (text after a closing quote) in the first half comes before a
        // read that would fail after the middle.
        var broken = bytes
        let fifth = (0..<5).reduce(0) { at, _ in broken[at...].firstIndex(of: UInt8(ascii: "\n"))! + 1 }
        broken.replaceSubrange(fifth..<fifth, with: Array("2024-01-01,1,\"S\"x\n".utf8))
        let one = try SeriesFileDecoder.decodeStreaming(
            read: Self.reading(broken, failing: bytes.count / 2 + 10), sizeHint: bytes.count, path: "s.csv", piece: 64,
            halvesFrom: .max)
        #expect(one.diagnostics.map(\.line) == [6])
        let two = try SeriesFileDecoder.decodeStreaming(
            read: Self.reading(broken, failing: bytes.count / 2 + 10), sizeHint: bytes.count, path: "s.csv", piece: 64,
            halvesFrom: 1)
        #expect(two.diagnostics == one.diagnostics)
    }

    /// A large file on more than one processor is read in halves from 1 MiB of rows; a small one never.
    @Test func halvesAreForLargeFilesOnSeveralProcessors() {
        let several = ProcessInfo.processInfo.activeProcessorCount > 1
        #expect(TwoThreads.halvesFrom(sizeHint: 8 << 20) == (several ? 1 << 20 : .max))
        #expect(TwoThreads.halvesFrom(sizeHint: (8 << 20) - 1) == .max)
    }

    @Test func aRecordLongerThanTheLimitIsAnError() {
        let bytes = Array("date,value,note\n2025-01-01,1,\"\(String(repeating: "x", count: 100))\"\n".utf8)
        #expect(throws: ReckonError.self) { try streamed(bytes, piece: 8, readsOf: .max, limit: 64) }
    }
}
