package import Yams

/// Reads YAML into Yams nodes, turning parse errors into diagnostics with line and column. Every
/// YAML file reckon reads (`reckon.yaml`, sidecars) is read here.
package enum YAMLReading {
    /// The most nodes a document may have once its aliases are expanded: an alias repeats what it
    /// names, so a file of a few megabytes could otherwise stand for billions of values.
    package static let maximumNodes = 2_000_000

    /// A parsed document's root (nil when empty), or why it could not be parsed.
    package enum Composed {
        case success(Node?)
        case failure(Diagnostic)
    }

    /// The root node, nil for an empty document, or a diagnostic.
    package static func compose(_ text: String, path: String) -> Composed {
        do {
            let root = try Yams.compose(yaml: text)
            if let root, expandsPastLimit(root) {
                return .failure(
                    Diagnostic(
                        file: path,
                        "the YAML holds more than \(NumberText.grouped(Double(maximumNodes))) values once its aliases (*name) are expanded"
                    ))
            }
            return .success(root)
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

    /// Whether `root`, with every alias expanded, has more than ``maximumNodes`` nodes.
    ///
    /// - Complexity: O(``maximumNodes``) at most, whatever the document.
    static func expandsPastLimit(_ root: Node) -> Bool {
        var stack = [root]
        var count = 0
        while let node = stack.popLast() {
            count += 1
            if count > maximumNodes { return true }
            switch node {
            case .mapping(let mapping):
                for (key, value) in mapping {
                    stack.append(key)
                    stack.append(value)
                }
            case .sequence(let sequence): stack.append(contentsOf: sequence)
            default: break
            }
        }
        return false
    }

    /// A diagnostic placed at `node`: the one way a problem in a YAML file is located.
    package static func diagnostic(
        _ node: Node, path: String, _ message: String, _ severity: Diagnostic.Severity = .error
    ) -> Diagnostic {
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
