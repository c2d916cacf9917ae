import ReckonModel
import ReckonPull

/// The line `reckon pull` prints for a series.
struct PullLines {
    var workspace: Workspace

    func line(_ report: PullRun.Report) -> String {
        let name = workspace.shown(Workspace.csvName(report.id))
        switch report.result {
        case .notModified: return "\(name): not modified (304)"
        case .sameContent: return "\(name): unchanged (the source sent the same bytes)"
        case .failed(let error): return "\(name): \(failure(error))"
        case .pulled(let o):
            var parts = ["\(n(o.added)) added", "\(n(o.revised)) revised", "\(n(o.unchanged)) unchanged"]
            if o.skipped > 0 { parts.append("\(n(o.skipped)) without a value skipped") }
            var text = "\(name): " + parts.joined(separator: ", ")
            let shown = o.revisions.prefix(3).map { old, new in
                "\(old.date): \(number(old)) → \(number(new))"
            }
            if !shown.isEmpty {
                text += " (" + shown.joined(separator: "; ") + (o.revisions.count > 3 ? "; …" : "") + ")"
            }
            return text
        }
    }

    func failure(_ error: PullError) -> String {
        "not pulled, left as it was (status \(error.status))"
    }

    private func n(_ count: Int) -> String { NumberText.grouped(Double(count)) }

    private func number(_ o: Observation) -> String {
        if let value = o.value { return NumberText.grouped(value) }
        return "\(o.low.map { NumberText.grouped($0) } ?? "")–\(o.high.map { NumberText.grouped($0) } ?? "")"
    }
}
