import AllotInterchange
import Foundation

/// Minimal SVG charts written by hand (Swift Charts does not exist on Linux): a line chart with shaded
/// interval bands and a grouped bar chart. Plain SVG 1.1 that any browser opens; text is XML-escaped.
public enum SVGChart {
    /// One line with an optional band.
    public struct Series {
        public var label: String
        public var x: [Double]
        public var y: [Double]
        public var lower: [Double]?
        public var upper: [Double]?
        /// Points (small circles) rather than a line: values that do not follow one another.
        public var markers: Bool
        public init(label: String, x: [Double], y: [Double], lower: [Double]? = nil, upper: [Double]? = nil, markers: Bool = false) {
            self.label = label
            self.x = x
            self.y = y
            self.lower = lower
            self.upper = upper
            self.markers = markers
        }
    }

    /// A colour-blind-safe palette (Okabe–Ito), cycled.
    static let palette = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442"]

    static let width = 760.0, height = 440.0
    static let left = 70.0, right = 200.0, top = 40.0, bottom = 50.0

    /// A line chart: one line per series, its band shaded.
    public static func lines(title: String, xLabel: String, yLabel: String, series: [Series]) -> String {
        let xs = series.flatMap(\.x)
        let ys = series.flatMap { $0.y + ($0.lower ?? []) + ($0.upper ?? []) }.filter(\.isFinite)
        let xTicks = niceTicks(min: xs.min() ?? 0, max: xs.max() ?? 1)
        let yTicks = niceTicks(min: min(0, ys.min() ?? 0), max: ys.max() ?? 1)
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        func px(_ x: Double) -> Double { left + (x - xTicks.first!) / (xTicks.last! - xTicks.first!) * plotWidth }
        func py(_ y: Double) -> Double { top + plotHeight - (y - yTicks.first!) / (yTicks.last! - yTicks.first!) * plotHeight }

        var svg = header(title: title)
        svg += axes(xTicks: xTicks, yTicks: yTicks, px: px, py: py, xLabel: xLabel, yLabel: yLabel)
        for (index, line) in series.enumerated() {
            let colour = palette[index % palette.count]
            if let lower = line.lower, let upper = line.upper, lower.count == line.x.count, upper.count == line.x.count {
                let forward = zip(line.x, upper).map { "\(f(px($0))),\(f(py($1)))" }
                let backward = zip(line.x, lower).reversed().map { "\(f(px($0))),\(f(py($1)))" }
                svg += "<polygon points=\"\((forward + backward).joined(separator: " "))\" fill=\"\(colour)\" fill-opacity=\"0.15\" stroke=\"none\"/>\n"
            }
            if line.markers {
                for (x, y) in zip(line.x, line.y) where y.isFinite {
                    svg += "<circle cx=\"\(f(px(x)))\" cy=\"\(f(py(y)))\" r=\"2.5\" fill=\"\(colour)\" fill-opacity=\"0.6\"/>\n"
                }
                continue
            }
            let points = zip(line.x, line.y).map { "\(f(px($0))),\(f(py($1)))" }.joined(separator: " ")
            svg += "<polyline points=\"\(points)\" fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2\"/>\n"
        }
        svg += legend(series.map(\.label))
        return svg + "</svg>\n"
    }

    /// A grouped bar chart: for each category (arm), one bar per group (policy).
    public static func groupedBars(title: String, categories: [String], yLabel: String, groups: [(label: String, values: [Double])]) -> String {
        let maximum = groups.flatMap(\.values).filter(\.isFinite).max() ?? 1
        let yTicks = niceTicks(min: 0, max: max(maximum, 1e-12))
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        func py(_ y: Double) -> Double { top + plotHeight - (y - yTicks.first!) / (yTicks.last! - yTicks.first!) * plotHeight }
        var svg = header(title: title)
        // y grid and labels
        for tick in yTicks {
            svg += "<line x1=\"\(f(left))\" y1=\"\(f(py(tick)))\" x2=\"\(f(left + plotWidth))\" y2=\"\(f(py(tick)))\" stroke=\"#dddddd\"/>\n"
            svg += "<text x=\"\(f(left - 6))\" y=\"\(f(py(tick) + 4))\" text-anchor=\"end\">\(label(tick))</text>\n"
        }
        svg += "<line x1=\"\(f(left))\" y1=\"\(f(top + plotHeight))\" x2=\"\(f(left + plotWidth))\" y2=\"\(f(top + plotHeight))\" stroke=\"#333333\"/>\n"
        let slot = plotWidth / Double(max(categories.count, 1))
        let barWidth = slot * 0.8 / Double(max(groups.count, 1))
        for (c, category) in categories.enumerated() {
            let slotLeft = left + Double(c) * slot + slot * 0.1
            for (g, group) in groups.enumerated() where c < group.values.count {
                let value = group.values[c]
                let y = py(value)
                svg += "<rect x=\"\(f(slotLeft + Double(g) * barWidth))\" y=\"\(f(y))\" width=\"\(f(max(barWidth - 1, 0.5)))\" height=\"\(f(max(top + plotHeight - y, 0)))\" fill=\"\(palette[g % palette.count])\"><title>\(escape(group.label)), \(escape(category)): \(label(value))</title></rect>\n"
            }
            let cx = slotLeft + slot * 0.4
            svg += "<text x=\"\(f(cx))\" y=\"\(f(top + plotHeight + 14))\" text-anchor=\"end\" transform=\"rotate(-35 \(f(cx)) \(f(top + plotHeight + 14)))\">\(escape(String(category.prefix(24))))</text>\n"
        }
        svg += "<text x=\"16\" y=\"\(f(top + plotHeight / 2))\" text-anchor=\"middle\" transform=\"rotate(-90 16 \(f(top + plotHeight / 2)))\">\(escape(yLabel))</text>\n"
        svg += legend(groups.map(\.label))
        return svg + "</svg>\n"
    }

    /// A heatmap of integers (ranks per layer and matrix type): one cell per value, shaded from white
    /// (0) to dark blue (`maximum`), the number written in each cell.
    public static func heatmap(title: String, rowLabels: [String], columnLabels: [String], values: [[Int]], maximum: Int) -> String {
        let cell = 56.0, labelWidth = 90.0, top = 60.0
        let width = labelWidth + cell * Double(columnLabels.count) + 20, height = top + cell * Double(rowLabels.count) + 30
        var svg = """
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" width="\(Int(width))" height="\(Int(height))" viewBox="0 0 \(Int(width)) \(Int(height))" font-family="Helvetica, Arial, sans-serif" font-size="12">
            <rect width="100%" height="100%" fill="white"/>
            <text x="10" y="22" font-size="15" font-weight="bold">\(escape(title))</text>

            """
        for (c, label) in columnLabels.enumerated() {
            svg += "<text x=\"\(f(labelWidth + cell * (Double(c) + 0.5)))\" y=\"\(f(top - 8))\" text-anchor=\"middle\">\(escape(label))</text>\n"
        }
        for (r, label) in rowLabels.enumerated() {
            let y = top + cell * Double(r)
            svg += "<text x=\"\(f(labelWidth - 8))\" y=\"\(f(y + cell / 2 + 4))\" text-anchor=\"end\">\(escape(label))</text>\n"
            for c in columnLabels.indices {
                let value = values[r][c]
                let t = maximum > 0 ? min(1, Double(value) / Double(maximum)) : 0
                // White to #0b3d91.
                let red = Int(255 - t * (255 - 11)), green = Int(255 - t * (255 - 61)), blue = Int(255 - t * (255 - 145))
                let x = labelWidth + cell * Double(c)
                svg += "<rect x=\"\(f(x))\" y=\"\(f(y))\" width=\"\(f(cell - 2))\" height=\"\(f(cell - 2))\" fill=\"rgb(\(red),\(green),\(blue))\" stroke=\"#ccc\"/>\n"
                svg += "<text x=\"\(f(x + cell / 2 - 1))\" y=\"\(f(y + cell / 2 + 4))\" text-anchor=\"middle\" fill=\"\(t > 0.55 ? "white" : "black")\">\(value)</text>\n"
            }
        }
        return svg + "</svg>\n"
    }

    // MARK: pieces

    static func header(title: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <svg xmlns="http://www.w3.org/2000/svg" width="\(Int(width))" height="\(Int(height + 20))" viewBox="0 0 \(Int(width)) \(Int(height + 20))" font-family="Helvetica, Arial, sans-serif" font-size="12">
        <rect width="100%" height="100%" fill="white"/>
        <text x="\(f(left))" y="22" font-size="15" font-weight="bold">\(escape(title))</text>

        """
    }

    static func axes(xTicks: [Double], yTicks: [Double], px: (Double) -> Double, py: (Double) -> Double, xLabel: String, yLabel: String) -> String {
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        var svg = ""
        for tick in yTicks {
            svg += "<line x1=\"\(f(left))\" y1=\"\(f(py(tick)))\" x2=\"\(f(left + plotWidth))\" y2=\"\(f(py(tick)))\" stroke=\"#dddddd\"/>\n"
            svg += "<text x=\"\(f(left - 6))\" y=\"\(f(py(tick) + 4))\" text-anchor=\"end\">\(label(tick))</text>\n"
        }
        for tick in xTicks {
            svg += "<line x1=\"\(f(px(tick)))\" y1=\"\(f(top + plotHeight))\" x2=\"\(f(px(tick)))\" y2=\"\(f(top + plotHeight + 5))\" stroke=\"#333333\"/>\n"
            svg += "<text x=\"\(f(px(tick)))\" y=\"\(f(top + plotHeight + 18))\" text-anchor=\"middle\">\(label(tick))</text>\n"
        }
        svg += "<rect x=\"\(f(left))\" y=\"\(f(top))\" width=\"\(f(plotWidth))\" height=\"\(f(plotHeight))\" fill=\"none\" stroke=\"#333333\"/>\n"
        svg += "<text x=\"\(f(left + plotWidth / 2))\" y=\"\(f(height - 8))\" text-anchor=\"middle\">\(escape(xLabel))</text>\n"
        svg += "<text x=\"16\" y=\"\(f(top + plotHeight / 2))\" text-anchor=\"middle\" transform=\"rotate(-90 16 \(f(top + plotHeight / 2)))\">\(escape(yLabel))</text>\n"
        return svg
    }

    static func legend(_ labels: [String]) -> String {
        var svg = ""
        let x = width - right + 15
        for (index, text) in labels.enumerated() {
            let y = top + 10 + Double(index) * 18
            svg += "<rect x=\"\(f(x))\" y=\"\(f(y - 9))\" width=\"12\" height=\"12\" fill=\"\(palette[index % palette.count])\"/>\n"
            svg += "<text x=\"\(f(x + 18))\" y=\"\(f(y + 1))\">\(escape(String(text.prefix(26))))</text>\n"
        }
        return svg
    }

    /// Tick values at a 1-2-5 step covering [min, max], about 5 of them.
    static func niceTicks(min lower: Double, max upper: Double) -> [Double] {
        var low = lower, high = upper
        if !(high > low) { high = low + (low == 0 ? 1 : abs(low) * 0.1) }
        let rough = (high - low) / 5
        let magnitude = pow(10, (log10(rough)).rounded(.down))
        let step = [1.0, 2, 5, 10].map { $0 * magnitude }.first { $0 >= rough } ?? 10 * magnitude
        low = (low / step).rounded(.down) * step
        high = (high / step).rounded(.up) * step
        return stride(from: low, through: high + step / 2, by: step).map { $0 }
    }

    /// A tick label: integers without decimals, small numbers with up to 3 significant digits.
    static func label(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e9 { return String(Int(value)) }
        return String(format: "%.3g", value)
    }

    static func f(_ value: Double) -> String { String(format: "%.1f", value) }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
