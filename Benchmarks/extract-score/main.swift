import Foundation
import ReckonExtract

// `make bench`: the extractor's precision, recall and F1 on the corpus written for its tests, each
// language alone and all together, then on the held-out passages, and its speed on a large page.

let folder = CommandLine.arguments.dropFirst().first ?? "Tests/ReckonExtractTests/Corpus"

func passages(_ name: String) -> [Evaluation.Passage] {
    let path = folder + "/" + name + ".txt"
    guard let text = try? String(contentsOfFile: path, encoding: .utf8),
        let read = try? Evaluation.passages(text, path: path)
    else {
        FileHandle.standardError.write(Data("reckon-extract-score: cannot read \(path)\n".utf8))
        exit(66)
    }
    return read
}

func score(_ passages: [Evaluation.Passage]) -> Evaluation {
    var e = Evaluation()
    for p in passages { e.add(Extractor().extract(p.document), expected: p.expected) }
    return e
}

func line(_ name: String, _ e: Evaluation) -> String {
    func f(_ x: Double) -> String { String(format: "%.3f", x) }
    return name.padding(toLength: 10, withPad: " ", startingAt: 0)
        + " \(String(e.expected).leftPadded(4)) rows   figures P \(f(e.figurePrecision)) R \(f(e.figureRecall)) F1 \(f(e.figureF1))"
        + "   all right P \(f(e.rowPrecision)) R \(f(e.rowRecall)) F1 \(f(e.rowF1))"
}

extension String {
    func leftPadded(_ n: Int) -> String { String(repeating: " ", count: max(0, n - count)) + self }
}

print("extraction scores (figures: value or bounds and unit; all right: also qualifier, date and source)")
var all: [Evaluation.Passage] = []
for language in Language.allCases {
    let read = passages(language.rawValue)
    all += read
    print(line(language.rawValue, score(read)))
}
print(line("corpus", score(all)))
print(line("held-out", score(passages("heldout"))))

// Speed: a 10 MB page of news sentences (RECKON_EXTRACT_MB for another size).
let megabytes = Int(ProcessInfo.processInfo.environment["RECKON_EXTRACT_MB"] ?? "") ?? 10
let sentence = "North Korea sent an additional 3,000 troops to Russia on Thursday, the JCS said. "
let page = String(repeating: sentence, count: megabytes * 1_000_000 / sentence.utf8.count)
let start = Date()
let found = Extractor().extract(Document(text: page, published: nil))
let seconds = Date().timeIntervalSince(start)
print(
    String(
        format: "%d MB page: %d candidates in %.2f s (%.1f MB/s)", megabytes, found.count, seconds, Double(megabytes) / seconds))
