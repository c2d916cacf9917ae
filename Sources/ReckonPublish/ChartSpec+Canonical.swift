public import ReckonChart

extension ChartSpec {
    /// The spec without where it was written: the form whose printed text is hashed to tell whether
    /// a chart's inputs changed, so a comment or a moved chart in `reckon.yaml` renders nothing again.
    public var canonical: ChartSpec {
        var spec = self
        spec.line = 0
        for i in spec.layers.indices { spec.layers[i].line = 0 }
        return spec
    }
}
