import FuzzTargets

#if FUZZING
/// The entry point SwiftPM links as `main` in the fuzz build: libFuzzer drives the harness.
@_cdecl("FuzzEvaluator_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    FuzzDriver.run(argc, argv, FuzzTargets.queryEvaluator)
}
#else
/// Replays the files named on the command line through the harness.
@main
struct Replay {
    static func main() {
        FuzzDriver.replay(FuzzTargets.queryEvaluator)
    }
}
#endif
