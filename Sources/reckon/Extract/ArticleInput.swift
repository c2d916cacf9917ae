import ReckonExtract
import ReckonModel
import SystemPackage

/// The article `extract` reads: a file, or standard input for `-`, at most
/// `DocumentReader.maximumBytes` of it either way.
enum ArticleInput {
    static func read(_ file: String) throws(ReckonError) -> [UInt8] {
        guard file == "-" else { return try FileIO.read(file, shown: file, limit: DocumentReader.maximumBytes) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while bytes.count <= DocumentReader.maximumBytes {
            let n: Int
            switch chunk.withUnsafeMutableBytes({ Descriptor.read(0, into: $0) }) {
            case .failure(let error): throw ReckonError(.io, file: "<stdin>", "cannot read: error \(error.code)")
            case .success(let count): n = count
            }
            if n == 0 { return bytes }
            bytes.append(contentsOf: chunk[0..<n])
        }
        throw ReckonError(
            .badData, file: "<stdin>", "the input is larger than \(DocumentReader.maximumBytes >> 20) MiB, the most extract reads"
        )
    }
}
