import Foundation
import Testing
import Allot
import AllotInterchange
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import AllotSimulator

/// Statistics against hand-computed values, and report files that parse.
@Suite("Simulator metrics and reports")
struct ReportTests {
    @Test("interquartile mean drops ⌊n/4⌋ values from each end")
    func interquartileMean() {
        #expect(Statistics.interquartileMean([1, 2, 3, 4, 100, -50, 5, 6]) == 3.5)
        #expect(Statistics.interquartileMean([7]) == 7)
        #expect(Statistics.interquartileMean([1, 2, 3]) == 2)
        #expect(Statistics.quantile(sorted: [0, 10], 0.25) == 2.5)
        #expect(abs(Statistics.standardDeviation([2, 4, 4, 4, 5, 5, 7, 9]) - 2.138089935299395) < 1e-12)
    }

    @Test("the bootstrap interval is reproducible, brackets the IQM, and narrows with more data")
    func bootstrap() {
        let small = (0..<8).map { Double($0 % 5) + 0.1 * Double($0) }
        let large = (0..<64).map { Double($0 % 5) + 0.1 * Double($0 % 8) }
        let a = Statistics.bootstrapInterval(small, seed: 3)
        let b = Statistics.bootstrapInterval(small, seed: 3)
        #expect(a.lower == b.lower && a.upper == b.upper)
        let iqm = Statistics.interquartileMean(small)
        #expect(a.lower <= iqm && iqm <= a.upper)
        let wide = Statistics.bootstrapInterval(large, seed: 3)
        #expect(wide.upper - wide.lower < a.upper - a.lower)
    }

    /// Collects XML parse errors.
    final class Checker: NSObject, XMLParserDelegate {
        var elements = 0
        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            elements += 1
        }
    }

    @Test("report files: SVGs parse as XML, report.md names the winner, CSVs have a row per point")
    func reportFiles() async throws {
        let folder = RunnerTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let json = RunnerTests.scenario.replacingOccurrences(of: "\"name\": \"small\"", with: "\"name\": \"small\", \"description\": \"Arms <A> & \\\"B\\\"\"")
        let results = try await SimulationRunner(output: folder, jobs: 2).run([try RunnerTests.load(json)])
        let summary = try ReportWriter(root: folder).write(results)
        for name in ["regret.svg", "pulls.svg"] {
            let data = try Data(contentsOf: folder.appendingPathComponent("small/\(name)"))
            let parser = XMLParser(data: data)
            let checker = Checker()
            parser.delegate = checker
            #expect(parser.parse(), "\(name): \(parser.parserError.map { "\($0)" } ?? "")")
            #expect(checker.elements > 20)
        }
        let report = try String(contentsOf: folder.appendingPathComponent("report.md"), encoding: .utf8)
        let winner = try #require(summary.scenarios[0].winner)
        #expect(report.contains("\(winner.label) wins"))
        let csv = try String(contentsOf: folder.appendingPathComponent("small/regret.csv"), encoding: .utf8)
        #expect(csv.split(separator: "\n").count == 1 + 3 * 20)
        let replications = try String(contentsOf: folder.appendingPathComponent("small/replications.csv"), encoding: .utf8)
        #expect(replications.split(separator: "\n").count == 1 + 3 * 6)
        // Ranks follow the IQM of regret.
        let iqms = summary.scenarios[0].contenders.map { $0.metrics["regret"]!.interquartileMean }
        #expect(iqms == iqms.sorted())
        #expect(summary.scenarios[0].contenders.map(\.rank) == [1, 2, 3])
    }

    @Test("nice ticks cover the range with 1-2-5 steps")
    func ticks() {
        #expect(SVGChart.niceTicks(min: 0, max: 9.3) == [0, 2, 4, 6, 8, 10])
        #expect(SVGChart.niceTicks(min: 0, max: 10_000) == [0, 2000, 4000, 6000, 8000, 10_000])
        #expect(SVGChart.niceTicks(min: 3, max: 3) == [3, 3.1] || SVGChart.niceTicks(min: 3, max: 3).count >= 2)
    }
}
