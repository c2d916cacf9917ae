public import ArgumentParser
public import ReckonAnalysis
public import ReckonChart
public import ReckonExtract
public import ReckonModel
import ReckonOutput

// Options that take one of a fixed set of values are these enumerations: `--help` lists the values,
// shell completions offer them, and a wrong value is a usage error (64) that names them.

extension OutputFormat: ExpressibleByArgument {}
extension Combine: ExpressibleByArgument {}
extension Interpolation: ExpressibleByArgument {}
extension Statistic: ExpressibleByArgument {}
extension PeriodUnit: ExpressibleByArgument {}
extension TrendFit: ExpressibleByArgument {}
extension SeriesKind: ExpressibleByArgument {}
extension Qualifier: ExpressibleByArgument {}
extension Language: ExpressibleByArgument {}
extension DocumentReader.Format: ExpressibleByArgument {}
extension LayerSpec.Mark: ExpressibleByArgument {}
extension LayerSpec.Split: ExpressibleByArgument {}
extension ChartSpec.Facet: ExpressibleByArgument {}
extension ChartSpec.Theme: ExpressibleByArgument {}
