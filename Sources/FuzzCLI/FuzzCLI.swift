import FuzzTargets

#if FUZZING
/// The entry point SwiftPM links as `main` in the fuzz build: libFuzzer drives the harness,
/// which runs the `cq` named by `CQ_FUZZ_CQ` (scripts/fuzz builds it) on each input.
@_cdecl("FuzzCLI_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    FuzzDriver.run(argc, argv, FuzzTargets.commandLine)
}
#else
/// Replays the files named on the command line through the harness
/// (`CQ_FUZZ_CLI_VERBOSE=1` prints each run: command line, input, signal, output, status).
@main
struct Replay {
    static func main() {
        FuzzDriver.replay(FuzzTargets.commandLine)
    }
}
#endif
