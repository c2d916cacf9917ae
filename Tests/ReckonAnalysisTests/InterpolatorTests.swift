import Foundation
import ReckonAnalysis
import Testing

struct InterpolatorTests {
    /// Hand-made cases reaching every branch of scipy's PCHIP rules, against scipy's values.
    @Test func monotoneAgreesWithScipyOnEveryBranch() throws {
        for case let c as [String: [Double]] in Oracle.values["pchip_cases"] as! [Any] {
            let f = Interpolator(xs: c["x"]!, ys: c["y"]!, method: .monotone)
            for (x, expected) in zip(c["at"]!, c["values"]!) {
                let v = try #require(f.value(at: x))
                #expect(close(v, expected, relative: 1e-12), "x \(x) in \(c["x"]!) \(c["y"]!): \(v) vs \(expected)")
            }
        }
    }

    @Test func monotoneNeverOvershoots() {
        let f = Interpolator(xs: [0, 147, 200], ys: [8000, 11000, 11000], method: .monotone)
        for x in stride(from: 0.0, through: 200, by: 0.5) {
            let v = f.value(at: x)!
            #expect(v >= 8000 && v <= 11000)
        }
    }

    @Test func stepHoldsAndLinearJoins() {
        let step = Interpolator(xs: [0, 10], ys: [1, 3], method: .step)
        #expect(step.value(at: 9.9) == 1)
        #expect(step.value(at: 10) == 3)
        let linear = Interpolator(xs: [0, 10], ys: [1, 3], method: .linear)
        #expect(linear.value(at: 2.5) == 1.5)
        let none = Interpolator(xs: [0, 10], ys: [1, 3], method: .none)
        #expect(none.value(at: 0) == 1 && none.value(at: 5) == nil)
    }

    @Test func noValueOutsideTheDataUnlessAsked() {
        let f = Interpolator(xs: [0, 10, 20], ys: [1, 3, 4], method: .linear)
        #expect(f.value(at: -1) == nil && f.value(at: 21) == nil)
        let g = Interpolator(xs: [0, 10, 20], ys: [1, 3, 4], method: .linear, extrapolate: true)
        #expect(g.value(at: -5) == 0 && g.value(at: 30) == 5)
        let step = Interpolator(xs: [0, 10], ys: [1, 3], method: .step, extrapolate: true)
        #expect(step.value(at: 50) == 3)
    }

    @Test func holesAcrossGapsLongerThanMaxGap() {
        let f = Interpolator(xs: [0, 5, 40, 45], ys: [1, 2, 3, 4], method: .monotone, maxGap: 10)
        #expect(f.value(at: 2) != nil)
        #expect(f.value(at: 20) == nil)
        #expect(f.value(at: 42) != nil)
        #expect(f.value(at: 40) == 3)
        // Each run is fitted on its own: two points make a straight line.
        #expect(close(f.value(at: 2.5)!, 1.5))
    }

    @Test func aSinglePointHasAValueOnlyThere() {
        let f = Interpolator(xs: [3], ys: [7], method: .monotone)
        #expect(f.value(at: 3) == 7 && f.value(at: 4) == nil)
    }

    @Test func pointsWithoutAValueAreSkipped() {
        let f = Interpolator(xs: [0, 5, 10], ys: [0, .nan, 10], method: .linear)
        #expect(f.value(at: 5) == 5)
    }
}
