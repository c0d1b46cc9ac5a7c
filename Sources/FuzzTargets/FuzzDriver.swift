import Foundation

/// How a harness executable runs: under libFuzzer (built with `-sanitize=fuzzer -DFUZZING` by
/// scripts/fuzz), or replaying the files named on its command line (to reproduce a crash).
public enum FuzzDriver {
    /// Runs `harness` on the contents of each file named on the command line; exits 2 when a
    /// file cannot be read.
    public static func replay(_ harness: ([UInt8]) -> Void) {
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("cannot read \(path)\n".utf8))
                exit(2)
            }
            harness(Array(data))
            print("ok \(path)")
        }
    }

    #if FUZZING
    /// The harness libFuzzer's callback runs (one per process).
    nonisolated(unsafe) private static var harness: ([UInt8]) -> Void = { _ in }

    /// Hands the command line to libFuzzer, which calls `harness` with each input.
    public static func run(
        _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?, _ harness: @escaping ([UInt8]) -> Void
    ) -> CInt {
        Self.harness = harness
        var count = argc
        var arguments = argv
        return runFuzzerDriver(&count, &arguments) { data, size in
            FuzzDriver.harness(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
            return 0
        }
    }
    #endif
}

#if FUZZING
/// libFuzzer's driver entry point.
@_silgen_name("LLVMFuzzerRunDriver")
private func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt
#endif
