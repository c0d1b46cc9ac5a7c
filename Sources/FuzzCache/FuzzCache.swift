import Foundation
import FuzzTargets

#if FUZZING
/// The entry point SwiftPM links as `main` in the fuzz build: libFuzzer drives the harness.
/// With `CQ_FUZZ_CACHE_SEEDS` set (scripts/fuzz sets it), a real cache file of the samples is
/// first written into that directory, to be mutated.
@_cdecl("FuzzCache_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    if let seeds = ProcessInfo.processInfo.environment["CQ_FUZZ_CACHE_SEEDS"] {
        FileManager.default.createFile(atPath: seeds + "/samples.cache", contents: Data(FuzzTargets.cacheSeed()))
    }
    return FuzzDriver.run(argc, argv, FuzzTargets.cacheFile)
}
#else
/// Replays the files named on the command line through the harness.
@main
struct Replay {
    static func main() {
        FuzzDriver.replay(FuzzTargets.cacheFile)
    }
}
#endif
