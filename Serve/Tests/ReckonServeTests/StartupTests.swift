import Foundation
import Testing

/// `reckon-serve` that cannot listen where it is told exits 69 (`EX_UNAVAILABLE`, as sysexits has it)
/// with one line on standard error, so that a supervisor or a script can tell it from a bad option (64)
/// or a folder that is not a workspace (66).
struct StartupTests {
    /// Runs `reckon-serve` over the sample workspace with `arguments` until it exits; its status and
    /// standard error.
    func run(_ arguments: [String]) throws -> (status: Int32, errors: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: TestServer.repository + "/Serve/.build/debug/reckon-serve")
        process.arguments = ["-C", TestServer.repository] + arguments
        let err = Pipe()
        process.standardError = err
        process.standardOutput = Pipe()
        try process.run()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: errors, as: UTF8.self))
    }

    @Test func aPortInUseExits69WithOneLine() async throws {
        let server = try await TestServer()
        let port = try #require(server.base.split(separator: ":").last.map(String.init))
        let (status, errors) = try run(["--port", port])
        await server.stop()
        #expect(status == 69, "\(errors)")
        #expect(errors.hasPrefix("reckon serve: cannot listen on 127.0.0.1:\(port): "), "\(errors)")
        #expect(errors.hasSuffix("\n") && errors.filter { $0 == "\n" }.count == 1, "\(errors)")
    }

    @Test func anAddressNotOfThisMachineExits69WithOneLine() throws {
        // 192.0.2.1 is reserved for documentation (RFC 5737): no interface here has it, so binding fails.
        let (status, errors) = try run(["--host", "192.0.2.1", "--port", "0"])
        #expect(status == 69, "\(errors)")
        #expect(errors.hasPrefix("reckon serve: cannot listen on 192.0.2.1:0: "), "\(errors)")
        #expect(errors.filter { $0 == "\n" }.count == 1, "\(errors)")
    }
}
