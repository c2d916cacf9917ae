import Testing

@testable import ReckonModel

struct DiagnosticTests {
    @Test func readsLikeACompilerDiagnostic() {
        #expect(
            Diagnostic(file: "Series/nk.csv", line: 14, column: 7, "'about 11k' is not a number").description
                == "Series/nk.csv:14:7: error: 'about 11k' is not a number")
        #expect(Diagnostic(.warning, file: "x.yaml", "w").description == "x.yaml: warning: w")
        #expect(Diagnostic(file: nil, "plain").description == "error: plain")
    }
}
