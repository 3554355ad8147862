/// The handwritten-digits set: 1,797 images of 8×8 pixels (0–16) with their digit, a small real
/// classification problem for the MLP trainer whose hyperparameters the tuners tune.
public struct Digits: Sendable {
    public static let pixels = 64
    public static let classes = 10

    /// Pixel values scaled to [0, 1], row i at [i·64, (i+1)·64).
    public let features: [Float]
    public let labels: [Int]

    public var count: Int { labels.count }

    /// The built-in copy (UCI data via scikit-learn, CC BY 4.0).
    public static let builtIn: Digits = {
        var features: [Float] = []
        var labels: [Int] = []
        features.reserveCapacity(1797 * pixels)
        for line in digitsCSV.split(separator: "\n") {
            let fields = line.split(separator: ",")
            guard fields.count == pixels + 1, let label = Int(fields[pixels]) else {
                preconditionFailure("the embedded digits data is malformed")
            }
            for field in fields.prefix(pixels) { features.append(Float(Int(field)!) / 16) }
            labels.append(label)
        }
        return Digits(features: features, labels: labels)
    }()
}
