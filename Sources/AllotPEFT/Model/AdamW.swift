import AllotInterchange
/// AdamW (Loshchilov, Hutter 2019): Adam moments with decoupled weight decay. Tensors are addressed by
/// a slot number, so one optimizer serves the transformer's weights or a list of adapters. Codable,
/// so a checkpoint resumes with its moments.
public struct AdamW: Codable, Sendable, Equatable {
    public var beta1: Float = 0.9
    public var beta2: Float = 0.999
    public var epsilon: Float = 1e-8
    public var weightDecay: Float
    public private(set) var steps = 0
    private var first: [[Float]] = []
    private var second: [[Float]] = []

    public init(weightDecay: Float = 0) {
        self.weightDecay = weightDecay
    }

    /// Starts a step (bias corrections use the step count).
    public mutating func beginStep() { steps += 1 }

    /// θ ← θ − lr · (m̂ / (√v̂ + ε) + decay · θ) for the tensor in `slot`.
    public mutating func update(_ tensor: inout [Float], gradient: [Float], slot: Int, learningRate: Float, decay: Bool) {
        while first.count <= slot {
            first.append([])
            second.append([])
        }
        if first[slot].count != tensor.count {
            first[slot] = [Float](repeating: 0, count: tensor.count)
            second[slot] = [Float](repeating: 0, count: tensor.count)
        }
        let correction1 = 1 / (1 - pow(beta1, Float(steps))), correction2 = 1 / (1 - pow(beta2, Float(steps)))
        let b1 = beta1, b2 = beta2, eps = epsilon, lambda = decay ? weightDecay : 0
        first[slot].withUnsafeMutableBufferPointer { m in
            second[slot].withUnsafeMutableBufferPointer { v in
                tensor.withUnsafeMutableBufferPointer { theta in
                    gradient.withUnsafeBufferPointer { g in
                        for i in 0..<theta.count {
                            m[i] = b1 * m[i] + (1 - b1) * g[i]
                            v[i] = b2 * v[i] + (1 - b2) * g[i] * g[i]
                            let step = (m[i] * correction1) / ((v[i] * correction2).squareRoot() + eps)
                            theta[i] -= learningRate * (step + lambda * theta[i])
                        }
                    }
                }
            }
        }
    }
}

import Foundation
