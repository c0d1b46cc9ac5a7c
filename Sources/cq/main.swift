import Foundation
import StatementModel
import StatementReader

// cq, first slice: loads the statements named on the command line and writes the coded
// model as JSON to standard output, with a warning on standard error for every file that
// could not be read. The query shell grows on top of this.

let paths = Array(CommandLine.arguments.dropFirst())
guard !paths.isEmpty else {
    FileHandle.standardError.write(Data("usage: cq PATH...   (statement files or directories)\n".utf8))
    exit(2)
}
let result = StatementReader().read(paths: paths)
for warning in result.warnings {
    FileHandle.standardError.write(Data("cq: \(warning)\n".utf8))
}
guard !result.corpus.statements.isEmpty else {
    FileHandle.standardError.write(Data("cq: no statement could be loaded\n".utf8))
    exit(5)
}
let encoder = JSONEncoder()
encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
do {
    FileHandle.standardOutput.write(try encoder.encode(result.corpus))
    FileHandle.standardOutput.write(Data("\n".utf8))
} catch {
    FileHandle.standardError.write(Data("cq: cannot write the model: \(error)\n".utf8))
    exit(4)
}
