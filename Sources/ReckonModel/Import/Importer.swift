/// Reads an import file from disk.
public enum Importer {
    /// Reads and parses `file`; any problem in it is a `.badData` error listing them all.
    public static func read(file: String, options: ImportOptions) throws(ReckonError) -> ImportReader.Result {
        let bytes = try FileIO.read(file, shown: file)
        let result = ImportReader.read(bytes, path: file, options: options)
        guard result.diagnostics.isEmpty else { throw ReckonError(.badData, result.diagnostics) }
        return result
    }
}
