// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Communique",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "StatementModel", targets: ["StatementModel"]),
        .library(name: "StatementReader", targets: ["StatementReader"]),
        .library(name: "QueryLanguage", targets: ["QueryLanguage"]),
        .library(name: "QueryEngine", targets: ["QueryEngine"]),
        .library(name: "ResultRendering", targets: ["ResultRendering"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .target(name: "StatementModel"),
        .target(
            name: "StatementReader",
            dependencies: ["StatementModel", .product(name: "Yams", package: "Yams")]
        ),
        .systemLibrary(name: "CLibEdit", pkgConfig: "libedit", providers: [.apt(["libedit-dev"])]),
        .target(name: "CEditLineShim", dependencies: ["CLibEdit"]),
        .target(name: "LineEditor", dependencies: ["CLibEdit", "CEditLineShim"]),
        .target(name: "QueryLanguage"),
        .target(name: "QueryEngine", dependencies: ["QueryLanguage", "StatementModel"]),
        .target(name: "ResultRendering", dependencies: ["QueryEngine", "QueryLanguage"]),
        .target(
            name: "Shell",
            dependencies: ["LineEditor", "QueryEngine", "QueryLanguage", "ResultRendering", "StatementModel", "StatementReader"]
        ),
        .target(name: "FuzzTargets", dependencies: ["QueryEngine", "QueryLanguage", "StatementModel", "StatementReader"]),
        .executableTarget(name: "FuzzQuery", dependencies: ["FuzzTargets"]),
        .executableTarget(name: "FuzzEvaluator", dependencies: ["FuzzTargets"]),
        .executableTarget(name: "FuzzReader", dependencies: ["FuzzTargets"]),
        .target(name: "ModelEvaluation", dependencies: ["StatementModel", "StatementReader"]),
        .executableTarget(
            name: "cq",
            dependencies: [
                "Shell", "LineEditor", "QueryEngine", "ResultRendering", "StatementReader",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "eval-model", dependencies: ["ModelEvaluation"], path: "Sources/EvalModel"),
        .testTarget(name: "StatementModelTests", dependencies: ["StatementModel"]),
        .testTarget(name: "QueryLanguageTests", dependencies: ["QueryLanguage"]),
        .testTarget(name: "FuzzRegressionTests", dependencies: ["FuzzTargets"]),
        .testTarget(name: "ShellTests", dependencies: ["Shell", "QueryEngine", "QueryLanguage", "StatementReader"]),
        .target(name: "PseudoTerminalSupport", path: "Tests/PseudoTerminalSupport"),
        .testTarget(name: "CQTests", dependencies: ["cq", "PseudoTerminalSupport"]),
        .testTarget(
            name: "QueryEngineTests",
            dependencies: ["QueryEngine", "QueryLanguage", "ResultRendering", "StatementReader", "StatementModel"],
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "StatementReaderTests",
            dependencies: ["StatementModel", "StatementReader", "ModelEvaluation"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
