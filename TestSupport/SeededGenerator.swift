#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A random number generator for randomised tests that can be re-run exactly: SplitMix64 seeded from
/// `RECKON_TEST_SEED` when it is set, otherwise from the system, with the seed printed so a failure
/// can be reproduced with `RECKON_TEST_SEED=<seed> make test`.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    /// The seed this generator started from.
    public let seed: UInt64
    private var state: UInt64

    /// A generator for the test named `test`; prints the seed it uses.
    public init(_ test: String = #function) {
        var seed: UInt64
        if let text = getenv("RECKON_TEST_SEED").map({ String(cString: $0) }), let value = UInt64(text) {
            seed = value
        } else {
            var system = SystemRandomNumberGenerator()
            seed = system.next()
        }
        self.init(seed: seed)
        print("\(test): RECKON_TEST_SEED=\(seed)")
    }

    /// A generator with a fixed seed.
    public init(seed: UInt64) {
        self.seed = seed
        self.state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
