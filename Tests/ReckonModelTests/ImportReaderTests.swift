import Foundation
import Testing

@testable import ReckonModel

struct ImportReaderTests {
    func options(_ value: String, qualifier: String? = nil) -> ImportOptions {
        var o = ImportOptions()
        o.valueColumn = value
        o.qualifierColumn = qualifier
        o.source = "General Staff of the Armed Forces of Ukraine"
        return o
    }

    /// The real published file: one record per day, 2022-02-25 to 2026-08-08, every one with a drone tally.
    @Test func readsTheGeneralStaffEquipmentFile() throws {
        let bytes = try [UInt8](Data(contentsOf: Fixtures.realData.appendingPathComponent("russia_losses_equipment.json")))
        let result = ImportReader.read(bytes, path: "equipment.json", options: options("drone"))
        #expect(result.diagnostics.isEmpty)
        #expect(result.rows.count == 1626)
        #expect(result.skipped == 0)
        #expect(result.rows.first?.observation.date.description == "2022-02-25")
        #expect(result.rows.first?.observation.value == 0)
        #expect(result.rows.last?.observation.date.description == "2026-08-08")
        #expect(result.rows.last?.observation.value == 449_606)
        #expect(result.rows.first?.line == 2)
    }

    /// `ground robotic systems` appears only in later records; earlier ones are skipped, not errors.
    @Test func skipsRecordsWithoutTheKey() throws {
        let bytes = try [UInt8](Data(contentsOf: Fixtures.realData.appendingPathComponent("russia_losses_equipment.json")))
        let result = ImportReader.read(bytes, path: "equipment.json", options: options("ground robotic systems"))
        #expect(result.diagnostics.isEmpty)
        #expect(result.skipped > 0)
        #expect(result.rows.count + result.skipped == 1626)
        #expect(result.rows.last?.observation.value == 2162)
    }

    @Test func readsQualifiersFromTheirOwnKey() throws {
        let bytes = try [UInt8](Data(contentsOf: Fixtures.realData.appendingPathComponent("russia_losses_personnel.json")))
        let result = ImportReader.read(bytes, path: "personnel.json", options: options("personnel", qualifier: "personnel*"))
        #expect(result.diagnostics.isEmpty)
        #expect(result.rows.count == 1626)
        // The publisher wrote "more" on six days of March 2022 ("more than 12,000"): stored as "at least".
        #expect(
            result.rows.filter { $0.observation.qualifier == .atLeast }.map(\.observation.date.description) == [
                "2022-03-07", "2022-03-10", "2022-03-11", "2022-03-12", "2022-03-13", "2022-03-14",
            ])
        #expect(result.rows.filter { $0.observation.qualifier == .about }.count == 1620)
        #expect(result.rows.last?.observation.value == 1_456_610)
    }

    @Test func aTextFieldWhereANumberIsWantedIsAnErrorWithItsPlace() {
        let json = """
            [
              {"date": "2022-04-25", "greatest losses direction": "Kurakhove"}
            ]
            """
        let result = ImportReader.read(Array(json.utf8), path: "e.json", options: options("greatest losses direction"))
        #expect(
            result.diagnostics.map(\.description) == [
                "e.json:2:55: error: 'greatest losses direction': 'Kurakhove' is not a number"
            ])
    }

    @Test func readsCSVWithNamedColumns() {
        let csv = "Day,Estimate,Min,Max,Wording\n2025-03-27,11000,10000,12000,about\n2025-04-01,,,,\n"
        var o = ImportOptions()
        o.dateColumn = "Day"
        o.valueColumn = "Estimate"
        o.lowColumn = "Min"
        o.highColumn = "Max"
        o.qualifierColumn = "Wording"
        let result = ImportReader.read(Array(csv.utf8), path: "in.csv", options: o)
        #expect(result.diagnostics.isEmpty)
        #expect(
            result.rows.map(\.observation) == [
                Observation(
                    date: ObservationDate(Day(year: 2025, month: 3, day: 27)!), value: 11000, low: 10000, high: 12000,
                    qualifier: .about)
            ])
        #expect(result.skipped == 1)
    }

    @Test func namesAMissingColumn() {
        let result = ImportReader.read(Array("date,vaule\n".utf8), path: "in.csv", options: ImportOptions())
        #expect(
            result.diagnostics.map(\.description) == [
                "in.csv:1:1: error: no column 'value'; did you mean 'vaule'? (columns: date, vaule)"
            ])
    }
}
