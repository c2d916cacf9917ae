import ReckonCairo
import ReckonChart

/// The adapter to ReckonCairo: PNG at the spec's scale, SVG (Cairo's outlines) with ids prefixed by the
/// chart's id, and PDF dated with the data's last day, so that the same chart gives the same bytes on
/// any day.
enum CairoBackend {
    /// The bytes of `output` (built from `spec`) in `format`: SVG, PDF, or PNG for any other.
    static func encode(
        _ output: ChartBuilder.Output, spec: ChartSpec, format: ChartSpec.FileFormat
    ) throws(CairoError) -> [UInt8] {
        switch format {
        case .svg: try Renderer.svg(output.scene, idPrefix: spec.id)
        case .pdf: try Renderer.pdf(output.scene, date: (output.lastDay?.description ?? "2000-01-01") + "T00:00:00Z")
        default: try Renderer.png(output.scene, scale: spec.scale)
        }
    }
}
