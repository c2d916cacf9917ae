public import ReckonChart
import ReckonModel

/// Frozen versions of charts (`archive: true`): every version whose content changed is kept as
/// `archive/<chart>/<last-data-date>-<short-hash>.<format>` in the output folder and never rewritten,
/// so a report can cite the chart as it stood.
public enum Archive {
    /// The archive's folder in the output folder.
    public static let folderName = "archive"
    /// The most versions of one chart listed (the oldest beyond it are left out of listings, not
    /// deleted).
    public static let maximumListed = 10_000

    /// One kept version of a chart.
    public struct Version: Sendable, Equatable {
        /// `<last-data-date>-<short-hash>`, the file names' stem.
        public var name: String
        /// The last day of the version's data, or `undated`.
        public var date: String
        /// The short hash of the version's content (`0123abcd`): what tells apart versions of the
        /// same data, such as a chart whose title changed.
        public var shortHash: String { String(name.suffix(8)) }
        /// The version's files, relative to the output folder, in format order.
        public var files: [(format: ChartSpec.FileFormat, path: String)]

        /// Versions are equal when their names and files are.
        public static func == (a: Version, b: Version) -> Bool {
            a.name == b.name && a.files.map(\.path) == b.files.map(\.path)
        }
    }

    /// Keeps the version of chart `id` now in `options.folder` (its primary files in those of `formats`
    /// that it has) unless it is kept already; returns the files written, relative to the folder.
    ///
    /// The short hash is taken over the bytes of all those files, so the same chart rendered again
    /// keeps nothing new, and any change to any of its files keeps a new version.
    static func keep(
        _ id: String, formats: [ChartSpec.FileFormat], lastDay: Day?, options: RenderOptions
    ) throws(ReckonError) -> [String] {
        var hash = ContentHash()
        var files: [(ChartSpec.FileFormat, [UInt8])] = []
        for format in formats {
            let name = id + "." + format.fileExtension
            guard FileIO.exists(options.folder + "/" + name) else { continue }
            let bytes = try FileIO.read(options.folder + "/" + name, shown: options.shownFolder + "/" + name)
            hash.update(name)
            hash.update(bytes)
            files.append((format, bytes))
        }
        let stem = (lastDay?.description ?? "undated") + "-" + hash.hex().prefix(8)
        let folder = folderName + "/" + id
        try AtomicFile.makeFolder(options.folder + "/" + folder)
        AtomicFile.removeLeftovers(in: options.folder + "/" + folder)
        // A version's files are kept together or not at all (a full disk keeps none of them).
        var written: [String] = []
        var staged = StagedFiles()
        for (format, bytes) in files {
            let name = folder + "/" + stem + "." + format.fileExtension
            guard !FileIO.exists(options.folder + "/" + name) else { continue }
            try staged.stage(bytes, to: options.folder + "/" + name, shown: options.shownFolder + "/" + name)
            written.append(name)
        }
        try staged.commit()
        return written
    }

    /// The kept versions of chart `id` in the output folder `folder`, oldest first (by date, then
    /// name); none when it has no archive.
    public static func versions(of id: String, in folder: String) -> [Version] {
        let names = (try? FileIO.list(folder + "/" + folderName + "/" + id, shown: id)) ?? []
        var byStem: [String: [(ChartSpec.FileFormat, String)]] = [:]
        for name in names.prefix(maximumListed) {
            guard let format = ChartSpec.FileFormat(fileName: name), let stem = stem(of: name, format) else { continue }
            byStem[stem, default: []].append((format, folderName + "/" + id + "/" + name))
        }
        return byStem.keys.sorted().map { stem in
            let files = byStem[stem]!.sorted { a, b in
                ChartSpec.FileFormat.allCases.firstIndex(of: a.0)! < ChartSpec.FileFormat.allCases.firstIndex(of: b.0)!
            }
            return Version(name: stem, date: String(stem.dropLast(9)), files: files.map { (format: $0.0, path: $0.1) })
        }
    }

    /// The stem of an archived file's name (`2026-08-08-0123abcd`), or nil for any other file.
    static func stem(of name: String, _ format: ChartSpec.FileFormat) -> String? {
        let stem = String(name.dropLast(format.fileExtension.count + 1))
        guard stem.count > 9, stem.hasPrefix(".") == false else { return nil }
        let hash = stem.suffix(8)
        let date = stem.dropLast(9)
        guard stem.dropLast(8).hasSuffix("-"), hash.allSatisfy({ $0.isHexDigit && !$0.isUppercase }),
            date == "undated" || (try? ObservationDate.parseDay(String(date))) != nil
        else { return nil }
        return stem
    }
}
