import ReckonFuzzTargets

#if canImport(Glibc)
    import Glibc
#endif

#if FUZZING
    /// The target `RECKON_FUZZ_TARGET` names, chosen once.
    nonisolated(unsafe) let chosen: ([UInt8]) -> Void = {
        guard let name = getenv("RECKON_FUZZ_TARGET").map({ String(cString: $0) }), let target = FuzzTargets.all[name]
        else {
            fatalError("set RECKON_FUZZ_TARGET to one of \(FuzzTargets.names.joined(separator: ", "))")
        }
        return target
    }()

    /// libFuzzer's entry point.
    @_cdecl("LLVMFuzzerTestOneInput")
    public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
        chosen(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
        return 0
    }

    @_silgen_name("LLVMFuzzerRunDriver")
    func runDriver(
        _ argc: UnsafeMutablePointer<CInt>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
        _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
    ) -> CInt

    /// The package manager links an executable's entry point under this name; it hands over to
    /// libFuzzer's driver.
    @_cdecl("reckon_fuzz_main")
    public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
        var argc = argc
        var argv = argv
        return runDriver(&argc, &argv, fuzzOne)
    }
#else
    /// Without libFuzzer: `reckon-fuzz TARGET FILE...` runs the target on each file, to reproduce a
    /// crash that `make fuzz` found.
    @main
    struct FuzzDriver {
        static func main() {
            let args = CommandLine.arguments.dropFirst()
            guard let name = args.first, let target = FuzzTargets.all[name] else {
                print("usage: reckon-fuzz TARGET FILE... (targets: \(FuzzTargets.names.joined(separator: ", ")))")
                exit(64)
            }
            for path in args.dropFirst() {
                guard let f = fopen(path, "rb") else { continue }
                var bytes: [UInt8] = []
                var buffer = [UInt8](repeating: 0, count: 65536)
                while case let n = fread(&buffer, 1, buffer.count, f), n > 0 { bytes += buffer[..<n] }
                fclose(f)
                target(bytes)
                print("\(path): ok")
            }
        }
    }
#endif
