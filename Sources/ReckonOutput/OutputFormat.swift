/// How data commands print: a table for people, CSV or JSON for scripts.
public enum OutputFormat: String, Sendable, CaseIterable {
    case table, csv, json
}
