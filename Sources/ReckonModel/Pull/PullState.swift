internal import Foundation

/// What `reckon pull` remembers between runs, per series: the source's validators (`ETag`,
/// `Last-Modified`) for a conditional request and the hash of the bytes last imported. Kept in
/// `Series/.pull-state.json` (see ``Workspace/pullStateName``), never in the series files; losing it
/// costs one full download, nothing else.
public struct PullState: Sendable, Equatable, Codable {
    /// One series' memory of its source.
    public struct Entry: Sendable, Equatable, Codable {
        /// The URL fetched.
        public var url: String
        /// The mapping it was read with (``ImportOptions/summary``): a new mapping reads the file again.
        public var mapping: String
        /// The `ETag` the source last sent.
        public var etag: String?
        /// The `Last-Modified` the source last sent.
        public var lastModified: String?
        /// The hash of the bytes last imported.
        public var hash: String?

        /// What was fetched from `url` read with `mapping`.
        public init(url: String, mapping: String, etag: String? = nil, lastModified: String? = nil, hash: String? = nil) {
            self.url = url
            self.mapping = mapping
            self.etag = etag
            self.lastModified = lastModified
            self.hash = hash
        }

        enum CodingKeys: String, CodingKey {
            case url, mapping, etag
            case lastModified = "last-modified"
            case hash
        }
    }

    /// The entries, by series id.
    public var series: [String: Entry] = [:]

    /// No memory yet.
    public init() {}

    /// The state in `bytes`; nil when they are not a state file.
    static func decode(_ bytes: [UInt8]) -> PullState? {
        try? JSONDecoder().decode(PullState.self, from: Data(bytes))
    }

    /// The file's bytes: JSON with sorted keys, so the same state is the same file.
    func encoded() -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return ((try? encoder.encode(self)).map(Array.init) ?? Array("{}".utf8)) + [0x0A]
    }
}
