/// A series' observations, kept in columns: a collection of ``Observation`` values that stores each
/// field as a flat array instead of each observation as a struct.
///
/// A million rows are read at once to draw a chart, and most files fill few columns, so a column no
/// observation uses takes no room, sources, URLs and notes are stored once each and referred to by
/// number, and analysis reads the columns in place (the selection of a sorted single-source series
/// shares them rather than copying). A daily `date,value,qualifier,source` row takes 29 bytes instead of
/// a 72-byte ``Observation``.
///
/// Reading an element builds its ``Observation``; setting, appending and replacing keep the columns in
/// step, so the collection behaves as an array of observations would.
///
/// - Complexity: element access O(1); appending amortized O(1); replacing a range O(n).
public struct Observations: Sendable {
    /// The day or period of each observation.
    package private(set) var dates: [ObservationDate] = []
    /// Each value, ``StoredNumber/none`` where there is none.
    package private(set) var storedValues: [Double] = []
    /// Each lower bound as ``storedValues``; empty when no observation has one.
    package private(set) var storedLows: [Double] = []
    /// Each upper bound as ``storedValues``; empty when no observation has one.
    package private(set) var storedHighs: [Double] = []
    /// Each qualifier; empty when no observation has one.
    package private(set) var qualifiers: [Qualifier?] = []
    /// Each source's number in ``sources``, -1 for none; empty when no observation has one.
    package private(set) var sourceIndex: [Int32] = []
    /// The distinct sources, in the order first seen.
    package private(set) var sources = StringTable()
    private var urlIndex: [Int32] = []
    private var urls = StringTable()
    private var noteIndex: [Int32] = []
    private var notes = StringTable()
    /// Each reported day's ordinal, `Int32.min` for none; empty when no observation has one.
    private var reportedOrdinals: [Int32] = []
    /// The capacity reserved, which a column filled later reserves too.
    private var reserved = 0
    /// Whether every observation is known to be a single day after the one before, with a value: noted
    /// as rows are appended, so that a series as the store keeps it (and as the decoder reads it) is
    /// known to be in order without another pass over it. False says only that it is not known: setting
    /// an element forgets it (a replacement elsewhere than at the end rebuilds the columns by appending,
    /// and so notes it again).
    package private(set) var daysInOrderWithValues = true

    /// No observations.
    public init() {}

    /// The observations of `array`, in its order.
    public init(_ array: [Observation]) {
        reserveCapacity(array.count)
        for o in array { append(o) }
    }

    /// The number of observations.
    public var count: Int { dates.count }

    /// The value of observation `i`, when it has one.
    @inline(__always) package func value(_ i: Int) -> Double? { StoredNumber.number(storedValues[i]) }
    /// The lower bound of observation `i`, when it has one.
    @inline(__always) package func low(_ i: Int) -> Double? {
        storedLows.isEmpty ? nil : StoredNumber.number(storedLows[i])
    }
    /// The upper bound of observation `i`, when it has one.
    @inline(__always) package func high(_ i: Int) -> Double? {
        storedHighs.isEmpty ? nil : StoredNumber.number(storedHighs[i])
    }
    /// The qualifier of observation `i`.
    @inline(__always) package func qualifier(_ i: Int) -> Qualifier? { qualifiers.isEmpty ? nil : qualifiers[i] }
    /// The source of observation `i` (not the series' default).
    @inline(__always) package func source(_ i: Int) -> String? { sourceIndex.isEmpty ? nil : sources[sourceIndex[i]] }
    /// The URL of observation `i`.
    package func url(_ i: Int) -> String? { urlIndex.isEmpty ? nil : urls[urlIndex[i]] }
    /// The note of observation `i`.
    package func note(_ i: Int) -> String? { noteIndex.isEmpty ? nil : notes[noteIndex[i]] }
    /// The reported day of observation `i`, when it was given.
    @inline(__always) package func reported(_ i: Int) -> Day? {
        guard !reportedOrdinals.isEmpty, reportedOrdinals[i] != Int32.min else { return nil }
        return Day(ordinal: reportedOrdinals[i])
    }
    /// The day observation `i` was published: its reported day, or the last day of its date.
    @inline(__always) package func reportedDay(_ i: Int) -> Day { reported(i) ?? dates[i].last }
    /// The central value of observation `i`: its value, the middle of its range, or its one bound.
    @inline(__always) package func central(_ i: Int) -> Double {
        if let v = value(i) { return v }
        if let l = low(i), let h = high(i) { return (l + h) / 2 }
        return low(i) ?? high(i) ?? .nan
    }
    /// The distinct sources, URLs and notes, each in the order first seen: what the decoder numbered,
    /// for tests that compare two ways of reading a file.
    package var stringTables: [[String]] { [sources.strings, urls.strings, notes.strings] }
    /// Whether any observation has a reported day.
    package var hasReported: Bool { !reportedOrdinals.isEmpty }

    /// Appends an observation whose strings are already numbered in this collection's tables (see
    /// ``internSource(_:)``): the decoder's way, which makes no ``Observation`` per row.
    package mutating func appendRow(
        date: ObservationDate, value: Double?, low: Double?, high: Double?, qualifier: Qualifier?, source: Int32?,
        url: Int32?, reported: Day?, note: Int32?
    ) {
        let before = count
        daysInOrderWithValues =
            daysInOrderWithValues && date.isDay && value != nil && (before == 0 || date.first > dates[before - 1].first)
        Self.append(low.map(StoredNumber.stored), to: &storedLows, none: StoredNumber.none, count: before, reserve: reserved)
        Self.append(high.map(StoredNumber.stored), to: &storedHighs, none: StoredNumber.none, count: before, reserve: reserved)
        Self.append(qualifier.map { $0 }, to: &qualifiers, none: nil, count: before, reserve: reserved)
        Self.append(source, to: &sourceIndex, none: -1, count: before, reserve: reserved)
        Self.append(url, to: &urlIndex, none: -1, count: before, reserve: reserved)
        Self.append(note, to: &noteIndex, none: -1, count: before, reserve: reserved)
        Self.append(reported?.ordinal, to: &reportedOrdinals, none: Int32.min, count: before, reserve: reserved)
        dates.append(date)
        storedValues.append(StoredNumber.stored(value))
    }

    /// Appends the rows of `batch` (whose strings are numbered in this collection's tables) and empties it.
    mutating func append(_ batch: RowBatch) {
        let (before, n, used) = (count, batch.count, batch.used)
        guard n > 0 else { return }
        daysInOrderWithValues =
            daysInOrderWithValues && batch.daysInOrder && (before == 0 || batch.firstDay > dates[before - 1].first.ordinal)
        Self.append(batch.lows, n, used.lows, to: &storedLows, none: StoredNumber.none, count: before, reserve: reserved)
        Self.append(batch.highs, n, used.highs, to: &storedHighs, none: StoredNumber.none, count: before, reserve: reserved)
        Self.append(batch.qualifiers, n, used.qualifiers, to: &qualifiers, none: nil, count: before, reserve: reserved)
        Self.append(batch.sources, n, used.sources, to: &sourceIndex, none: -1, count: before, reserve: reserved)
        Self.append(batch.urls, n, used.urls, to: &urlIndex, none: -1, count: before, reserve: reserved)
        Self.append(batch.notes, n, used.notes, to: &noteIndex, none: -1, count: before, reserve: reserved)
        Self.append(batch.reported, n, used.reported, to: &reportedOrdinals, none: Int32.min, count: before, reserve: reserved)
        dates.append(contentsOf: UnsafeBufferPointer(start: batch.dates, count: n))
        storedValues.append(contentsOf: UnsafeBufferPointer(start: batch.values, count: n))
        batch.removeAll()
    }

    /// Appends the observations of `other`, in order: the same observations as appending them one by
    /// one, column by column. With `onTwoThreads`, the dates are copied on another thread while the
    /// other columns are (see `TwoThreads`): most of a large copy's time is the kernel's, mapping the
    /// memory it is copied to.
    ///
    /// - Complexity: O(`other.count` + the distinct sources, URLs and notes of `other`).
    package mutating func append(contentsOf other: Observations, onTwoThreads: Bool = false) {
        // The strings `other`'s tables hold and these lack are numbered in `other`'s table order: the
        // order appending one by one numbers them when those tables hold just the strings of `other`'s
        // rows in the order first seen, as the decoder's do.
        let (before, n) = (count, other.count)
        guard n > 0 else { return }
        daysInOrderWithValues =
            daysInOrderWithValues && other.daysInOrderWithValues
            && (before == 0 || other.dates[0].first > dates[before - 1].first)
        let source = Self.renumbered(other.sourceIndex, other.sources, into: &sources)
        let url = Self.renumbered(other.urlIndex, other.urls, into: &urls)
        let note = Self.renumbered(other.noteIndex, other.notes, into: &notes)
        // The dates apart from the other columns, so that each thread appends to columns of its own.
        var dates = self.dates
        self.dates = []
        defer { self.dates = dates }
        if onTwoThreads, n >= TwoThreads.indicesForTwoThreads {
            _ = TwoThreads.both(
                { dates.append(contentsOf: other.dates) },
                { appendColumns(of: other, sources: source, urls: url, notes: note, after: before) })
        } else {
            dates.append(contentsOf: other.dates)
            appendColumns(of: other, sources: source, urls: url, notes: note, after: before)
        }
    }

    /// Appends the columns of `other` but its dates (and its string numbers, as renumbered), after the
    /// first `before` rows. Called while the dates are out of `self` (``count`` is 0 then), so it
    /// counts on `before` alone.
    private mutating func appendColumns(
        of other: Observations, sources: [Int32], urls: [Int32], notes: [Int32], after before: Int
    ) {
        let n = other.count
        Self.append(other.storedLows, n, to: &storedLows, none: StoredNumber.none, count: before, reserve: reserved)
        Self.append(other.storedHighs, n, to: &storedHighs, none: StoredNumber.none, count: before, reserve: reserved)
        Self.append(other.qualifiers, n, to: &qualifiers, none: nil, count: before, reserve: reserved)
        Self.append(sources, n, to: &sourceIndex, none: -1, count: before, reserve: reserved)
        Self.append(urls, n, to: &urlIndex, none: -1, count: before, reserve: reserved)
        Self.append(notes, n, to: &noteIndex, none: -1, count: before, reserve: reserved)
        Self.append(other.reportedOrdinals, n, to: &reportedOrdinals, none: Int32.min, count: before, reserve: reserved)
        storedValues.append(contentsOf: other.storedValues)
    }

    /// A column of string numbers in `table` as numbers in `target`, numbering there the strings it
    /// lacks, in `table`'s order; the column itself when the numbers are the same.
    private static func renumbered(_ column: [Int32], _ table: StringTable, into target: inout StringTable) -> [Int32] {
        guard !column.isEmpty else { return column }
        let numbers = table.strings.map { target.intern($0) }
        guard numbers.indices.contains(where: { numbers[$0] != Int32($0) }) else { return column }
        return column.map { $0 < 0 ? $0 : numbers[Int($0)] }
    }

    /// Appends another collection's optional column of `n` rows: `none` for each when it is empty
    /// and this column is not; nothing while both are empty.
    private static func append<T>(_ new: [T], _ n: Int, to column: inout [T], none: T, count: Int, reserve: Int) {
        guard !new.isEmpty else {
            if !column.isEmpty { column.append(contentsOf: repeatElement(none, count: n)) }
            return
        }
        new.withUnsafeBufferPointer {
            append($0.baseAddress!, n, true, to: &column, none: none, count: count, reserve: reserve)
        }
    }

    /// Appends `n` stored values to an optional column, as ``append(_:to:none:count:reserve:)`` does
    /// one: nothing while the column is empty and no row has a value (`used` false).
    private static func append<T>(
        _ new: UnsafePointer<T>, _ n: Int, _ used: Bool, to column: inout [T], none: T, count: Int, reserve: Int
    ) {
        if column.isEmpty {
            guard used else { return }
            column.reserveLarge(Swift.max(reserve, count + n))
            column.append(contentsOf: repeatElement(none, count: count))
        }
        column.append(contentsOf: UnsafeBufferPointer(start: new, count: n))
    }

    /// The number of `source` in the table of sources, adding it when new.
    package mutating func internSource(_ source: String) -> Int32 { sources.intern(source) }
    /// The number of `url` in the table of URLs, adding it when new.
    package mutating func internURL(_ url: String) -> Int32 { urls.intern(url) }
    /// The number of `note` in the table of notes, adding it when new.
    package mutating func internNote(_ note: String) -> Int32 { notes.intern(note) }

    /// Appends `value` to an optional column: nothing while the column is empty and `value` is nil;
    /// the column filled with `none` for the `count` rows before when `value` is its first.
    @inline(__always)
    private static func append<T>(_ value: T?, to column: inout [T], none: T, count: Int, reserve: Int) {
        if column.isEmpty {
            guard let value else { return }
            column.reserveLarge(Swift.max(reserve, count + 1))
            column.append(contentsOf: repeatElement(none, count: count))
            column.append(value)
        } else {
            column.append(value ?? none)
        }
    }

    /// Writes `value` into row `i` of an optional column, filling the column first when it is empty.
    private static func set<T>(_ value: T?, in column: inout [T], at i: Int, none: T, count: Int) {
        if column.isEmpty {
            guard let value else { return }
            column = [T](repeating: none, count: count)
            column[i] = value
        } else {
            column[i] = value ?? none
        }
    }

    private mutating func set(_ o: Observation, at i: Int) {
        daysInOrderWithValues = false
        dates[i] = o.date
        storedValues[i] = StoredNumber.stored(o.value)
        let n = count
        let (source, url, note) = (
            o.source.map { sources.intern($0) }, o.url.map { urls.intern($0) }, o.note.map { notes.intern($0) }
        )
        Self.set(o.low.map(StoredNumber.stored), in: &storedLows, at: i, none: StoredNumber.none, count: n)
        Self.set(o.high.map(StoredNumber.stored), in: &storedHighs, at: i, none: StoredNumber.none, count: n)
        Self.set(o.qualifier.map { $0 }, in: &qualifiers, at: i, none: nil, count: n)
        Self.set(source, in: &sourceIndex, at: i, none: -1, count: n)
        Self.set(url, in: &urlIndex, at: i, none: -1, count: n)
        Self.set(note, in: &noteIndex, at: i, none: -1, count: n)
        Self.set(o.reported?.ordinal, in: &reportedOrdinals, at: i, none: Int32.min, count: n)
    }
}

extension Observations: RandomAccessCollection, MutableCollection, RangeReplaceableCollection {
    /// The first index, 0.
    public var startIndex: Int { 0 }
    /// One past the last index: the count.
    public var endIndex: Int { dates.count }

    /// Observation `i`, built from the columns; setting it writes them.
    public subscript(i: Int) -> Observation {
        get {
            Observation(
                date: dates[i], value: value(i), low: low(i), high: high(i), qualifier: qualifier(i), source: source(i),
                url: url(i), reported: reported(i), note: note(i))
        }
        set { set(newValue, at: i) }
    }

    /// Reserves room for `n` observations in every column in use, and in any column filled later.
    public mutating func reserveCapacity(_ n: Int) {
        reserved = n
        dates.reserveLarge(n)
        storedValues.reserveLarge(n)
        if !storedLows.isEmpty { storedLows.reserveLarge(n) }
        if !storedHighs.isEmpty { storedHighs.reserveLarge(n) }
        if !qualifiers.isEmpty { qualifiers.reserveLarge(n) }
        if !sourceIndex.isEmpty { sourceIndex.reserveLarge(n) }
    }

    /// Appends `o`, numbering its strings.
    public mutating func append(_ o: Observation) {
        appendRow(
            date: o.date, value: o.value, low: o.low, high: o.high, qualifier: o.qualifier,
            source: o.source.map { sources.intern($0) }, url: o.url.map { urls.intern($0) }, reported: o.reported,
            note: o.note.map { notes.intern($0) })
    }

    /// Replaces the observations in `range` with `new`; appending takes the fast way, any other change
    /// rebuilds the columns.
    ///
    /// - Complexity: O(`new.count`) at the end, O(n) elsewhere.
    public mutating func replaceSubrange<C: Collection>(_ range: Range<Int>, with new: C) where C.Element == Observation {
        if range.isEmpty, range.lowerBound == count {
            for o in new { append(o) }
            return
        }
        var out = Observations()
        out.reserveCapacity(count - range.count + new.count)
        for i in 0..<range.lowerBound { out.append(self[i]) }
        for o in new { out.append(o) }
        for i in range.upperBound..<count { out.append(self[i]) }
        self = out
    }
}

extension Observations: ExpressibleByArrayLiteral, Hashable {
    /// The observations listed.
    public init(arrayLiteral elements: Observation...) { self.init(elements) }

    /// Whether both hold equal observations in the same order.
    public static func == (a: Observations, b: Observations) -> Bool {
        guard a.count == b.count, a.dates == b.dates else { return false }
        for i in a.indices {
            guard a.value(i) == b.value(i), a.low(i) == b.low(i), a.high(i) == b.high(i),
                a.qualifier(i) == b.qualifier(i), a.source(i) == b.source(i), a.url(i) == b.url(i),
                a.reported(i) == b.reported(i), a.note(i) == b.note(i)
            else { return false }
        }
        return true
    }

    /// Hashes the observations in order, as `==` compares them.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        for o in self { hasher.combine(o) }
    }
}

/// Distinct strings, numbered in the order first seen.
package struct StringTable: Sendable {
    /// The strings, each once.
    package private(set) var strings: [String] = []
    private var numbers: [String: Int32] = [:]

    /// The string numbered `i`; nil for -1, a row's "none".
    @inline(__always) package subscript(i: Int32) -> String? { i < 0 ? nil : strings[Int(i)] }

    /// The number of `s`, adding it when new. (At most one string a row of a file of at most 1 GiB:
    /// far fewer than `Int32.max`.)
    package mutating func intern(_ s: String) -> Int32 {
        if let n = numbers[s] { return n }
        precondition(strings.count < Int(Int32.max), "more distinct strings than a series can hold")
        let n = Int32(strings.count)
        strings.append(s)
        numbers[s] = n
        return n
    }
}

/// A number or none in one `Double`: a NaN with a payload of reckon's own marks "none" (no arithmetic
/// produces it, and any other NaN stays a value).
package enum StoredNumber {
    /// The NaN that stands for "no number".
    package static let none = Double(bitPattern: 0x7FF8_0000_5EC0_0001)

    /// The number stored, nil for ``none``.
    @inline(__always)
    package static func number(_ stored: Double) -> Double? { stored.bitPattern == none.bitPattern ? nil : stored }

    /// `number` as stored.
    @inline(__always)
    package static func stored(_ number: Double?) -> Double { number ?? none }

    /// Whether `stored` is a number.
    @inline(__always)
    package static func isNumber(_ stored: Double) -> Bool { stored.bitPattern != none.bitPattern }
}
