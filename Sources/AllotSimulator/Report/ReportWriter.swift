import AllotInterchange
import Foundation

/// Writes a run's report folder from its results: summary.json (reproducible), timing.json, report.md, and
/// per scenario CSV traces and SVG plots. The same function serves `allot simulate` and `allot report`.
public struct ReportWriter: Sendable {
    public let root: URL

    public init(root: URL) { self.root = root }

    /// Decisions per second of each contender, per scenario (wall clock; differs run to run).
    public struct Timing: Codable, Sendable {
        public var scenarios: [String: [String: Double]]
    }

    /// Writes everything and returns the summary.
    @discardableResult
    public func write(_ scenarios: [ScenarioResults]) throws -> Summary {
        let summaries = scenarios.map { $0.summary() }
        let summary = Summary(format: Summary.format, scenarios: summaries)
        var timing = Timing(scenarios: [:])
        for scenario in scenarios {
            timing.scenarios[scenario.record.scenario] = scenario.decisionsPerSecond()
        }
        try ResultStore.makeDirectory(root)
        for (scenario, scenarioSummary) in zip(scenarios, summaries) {
            let folder = try ResultStore.checkedFolder(root, scenario.record.scenario)
            try ResultStore.makeDirectory(folder)
            for trace in scenario.record.traces {
                try write(text: Self.traceCSV(scenario, trace), to: folder.appendingPathComponent("\(trace.key).csv"))
                try write(text: Self.traceSVG(scenario, trace), to: folder.appendingPathComponent("\(trace.key).svg"))
            }
            try write(text: Self.replicationsCSV(scenario), to: folder.appendingPathComponent("replications.csv"))
            if !scenario.record.arms.isEmpty {
                try write(text: Self.pullsCSV(scenario, scenarioSummary), to: folder.appendingPathComponent("pulls.csv"))
                try write(text: Self.pullsSVG(scenario, scenarioSummary), to: folder.appendingPathComponent("pulls.svg"))
            }
        }
        try ResultStore.writeJSON(summary, to: root.appendingPathComponent("summary.json"))
        try ResultStore.writeJSON(timing, to: root.appendingPathComponent("timing.json"))
        try write(text: Self.markdown(scenarios, summaries, timing), to: root.appendingPathComponent("report.md"))
        return summary
    }

    private func write(text: String, to url: URL) throws {
        try ResultStore.writeAtomically(Data(text.utf8), to: url)
    }

    // MARK: CSV

    static func traceCSV(_ scenario: ScenarioResults, _ trace: TraceDefinition) -> String {
        var lines = ["policy,\(csvName(scenario.record.xLabel)),mean,ci95_lower,ci95_upper"]
        for (contender, band) in zip(scenario.record.contenders, scenario.traceBands(trace.key)) {
            for (j, x) in scenario.record.traceGrid.enumerated() {
                lines.append("\(csvField(contender.label)),\(number(x)),\(number(band.mean[j])),\(number(band.lower[j])),\(number(band.upper[j]))")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func replicationsCSV(_ scenario: ScenarioResults) -> String {
        let keys = scenario.record.metrics.map(\.key)
        var lines = ["policy,replication,seed,decisions,\(keys.joined(separator: ","))"]
        for (contender, runs) in zip(scenario.record.contenders, scenario.results) {
            for run in runs {
                let values = keys.map { run.metrics[$0].map(number) ?? "" }
                lines.append("\(csvField(contender.label)),\(run.replication),\(run.seed),\(run.steps),\(values.joined(separator: ","))")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func pullsCSV(_ scenario: ScenarioResults, _ summary: ScenarioSummary) -> String {
        var lines = ["policy,arm,label,mean_pulls"]
        for contender in summary.contenders {
            for (arm, pulls) in contender.pullsPerArm.enumerated() {
                lines.append("\(csvField(contender.label)),\(arm),\(csvField(scenario.record.arms[arm].label)),\(number(pulls))")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func csvName(_ text: String) -> String { text.replacingOccurrences(of: " ", with: "_") }

    static func csvField(_ text: String) -> String {
        text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) ? "\"\(text.replacingOccurrences(of: "\"", with: "\"\""))\"" : text
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(format: "%.6g", value)
    }

    // MARK: SVG

    static func traceSVG(_ scenario: ScenarioResults, _ trace: TraceDefinition) -> String {
        let record = scenario.record
        // Cumulative quantities start at 0; rates start at their first recorded point.
        let origin = trace.isRate ? [Double]() : [0]
        let x = (trace.isRate ? [] : [0]) + record.traceGrid
        let series = zip(record.contenders, scenario.traceBands(trace.key)).map {
            SVGChart.Series(label: $0.label, x: x, y: origin + $1.mean, lower: origin + $1.lower, upper: origin + $1.upper)
        }
        return SVGChart.lines(title: "\(record.scenario): \(trace.title) (mean, 95% band)", xLabel: record.xLabel,
                              yLabel: trace.title, series: series)
    }

    static func pullsSVG(_ scenario: ScenarioResults, _ summary: ScenarioSummary) -> String {
        let byLabel = Dictionary(uniqueKeysWithValues: summary.contenders.map { ($0.label, $0.pullsPerArm) })
        let groups = scenario.record.contenders.map { (label: $0.label, values: byLabel[$0.label] ?? []) }
        return SVGChart.groupedBars(title: "\(scenario.record.scenario): pulls per arm (mean per replication)",
                                    categories: scenario.record.arms.map(\.label), yLabel: "pulls", groups: groups)
    }

    // MARK: Markdown

    /// A metric value as shown in tables.
    static func show(_ value: Double, _ definition: MetricDefinition) -> String {
        definition.isRate ? String(format: "%.1f%%", 100 * value) : show(value)
    }

    static func show(_ value: Double) -> String {
        let magnitude = abs(value)
        if magnitude >= 100 { return String(format: "%.0f", value) }
        if magnitude >= 1 { return String(format: "%.1f", value) }
        if magnitude == 0 { return "0" }
        return String(format: "%.3g", value)
    }

    /// "thompson wins: regret IQM 28.1 [22.0, 35.3], 10.2 (27%) lower than kl-ucb; the intervals do not overlap."
    public static func winnerSentence(_ summary: ScenarioSummary, _ definition: MetricDefinition) -> String {
        guard let winner = summary.winner, let best = summary.contenders.first,
              let metric = best.metrics[definition.key] else {
            return summary.contenders.first.map { "Only one policy: \($0.label)." } ?? "No policies."
        }
        let direction = definition.lowerIsBetter ? "lower" : "higher"
        let relative = winner.relativeMargin.map { String(format: " (%.0f%%)", 100 * $0) } ?? ""
        let settled = winner.intervalsOverlap
            ? "the 95% intervals overlap, so the ranking of the top two is not settled at this many replications"
            : "the 95% intervals do not overlap"
        return "\(winner.label) wins: \(definition.title) IQM \(show(metric.interquartileMean, definition)) [\(show(metric.ci95Lower, definition)), \(show(metric.ci95Upper, definition))], \(show(winner.margin, definition))\(relative) \(direction) than \(winner.runnerUp); \(settled)."
    }

    static func markdown(_ scenarios: [ScenarioResults], _ summaries: [ScenarioSummary], _ timing: Timing) -> String {
        var text = "# Allot simulation report\n\n"
        text += "Each policy plays every replication of a scenario with the same environment draws (common random numbers). "
        text += "Tables rank policies by the interquartile mean (IQM) of the primary metric over replications, with a percentile-bootstrap 95% interval (Agarwal et al. 2021). "
        text += "`summary.json` holds the same numbers; `timing.json` the decision rates; each scenario folder the CSV traces and SVG plots. "
        text += "Re-render with `allot report <folder>`.\n\n"
        text += "| scenario | winner | runner-up | margin | settled? |\n|---|---|---|---|---|\n"
        for (scenario, summary) in zip(scenarios, summaries) {
            let definition = scenario.record.primaryMetric
            if let winner = summary.winner {
                text += "| [\(summary.name)](#\(summary.name)) | \(winner.label) | \(winner.runnerUp) | \(show(winner.margin, definition)) | \(winner.intervalsOverlap ? "no (intervals overlap)" : "yes") |\n"
            } else {
                text += "| [\(summary.name)](#\(summary.name)) | \(summary.contenders.first?.label ?? "–") | – | – | – |\n"
            }
        }
        for (scenario, summary) in zip(scenarios, summaries) {
            text += "\n" + section(scenario, summary, timing.scenarios[summary.name] ?? [:])
        }
        return text
    }

    static func section(_ scenario: ScenarioResults, _ summary: ScenarioSummary, _ rates: [String: Double]) -> String {
        let record = scenario.record
        let primary = record.primaryMetric
        var text = "## \(summary.name)\n\n"
        if !summary.description.isEmpty { text += "\(summary.description)\n\n" }
        text += "- environment (`\(record.environmentKind)`): \(record.environmentSummary)\n"
        text += "- \(record.lengthText), \(record.replications) replications, seed \(record.seed), from `\(record.file)`\n"
        if let bound = record.laiRobbinsBound {
            text += "- Lai–Robbins regret at this horizon: \(show(bound)) (no consistent policy does better asymptotically)\n"
        }
        text += "\n**\(winnerSentence(summary, primary))**\n\n"
        let others = record.metrics.filter { !$0.primary && $0.isLabel != true }
        var header = "| rank | policy | \(primary.title) IQM [95% CI] | mean ± sd |"
        var rule = "|---|---|---|---|"
        if record.laiRobbinsBound != nil { header += " × Lai–Robbins |"; rule += "---|" }
        for metric in others { header += " \(metric.title) |"; rule += "---|" }
        header += " decisions/s |"
        rule += "---|"
        text += header + "\n" + rule + "\n"
        for contender in summary.contenders {
            guard let metric = contender.metrics[primary.key] else { continue }
            var row = "| \(contender.rank) | \(contender.label) | \(show(metric.interquartileMean, primary)) [\(show(metric.ci95Lower, primary)), \(show(metric.ci95Upper, primary))] | \(show(metric.mean, primary)) ± \(show(metric.standardDeviation, primary)) |"
            if record.laiRobbinsBound != nil { row += " \(contender.laiRobbinsRatio.map { String(format: "%.2f", $0) } ?? "–") |" }
            for definition in others { row += " \(contender.metrics[definition.key].map { show($0.mean, definition) } ?? "–") |" }
            row += " \(rates[contender.label].map { String(format: "%.3g", $0) } ?? "–") |"
            text += row + "\n"
        }
        text += "\n"
        for trace in record.traces { text += "![\(trace.title)](\(summary.name)/\(trace.key).svg)\n\n" }
        if !record.arms.isEmpty { text += "![pulls per arm](\(summary.name)/pulls.svg)\n\n" }
        if let means = record.arms.first?.mean, means.isFinite {
            text += "<details><summary>arms</summary>\n\n| arm | label | mean |\n|---|---|---|\n"
            for (index, arm) in record.arms.enumerated() { text += "| \(index) | \(arm.label) | \(arm.mean.map { String(format: "%.4g", $0) } ?? "–") |\n" }
            text += "\n</details>\n\n"
        }
        text += "<details><summary>policy parameters (defaults included)</summary>\n\n| policy | parameters |\n|---|---|\n"
        for contender in record.contenders { text += "| \(contender.label) | `\(contender.policy)` \(contender.parameters.summary) |\n" }
        text += "\n</details>\n"
        return text
    }

    /// The table `allot simulate` prints when it finishes.
    public static func consoleSummary(_ scenarios: [ScenarioResults], _ summary: Summary) -> String {
        var text = ""
        for (scenario, result) in zip(scenarios, summary.scenarios) {
            let primary = scenario.record.primaryMetric
            let rates = scenario.decisionsPerSecond()
            text += "\n\(result.name) — \(scenario.record.lengthText), \(result.replications) replications\n"
            var rows = [["policy", "\(primary.key) IQM", "95% CI", scenario.record.laiRobbinsBound != nil ? "x LR" : "", "decisions/s"]]
            for contender in result.contenders {
                guard let metric = contender.metrics[primary.key] else { continue }
                rows.append([contender.label, show(metric.interquartileMean, primary),
                             "[\(show(metric.ci95Lower, primary)), \(show(metric.ci95Upper, primary))]",
                             contender.laiRobbinsRatio.map { String(format: "%.2f", $0) } ?? "",
                             rates[contender.label].map { String(format: "%.2e", $0) } ?? ""])
            }
            let widths = (0..<5).map { column in rows.map { $0[column].count }.max() ?? 0 }
            for row in rows {
                text += "  " + row.enumerated().map { column, cell in
                    column == 0 ? cell.padding(toLength: widths[0], withPad: " ", startingAt: 0)
                        : String(repeating: " ", count: widths[column] - cell.count) + cell
                }.joined(separator: "  ") + "\n"
            }
            text += "  \(winnerSentence(result, primary))\n"
        }
        return text
    }
}
