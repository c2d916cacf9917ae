/// Rows on their way into an ``Observations``: the decoder's plain rows are written here, each field
/// into a fixed buffer, and appended to the observations' columns a run at a time, so that a row
/// costs a few stores instead of an array append (a uniqueness and a capacity check) per column.
///
/// A class, because it owns its buffers (allocated once a file, freed with it); the decoder keeps one
/// and never shares it.
final class RowBatch {
    /// The most rows a batch holds; the decoder appends it to the observations when it is full.
    static let capacity = 4096

    private(set) var count = 0
    var isFull: Bool { count == Self.capacity }

    let dates = UnsafeMutablePointer<ObservationDate>.allocate(capacity: capacity)
    let values = UnsafeMutablePointer<Double>.allocate(capacity: capacity)
    let lows = UnsafeMutablePointer<Double>.allocate(capacity: capacity)
    let highs = UnsafeMutablePointer<Double>.allocate(capacity: capacity)
    let qualifiers = UnsafeMutablePointer<Qualifier?>.allocate(capacity: capacity)
    let sources = UnsafeMutablePointer<Int32>.allocate(capacity: capacity)
    let urls = UnsafeMutablePointer<Int32>.allocate(capacity: capacity)
    let notes = UnsafeMutablePointer<Int32>.allocate(capacity: capacity)
    let reported = UnsafeMutablePointer<Int32>.allocate(capacity: capacity)
    /// Which optional columns some row of the batch fills: a column no observation has fills no
    /// room in ``Observations``, so an empty column stays empty while the batch gives it nothing.
    private(set) var used = Used()
    /// Whether every row is a single day after the one before, with a value
    /// (``Observations/daysInOrderWithValues``), and the first row's day and the last's.
    private(set) var daysInOrder = true
    private(set) var firstDay: Int32 = 0
    private var lastDay: Int32 = 0

    /// The optional columns filled.
    struct Used {
        var lows = false, highs = false, qualifiers = false, sources = false, urls = false, notes = false
        var reported = false
    }

    /// Adds a row, its fields stored as ``Observations`` stores them (``StoredNumber/none``, -1 and
    /// `Int32.min` for none). The batch must not be full.
    @inline(__always)
    func add(
        date: ObservationDate, value: Double?, low: Double?, high: Double?, qualifier: Qualifier?, source: Int32?,
        url: Int32?, reported day: Day?, note: Int32?
    ) {
        let i = count
        (dates + i).initialize(to: date)
        (values + i).initialize(to: StoredNumber.stored(value))
        (lows + i).initialize(to: StoredNumber.stored(low))
        (highs + i).initialize(to: StoredNumber.stored(high))
        (qualifiers + i).initialize(to: qualifier)
        (sources + i).initialize(to: source ?? -1)
        (urls + i).initialize(to: url ?? -1)
        (notes + i).initialize(to: note ?? -1)
        (reported + i).initialize(to: day?.ordinal ?? Int32.min)
        used.lows = used.lows || low != nil
        used.highs = used.highs || high != nil
        used.qualifiers = used.qualifiers || qualifier != nil
        used.sources = used.sources || source != nil
        used.urls = used.urls || url != nil
        used.notes = used.notes || note != nil
        used.reported = used.reported || day != nil
        let ordinal = date.first.ordinal
        daysInOrder = daysInOrder && date.isDay && value != nil && (i == 0 || ordinal > lastDay)
        if i == 0 { firstDay = ordinal }
        lastDay = ordinal
        count = i + 1
    }

    /// Empties the batch once its rows are appended.
    func removeAll() {
        dates.deinitialize(count: count)
        qualifiers.deinitialize(count: count)
        count = 0
        used = Used()
        daysInOrder = true
    }

    deinit {
        removeAll()
        dates.deallocate()
        values.deallocate()
        lows.deallocate()
        highs.deallocate()
        qualifiers.deallocate()
        sources.deallocate()
        urls.deallocate()
        notes.deallocate()
        reported.deallocate()
    }
}
