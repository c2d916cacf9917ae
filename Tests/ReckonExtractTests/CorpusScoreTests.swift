import Foundation
import ReckonExtract
import ReckonModel
import Testing

/// The corpus of passages written for these tests, in every supported language, scored as
/// `make bench` prints it: the extractor must find the figures (F1 ≥ 0.9) and get qualifier, date and
/// source right on most of them (F1 ≥ 0.7).
struct CorpusScoreTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Corpus")

    static func passages() throws -> [Evaluation.Passage] {
        var all: [Evaluation.Passage] = []
        for language in Language.allCases {
            let url = folder.appendingPathComponent("\(language.rawValue).txt")
            all += try Evaluation.passages(String(contentsOf: url, encoding: .utf8), path: url.path)
        }
        return all
    }

    @Test func everyLanguageHasPassages() throws {
        let names = try Self.passages().map(\.name)
        for language in Language.allCases {
            #expect(names.filter { $0.hasPrefix(language.rawValue + "-") }.count >= 5, "\(language)")
        }
    }

    @Test func scoresMeetTheThresholds() throws {
        var total = Evaluation()
        for passage in try Self.passages() {
            let found = Extractor().extract(passage.document)
            var one = Evaluation()
            one.add(found, expected: passage.expected)
            total.add(found, expected: passage.expected)
            if one.rowsRight < max(one.extracted, one.expected) {
                print("-- \(passage.name)")
                for c in found {
                    print(
                        "   got", c.value ?? c.low ?? -1, c.high ?? -1, c.unit ?? "-", c.qualifier?.rawValue ?? "-",
                        c.date?.description ?? "-", c.source ?? "-")
                }
                for e in passage.expected {
                    print(
                        "  want", e.value ?? e.low ?? -1, e.high ?? -1, e.unit ?? "-", e.qualifier?.rawValue ?? "-",
                        e.date?.description ?? "-", e.source ?? "-")
                }
            }
        }
        print("figures: precision \(total.figurePrecision) recall \(total.figureRecall) F1 \(total.figureF1)")
        print("rows: precision \(total.rowPrecision) recall \(total.rowRecall) F1 \(total.rowF1)")
        #expect(total.figureF1 >= 0.9)
        #expect(total.rowF1 >= 0.7)
    }
}

extension CorpusScoreTests {
    /// The held-out passages, never used to tune the extractor: scored and printed, and required only
    /// to be read and to find most figures.
    @Test func heldOutPassagesAreScored() throws {
        let url = Self.folder.appendingPathComponent("heldout.txt")
        let passages = try Evaluation.passages(String(contentsOf: url, encoding: .utf8), path: url.path)
        var total = Evaluation()
        for p in passages { total.add(Extractor().extract(p.document), expected: p.expected) }
        print("held-out figures F1 \(total.figureF1), all right F1 \(total.rowF1)")
        #expect(passages.count >= 10)
        #expect(total.figureF1 >= 0.5)
    }
}
