internal import Yams

/// Reads YAML into Yams nodes, turning parse errors into diagnostics with line and column.
enum YAMLReading {
    /// A parsed document's root (nil when empty), or why it could not be parsed.
    enum Composed {
        case success(Node?)
        case failure(Diagnostic)
    }

    /// The root node, nil for an empty document, or a diagnostic.
    static func compose(_ text: String, path: String) -> Composed {
        do {
            return .success(try Yams.compose(yaml: text))
        } catch let error as YamlError {
            switch error {
            case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
                .composer(_, let problem, let mark, _):
                return .failure(Diagnostic(file: path, line: mark.line, column: mark.column, "invalid YAML: \(problem)"))
            default:
                return .failure(Diagnostic(file: path, "invalid YAML: \(error)"))
            }
        } catch {
            return .failure(Diagnostic(file: path, "invalid YAML: \(error)"))
        }
    }

    /// A diagnostic placed at `node`.
    static func diagnostic(_ node: Node, path: String, _ message: String, _ severity: Diagnostic.Severity = .error) -> Diagnostic
    {
        Diagnostic(severity, file: path, line: node.mark?.line, column: node.mark?.column, message)
    }

    /// Text as a YAML double-quoted scalar, which holds any string on one line.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for c in text.unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if c.value < 0x20 || c.value == 0x7F {
                    out += "\\x" + pad(Int(c.value), 2, radix: 16)
                } else {
                    out.unicodeScalars.append(c)
                }
            }
        }
        return out + "\""
    }
}

private func pad(_ n: Int, _ width: Int, radix: Int) -> String {
    let s = String(n, radix: radix, uppercase: true)
    return String(repeating: "0", count: max(0, width - s.count)) + s
}
