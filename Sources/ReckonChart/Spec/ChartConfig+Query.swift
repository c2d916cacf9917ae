import ReckonAnalysis
internal import Yams

/// A layer's query keys, read through the query's own parameter table: the same values and the same
/// checks as `reckon query` and `reckon serve`, written as YAML writes them.
extension ChartConfig.Reader {
    /// Sets the query parameter `name` from its node, or says at the node why not.
    mutating func queryField(_ name: String, _ node: Node, into query: inout QueryOptions) {
        guard let parameter = QueryOptions.parameter(named: name), let text = queryText(node, parameter) else { return }
        do throws(AnalysisError) {
            try parameter.set(text, in: &query)
        } catch {
            self.error(node, error.message(.key))
        }
    }

    /// The node's value as the parameter's text: YAML's booleans and whole numbers in their plain form.
    private mutating func queryText(_ node: Node, _ parameter: QueryParameter) -> String? {
        switch parameter.value {
        case .flag: return bool(node, parameter.name).map { $0 ? "true" : "false" }
        case .text: return string(node, parameter.name)
        case .wholeDays(let range): return int(node, parameter.name, range).map(String.init)
        case .day, .days, .choice:
            guard let text = node.scalar?.string else {
                error(node, "'\(parameter.name)' must be \(parameter.value.expected)")
                return nil
            }
            return text
        }
    }
}
