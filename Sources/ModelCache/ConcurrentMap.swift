import Dispatch
import Foundation
import StatementReader

/// Maps the elements of an array on all cores, keeping their order.
enum ConcurrentMap {
    /// `transform` of every element; the elements are cut into a few runs per core and each
    /// run is mapped on some worker thread.
    static func map<Element, Output>(_ elements: [Element], _ transform: (Element) -> Output) -> [Output] {
        let runs = min(elements.count, ProcessInfo.processInfo.activeProcessorCount * 4)
        guard runs > 1 else { return elements.map(transform) }
        return withoutActuallyEscaping(transform) { transform in
            let slots = ResultSlots<[Output]>(count: runs)
            let work = Work(elements: elements, transform: transform)
            DispatchQueue.concurrentPerform(iterations: runs) { run in
                let count = work.elements.count
                let range = (count * run / runs)..<(count * (run + 1) / runs)
                slots.set(run, work.elements[range].map(work.transform))
            }
            return slots.values.flatMap { $0 ?? [] }
        }
    }

    /// The input and the function, handed to the workers, which only read them.
    private struct Work<Element, Output>: @unchecked Sendable {
        let elements: [Element]
        let transform: (Element) -> Output
    }
}
