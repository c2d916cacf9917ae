import Testing

@testable import ReckonModel

/// Huge-page advice and mapping pages ahead are only advice: arrays made with them hold exactly
/// what they would without, whatever their size against the threshold and the 2 MiB pages.
struct LargeMemoryTests {
    /// Sizes around the threshold and around 2 MiB boundaries, in 4-byte and 16-byte elements.
    static let counts = [0, 1, 1000, (1 << 18) - 1, 1 << 18, (1 << 18) + 1, 1_000_000, 3 << 19, 2_500_001]

    @Test(arguments: counts)
    func largeArraysHoldWhatTheyAreGiven(_ count: Int) {
        let numbers = [Int32](largeCount: count) { buffer in
            for i in buffer.indices { buffer.initializeElement(at: i, to: Int32(truncatingIfNeeded: i &* 7)) }
        }
        #expect(numbers.count == count)
        #expect(numbers.indices.allSatisfy { numbers[$0] == Int32(truncatingIfNeeded: $0 &* 7) })
        let pairs = [(Double, Double)](largeCount: count) { $0.initialize(repeating: (1.5, -2)) }
        #expect(pairs.count == count && pairs.allSatisfy { $0 == (1.5, -2) })
    }

    @Test(arguments: counts)
    func largeCopiesOfSlicesEqualTheSlices(_ count: Int) {
        let numbers = (0..<(count + 3)).map { Int32(truncatingIfNeeded: $0) }
        #expect(Array(largeCopyOf: numbers[3...]) == Array(numbers[3...]))
        #expect(Array(largeCopyOf: numbers[..<count]) == Array(numbers[..<count]))
    }

    @Test func reservingLargeKeepsTheElements() {
        var numbers: [Double] = [1, 2, 3]
        numbers.reserveLarge(3_000_000)
        #expect(numbers == [1, 2, 3] && numbers.capacity >= 3_000_000)
        numbers += (0..<3_000_000).map(Double.init)
        #expect(numbers.count == 3_000_003 && numbers.last == 2_999_999)
    }
}
