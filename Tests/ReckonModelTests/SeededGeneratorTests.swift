import ReckonTestSupport
import Testing

/// The randomised tests' generator is SplitMix64: the same seed gives the same numbers everywhere.
struct SeededGeneratorTests {
    /// The first outputs of the reference SplitMix64 for seed 0.
    @Test func matchesTheReferenceSequence() {
        var generator = SeededGenerator(seed: 0)
        #expect(generator.next() == 0xE220_A839_7B1D_CDAF)
        #expect(generator.next() == 0x6E78_9E6A_A1B9_65F4)
        #expect(generator.next() == 0x06C4_5D18_8009_454F)
    }

    @Test func aSeedRepeatsItsSequence() {
        var a = SeededGenerator(seed: 20_250_327), b = SeededGenerator(seed: 20_250_327)
        #expect((0..<100).map { _ in a.next() } == (0..<100).map { _ in b.next() })
        #expect(a.seed == 20_250_327)
    }
}
