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
        .library(name: "ModelExport", targets: ["ModelExport"]),
        .library(name: "ModelCache", targets: ["ModelCache"]),
        .library(name: "ColumnStore", targets: ["ColumnStore"]),
        .library(name: "StatementAnalysis", targets: ["StatementAnalysis"]),
        .library(name: "CQTesting", targets: ["CQTesting"]),
        .library(name: "SQLCompiler", targets: ["SQLCompiler"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // The CAMEO codebook's names are a TSV file, compiled into the library like the reader's lexicons.
        .target(name: "StatementModel", resources: [.embedInCode("CAMEO/cameo_codes.tsv")]),
        .target(name: "ColumnStore", dependencies: ["StatementModel"]),
        .target(name: "StatementAnalysis", dependencies: ["StatementModel"]),
        .target(name: "FilePaths"),
        .target(name: "TerminalText", dependencies: ["FilePaths"]),
        .target(
            name: "StatementReader",
            dependencies: ["FilePaths", "StatementModel", "TerminalText", .product(name: "Yams", package: "Yams")],
            // The lexicons and gazetteers are TSV files a linguist edits, compiled into the library
            // so that cq needs no resource bundle beside it at run time.
            resources: [
                "countries", "organisations", "people", "places", "initiatives", "topics", "verbs", "object_nouns",
                "function_words", "reader_words", "statement_kinds",
            ].map { .embedInCode("Lexicon/\($0).tsv") }
        ),
        .systemLibrary(name: "CLibEdit", pkgConfig: "libedit", providers: [.apt(["libedit-dev"])]),
        .target(name: "CEditLineShim", dependencies: ["CLibEdit"]),
        .target(name: "LineEditor", dependencies: ["CLibEdit", "CEditLineShim"]),
        .target(name: "QueryLanguage", dependencies: ["TerminalText"]),
        .target(name: "QueryEngine", dependencies: ["ColumnStore", "QueryLanguage", "StatementAnalysis", "StatementModel"]),
        .target(name: "ResultRendering", dependencies: ["QueryEngine", "QueryLanguage", "TerminalText"]),
        .target(
            name: "CQTesting",
            dependencies: ["ColumnStore", "ModelCache", "QueryEngine", "QueryLanguage", "ResultRendering", "StatementReader"]
        ),
        .target(name: "SQLCompiler", dependencies: ["QueryLanguage"]),
        .target(name: "ModelCache", dependencies: ["ColumnStore", "FilePaths", "StatementModel", "StatementReader"]),
        .target(
            name: "ModelExport",
            dependencies: [
                "QueryEngine", "QueryLanguage", "ResultRendering", "SQLCompiler", "StatementModel",
                .product(name: "GRDB", package: "GRDB.swift"), .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        .target(
            name: "Shell",
            dependencies: [
                "ColumnStore", "LineEditor", "ModelCache", "ModelExport", "QueryEngine", "QueryLanguage", "ResultRendering", "SQLCompiler", "StatementModel",
                "FilePaths", "StatementReader", "TerminalText",
            ]
        ),
        .target(
            name: "FuzzTargets", dependencies: ["ColumnStore", "ModelCache", "QueryEngine", "QueryLanguage", "SQLCompiler", "StatementModel", "StatementReader"]),
        .executableTarget(name: "FuzzQuery", dependencies: ["FuzzTargets"]),
        .executableTarget(name: "FuzzEvaluator", dependencies: ["FuzzTargets"]),
        .executableTarget(name: "FuzzReader", dependencies: ["FuzzTargets"]),
        .executableTarget(name: "FuzzCache", dependencies: ["FuzzTargets"]),
        .executableTarget(name: "FuzzCLI", dependencies: ["FuzzTargets"]),
        .target(name: "ModelEvaluation", dependencies: ["StatementModel", "StatementReader"]),
        .executableTarget(
            name: "cq",
            dependencies: [
                "CQTesting", "FilePaths", "SQLCompiler", "Shell", "LineEditor", "ModelCache", "ModelExport", "QueryEngine", "ResultRendering", "StatementReader",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "cq-bench", dependencies: ["ModelCache", "QueryEngine", "QueryLanguage", "ResultRendering", "Shell", "StatementModel", "StatementReader"],
            path: "Sources/BenchQueries"
        ),
        .executableTarget(name: "eval-model", dependencies: ["ModelEvaluation"], path: "Sources/EvalModel"),
        .testTarget(name: "StatementModelTests", dependencies: ["StatementModel"]),
        .testTarget(name: "ColumnStoreTests", dependencies: ["ColumnStore", "StatementModel", "StatementReader"]),
        .testTarget(name: "ModelCacheTests", dependencies: ["ColumnStore", "ModelCache", "StatementModel", "StatementReader"]),
        .testTarget(
            name: "ModelExportTests",
            dependencies: [
                "ModelCache", "ModelExport", "QueryEngine", "SQLCompiler", "StatementModel", "StatementReader",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .testTarget(name: "QueryLanguageTests", dependencies: ["QueryLanguage"]),
        .testTarget(name: "CQTestingTests", dependencies: ["CQTesting"]),
        .testTarget(name: "StatementAnalysisTests", dependencies: ["StatementAnalysis", "StatementModel", "StatementReader"]),
        .testTarget(name: "FuzzRegressionTests", dependencies: ["FuzzTargets"]),
        .testTarget(name: "ShellTests", dependencies: ["Shell", "QueryEngine", "QueryLanguage", "StatementReader"]),
        .target(name: "PseudoTerminalSupport", path: "Tests/PseudoTerminalSupport"),
        .testTarget(name: "CQTests", dependencies: ["cq", "ColumnStore", "PseudoTerminalSupport"]),
        .testTarget(
            name: "QueryEngineTests",
            dependencies: ["CQTesting", "ColumnStore", "QueryEngine", "QueryLanguage", "ResultRendering", "StatementReader", "StatementModel"],
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "StatementReaderTests",
            dependencies: ["StatementModel", "StatementReader", "ModelEvaluation"],
            exclude: ["ModelDigests", "FidelitySamples"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
