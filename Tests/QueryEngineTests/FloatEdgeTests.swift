import Foundation
import QueryEngine
import QueryLanguage
import Testing

/// Infinity and NaN never become values: float overflow is a run-time error at the operator,
/// as integer overflow and division by zero are, and sorting and grouping stay total should a
/// caller hand one in.
@Suite("Float edge cases")
struct FloatEdgeTests {
    /// The error `query` fails with over the samples.
    static func failure(_ query: String, session: QuerySession = SampleSession.make()) -> Diagnostic? {
        do {
            _ = try session.query(query)
            return nil
        } catch {
            return error
        }
    }

    /// The byte range of the first `part` of `query`.
    static func range(of part: String, in query: String) -> Range<Int> {
        let found = query.range(of: part)!
        let start = query.utf8.distance(from: query.utf8.startIndex, to: found.lowerBound)
        return start..<(start + part.utf8.count)
    }

    struct OverflowCase: CustomTestStringConvertible, Sendable {
        var query: String
        var caret: String
        var message: String
        var testDescription: String { query }
    }

    static let overflows: [OverflowCase] = [
        OverflowCase(query: "statements | take 1 | select 1e308 * 10.0", caret: "1e308 * 10.0", message: "float overflow in '*'"),
        OverflowCase(query: "statements | take 1 | select 1.7e308 + 1.7e308", caret: "1.7e308 + 1.7e308", message: "float overflow in '+'"),
        OverflowCase(query: "statements | take 1 | select -1.7e308 - 1.7e308", caret: "-1.7e308 - 1.7e308", message: "float overflow in '-'"),
        OverflowCase(query: "statements | take 1 | select 1e308 / 1e-10", caret: "1e308 / 1e-10", message: "float overflow in '/'"),
        // Mixed int and float: the int is widened, the result is checked the same way.
        OverflowCase(query: "statements | take 1 | select 9223372036854775807 * 1e300", caret: "9223372036854775807 * 1e300",
            message: "float overflow in '*'"),
        OverflowCase(query: "statements | take 1 | select 2 * 1e308", caret: "2 * 1e308", message: "float overflow in '*'"),
        // From a column: the first clause with n >= 2 overflows, inside a nested expression.
        OverflowCase(query: "clauses | extend x = (n * 1e308) + 1.0 | sort by x", caret: "n * 1e308", message: "float overflow in '*'"),
        OverflowCase(query: "clauses | where n * 1.0e308 > 0.0 | count", caret: "n * 1.0e308", message: "float overflow in '*'"),
        // `1e308 * 10.0` then `* 0` used to give NaN: the first step already fails.
        OverflowCase(query: "statements | take 1 | select 1e308 * 10.0 * 0", caret: "1e308 * 10.0", message: "float overflow in '*'"),
        // Division and modulo by a float zero stay what they were.
        OverflowCase(query: "statements | take 1 | select 0.0 / 0.0", caret: "0.0 / 0.0", message: "division by zero"),
        OverflowCase(query: "statements | take 1 | select 1.5 % 0.0", caret: "1.5 % 0.0", message: "modulo by zero"),
    ]

    @Test(arguments: overflows)
    func arithmeticThatLeavesTheFloatsIsAnError(_ item: OverflowCase) throws {
        let error = try #require(Self.failure(item.query))
        #expect(error.kind == .runtime)
        #expect(error.message == item.message)
        #expect(error.range == Self.range(of: item.caret, in: item.query))
        if item.message.hasPrefix("float overflow") {
            #expect(error.notes == ["floats range from -1.7976931348623157e+308 to 1.7976931348623157e+308"])
        }
    }

    @Test func floatsUpToTheLimitAndUnderflowAreFine() throws {
        let table = try SampleSession.make().query(
            "statements | take 1 | select 1e308 * 1.5 as big, -1e308 * 1.5 as low, 1e-300 * 1e-300 as tiny, 7.5 % 2.0 as rest, -(1.5e308) as negated")
        #expect(table.rows == [[.float(1e308 * 1.5), .float(-1e308 * 1.5), .float(0), .float(1.5), .float(-1.5e308)]])
    }

    // MARK: Literals and parameters

    @Test(arguments: ["1e999", "1.5e400", "-1e999"])
    func anInfiniteLiteralIsASyntaxError(_ literal: String) throws {
        let query = "statements | take 1 | select \(literal) as x"
        let error = try #require(Self.failure(query))
        let digits = literal.hasPrefix("-") ? String(literal.dropFirst()) : literal
        #expect(error.kind == .syntax)
        #expect(error.message == "\(digits) is not a finite number")
        #expect(error.range == Self.range(of: digits, in: query))
    }

    @Test func aLiteralThatUnderflowsIsZero() throws {
        let table = try SampleSession.make().query("statements | take 1 | select 1e-999 as x")
        #expect(table.rows == [[.float(0)]])
    }

    @Test(arguments: [Value.float(.infinity), .float(-.infinity), .float(.nan), .list([.float(1), .float(.nan)])])
    func aNonFiniteParameterIsRefused(_ value: Value) throws {
        let session = SampleSession.make()
        session.parameters["x"] = value
        let query = "statements | take 1 | select $x as x"
        let error = try #require(Self.failure(query, session: session))
        #expect(error.kind == .runtime)
        #expect(error.message == "parameter $x is not a finite number")
        #expect(error.range == Self.range(of: "$x", in: query))
    }

    @Test func aParameterThatIsUnusedOrFiniteIsFine() throws {
        let session = SampleSession.make()
        session.parameters["unused"] = .float(.nan)
        session.parameters["big"] = .float(1e308)
        #expect(try session.query("statements | take 1 | select $big * 1.5 as x").rows == [[.float(1e308 * 1.5)]])
        let query = "statements | take 1 | select $big * 2"
        let error = try #require(Self.failure(query, session: session))
        #expect(error.message == "float overflow in '*'")
        #expect(error.range == Self.range(of: "$big * 2", in: query))
    }

    // MARK: Aggregates

    @Test func aSumThatOverflowsIsAnErrorAtSummarize() throws {
        let query = "clauses | extend x = 1e308 | summarize sum(x) by statement"
        let error = try #require(Self.failure(query))
        #expect(error.kind == .runtime)
        #expect(error.message == "float overflow in sum")
        #expect(error.range == Self.range(of: "summarize sum(x) by statement", in: query))
    }

    @Test func aSumOfIntsAndFloatsInRangeAdds() throws {
        let table = try SampleSession.make().query("clauses | extend x = 1e300 | summarize sum(x) as s, sum(n) as t, count() as c")
        let row = try #require(table.rows.first)
        guard case .float(let sum) = row[0], case .int(let count) = row[2] else {
            Issue.record("unexpected row \(row)")
            return
        }
        #expect(abs(sum - Double(count) * 1e300) <= 1e288)
    }

    @Test func anAverageOfHugeValuesDoesNotOverflow() throws {
        let table = try SampleSession.make().query(
            "clauses | extend x = 1.5e308, y = -1.5e308 | summarize avg(x) as high, avg(y) as low, avg(n * 1e305 + 1e308) as mixed, avg(n) as plain")
        let row = try #require(table.rows.first)
        guard case .float(let high) = row[0], case .float(let low) = row[1], case .float(let mixed) = row[2], case .float(let plain) = row[3]
        else {
            Issue.record("unexpected row \(row)")
            return
        }
        #expect(abs(high - 1.5e308) <= 1.5e308 * 1e-12)
        #expect(abs(low + 1.5e308) <= 1.5e308 * 1e-12)
        // The mean of n * 1e305 + 1e308 is (mean of n) * 1e305 + 1e308.
        #expect(abs(mixed - (plain * 1e305 + 1e308)) <= 1e308 * 1e-12)
        #expect(high.isFinite && low.isFinite && mixed.isFinite)
    }

    // MARK: Sorting and grouping

    @Test func floatsSortAndGroupByValue() throws {
        let session = SampleSession.make()
        // The seed statement's clauses are numbered 1 to 40.
        let seed = #"clauses | where statement startswith "2024-05-16" | take 6"#
        let sorted = try session.query(seed + " | select x = n * -0.5 | sort by x").rows.map { $0[0] }
        #expect(sorted == [-3.0, -2.5, -2.0, -1.5, -1.0, -0.5].map { Value.float($0) })
        let groups = try session.query(seed + " | summarize count() by (n % 2) * 1.5 as half | sort by half").rows
        #expect(groups == [[.float(0), .int(3)], [.float(1.5), .int(3)]])
        let distinct = try session.query("clauses | distinct n / 2.0 | count").rows
        #expect(distinct == [[.int(40)]])
        let ints = try session.query(seed + " | take 4 | extend x = n * 1.0 | sort by x desc | select n").rows
        #expect(ints == [[.int(4)], [.int(3)], [.int(2)], [.int(1)]])
    }

    /// Queries cannot make NaN or infinity and the model holds no floats, so these values only
    /// come from a caller: the order is still total, NaN last among the numbers.
    @Test func nonFiniteValuesHaveATotalOrder() {
        let otherNaN = Double(nan: 7, signaling: false)
        let values: [Value] = [
            .float(.nan), .string("a"), .int(3), .float(.infinity), .null, .float(-.infinity), .float(otherNaN), .float(2.5),
            .bool(true), .int(-7), .float(.nan), .float(0),
        ]
        let sorted = values.sorted()
        #expect(sorted.map(\.description) == ["null", "true", "-inf", "-7", "0.0", "2.5", "3", "inf", "nan", "nan", "nan", "a"])
        // Every pair is ordered one way, or equal.
        for a in values {
            for b in values {
                let relations = [a < b, b < a, a == b].filter { $0 }.count
                #expect(relations == 1, "\(a) vs \(b)")
            }
        }
        #expect(Value.float(.nan) == Value.float(otherNaN))
        #expect(Set<Value>([.float(.nan), .float(otherNaN), .float(-.nan), .float(0), .float(-0.0)]).count == 2)
        #expect(Set<[Value]>([[.float(.nan), .int(1)], [.float(otherNaN), .int(1)]]).count == 1)
        #expect(Value.list([.float(.nan)]) == Value.list([.float(otherNaN)]))
        #expect(Value.int(1) < Value.float(.nan))
        #expect(!(Value.float(.nan) < Value.int(Int.max)))
    }
}
