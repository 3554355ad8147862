import Allot

extension Transformer {
    /// Backpropagates the loss of the last `forward` on this workspace.
    func backward(inputs: [Int], targets: [Int], batch: Int, workspace w: TransformerWorkspace,
                  base: inout TransformerParameters?, adapterGradients: inout [LoRAGradient]?) {
        let c = configuration, n = inputs.count, length = n / batch, d = c.width, f = c.feedForwardWidth, v = c.vocabularySize
        if var gradients = base {
            gradients.forEachTensor { tensor in for i in tensor.indices { tensor[i] = 0 } }
            base = gradients
        }
        if adapterGradients != nil { for i in adapterGradients!.indices { adapterGradients![i].zero() } }

        // dLogits = (p − onehot) / n, in place.
        let logits = w.logits.pointer
        let inverseRows = 1 / Float(n)
        for row in 0..<n {
            logits[row * v + targets[row]] -= 1
            for j in 0..<v { logits[row * v + j] *= inverseRows }
        }
        if base != nil {
            base!.unembedding.withUnsafeMutableBufferPointer { g in
                FloatGEMM.multiply(w.finalNormed.pointer, logits, into: g.baseAddress!, m: d, n: v, k: n, transposeA: true)
            }
        }
        parameters.unembedding.withUnsafeBufferPointer { u in
            FloatGEMM.multiply(logits, u.baseAddress!, into: w.gradientA.pointer, m: n, n: d, k: v, transposeB: true)
        }
        Self.layerNormBackward(w.gradientA.pointer, normalized: w.finalNormalized.pointer, inverseDeviation: w.finalInverseDeviation.pointer,
                               gain: parameters.finalGain, rows: n, width: d, into: w.gradientResidual.pointer, accumulate: false)
        if base != nil {
            base!.withTensors(\.finalGain, \.finalBias) { gain, bias in
                Self.layerNormParameterGradients(w.gradientA.pointer, normalized: w.finalNormalized.pointer, rows: n, width: d, gain: &gain, bias: &bias)
            }
        }

        for l in stride(from: c.layers - 1, through: 0, by: -1) {
            let block = parameters.blocks[l], cache = w.layers[l]
            let dOut = w.gradientResidual.pointer, dMiddle = w.gradientMiddle.pointer
            // x_{l+1} = middle + down(GELU(up(LN2(middle)))).
            dMiddle.update(from: dOut, count: n * d)
            linearBackward(dOut, input: cache.activation.pointer, weight: block.down, layer: l, .down, rows: n,
                           inputGradient: w.gradientWide.pointer, accumulate: false, cache: cache, scratch: w,
                           base: &base, adapterGradients: &adapterGradients)
            for i in 0..<(n * f) { w.gradientWide.pointer[i] *= Self.geluDerivative(cache.preActivation.pointer[i]) }
            linearBackward(w.gradientWide.pointer, input: cache.normed2.pointer, weight: block.up, layer: l, .up, rows: n,
                           inputGradient: w.gradientA.pointer, accumulate: false, cache: cache, scratch: w,
                           base: &base, adapterGradients: &adapterGradients)
            Self.layerNormBackward(w.gradientA.pointer, normalized: cache.normalized2.pointer, inverseDeviation: cache.inverseDeviation2.pointer,
                                   gain: block.norm2Gain, rows: n, width: d, into: dMiddle, accumulate: true)
            if base != nil {
                base!.withTensors(\.blocks[l].norm2Gain, \.blocks[l].norm2Bias) { gain, bias in
                    Self.layerNormParameterGradients(w.gradientA.pointer, normalized: cache.normalized2.pointer, rows: n, width: d, gain: &gain, bias: &bias)
                }
            }
            // middle = x_l + output(attention(LN1(x_l))).
            linearBackward(dMiddle, input: cache.attended.pointer, weight: block.output, layer: l, .output, rows: n,
                           inputGradient: w.gradientB.pointer, accumulate: false, cache: cache, scratch: w,
                           base: &base, adapterGradients: &adapterGradients)
            attentionBackward(cache, gradient: w.gradientB.pointer, batch: batch, length: length, workspace: w)
            linearBackward(w.gradientQuery.pointer, input: cache.normed1.pointer, weight: block.query, layer: l, .query, rows: n,
                           inputGradient: w.gradientA.pointer, accumulate: false, cache: cache, scratch: w,
                           base: &base, adapterGradients: &adapterGradients)
            linearBackward(w.gradientKey.pointer, input: cache.normed1.pointer, weight: block.key, layer: l, .key, rows: n,
                           inputGradient: w.gradientA.pointer, accumulate: true, cache: cache, scratch: w,
                           base: &base, adapterGradients: &adapterGradients)
            linearBackward(w.gradientValue.pointer, input: cache.normed1.pointer, weight: block.value, layer: l, .value, rows: n,
                           inputGradient: w.gradientA.pointer, accumulate: true, cache: cache, scratch: w,
                           base: &base, adapterGradients: &adapterGradients)
            // dx_l = dMiddle + LN1ᵀ(dNormed1).
            dOut.update(from: dMiddle, count: n * d)
            Self.layerNormBackward(w.gradientA.pointer, normalized: cache.normalized1.pointer, inverseDeviation: cache.inverseDeviation1.pointer,
                                   gain: block.norm1Gain, rows: n, width: d, into: dOut, accumulate: true)
            if base != nil {
                base!.withTensors(\.blocks[l].norm1Gain, \.blocks[l].norm1Bias) { gain, bias in
                    Self.layerNormParameterGradients(w.gradientA.pointer, normalized: cache.normalized1.pointer, rows: n, width: d, gain: &gain, bias: &bias)
                }
            }
        }
        if base != nil {
            let dx = w.gradientResidual.pointer
            base!.withTensors(\.tokenEmbedding, \.positionEmbedding) { token, position in
                for row in 0..<n {
                    let id = inputs[row], t = row % length
                    for j in 0..<d {
                        token[id * d + j] += dx[row * d + j]
                        position[t * d + j] += dx[row * d + j]
                    }
                }
            }
        }
    }

    /// Backward of y = x·W (+ the adapter's low-rank term): dx (overwritten or accumulated), dW, dP, dλ, dQ.
    private func linearBackward(_ dy: UnsafeMutablePointer<Float>, input x: UnsafeMutablePointer<Float>, weight: [Float],
                                layer: Int, _ kind: MatrixKind, rows: Int, inputGradient dx: UnsafeMutablePointer<Float>, accumulate: Bool,
                                cache: TransformerWorkspace.LayerCache, scratch w: TransformerWorkspace,
                                base: inout TransformerParameters?, adapterGradients: inout [LoRAGradient]?) {
        let shape = configuration.shape(of: kind)
        weight.withUnsafeBufferPointer { wp in
            FloatGEMM.multiply(dy, wp.baseAddress!, into: dx, m: rows, n: shape.input, k: shape.output,
                               transposeB: true, beta: accumulate ? 1 : 0)
        }
        if base != nil {
            func weightGradient(_ g: inout [Float]) {
                g.withUnsafeMutableBufferPointer { gp in
                    FloatGEMM.multiply(x, dy, into: gp.baseAddress!, m: shape.input, n: shape.output, k: rows, transposeA: true)
                }
            }
            switch kind {
            case .query: weightGradient(&base!.blocks[layer].query)
            case .key: weightGradient(&base!.blocks[layer].key)
            case .value: weightGradient(&base!.blocks[layer].value)
            case .output: weightGradient(&base!.blocks[layer].output)
            case .up: weightGradient(&base!.blocks[layer].up)
            case .down: weightGradient(&base!.blocks[layer].down)
            }
        }
        guard !adapters.isEmpty else { return }
        let index = Self.adapterIndex(layer: layer, kind: kind)
        let a = adapters[index]
        guard a.rank > 0 else { return }
        let r = a.maxRank
        let u = cache.lowRank[MatrixKind.allCases.firstIndex(of: kind)!].pointer
        let z = w.scaledLowRank.pointer, dz = w.gradientLowRank.pointer
        // z = u ⊙ λ m s (recomputed: the forward buffer was reused by later matrices).
        for i in 0..<rows {
            for k in 0..<r { z[i * r + k] = u[i * r + k] * a.values[k] * a.mask[k] * a.scale }
        }
        // dz = dy Qᵀ.
        a.right.withUnsafeBufferPointer { q in
            FloatGEMM.multiply(dy, q.baseAddress!, into: dz, m: rows, n: r, k: a.output, transposeB: true)
        }
        if adapterGradients != nil {
            // dQ = zᵀ dy; dλ_k = s m_k Σ_i dz_ik u_ik.
            adapterGradients![index].right.withUnsafeMutableBufferPointer { g in
                FloatGEMM.multiply(z, dy, into: g.baseAddress!, m: r, n: a.output, k: rows, transposeA: true)
            }
            for k in 0..<r where a.mask[k] != 0 {
                var sum: Float = 0
                for i in 0..<rows { sum += dz[i * r + k] * u[i * r + k] }
                adapterGradients![index].values[k] = sum * a.scale
            }
        }
        // du = dz ⊙ λ m s (in place), dP = xᵀ du, dx += du Pᵀ.
        for i in 0..<rows {
            for k in 0..<r { dz[i * r + k] *= a.values[k] * a.mask[k] * a.scale }
        }
        if adapterGradients != nil {
            adapterGradients![index].left.withUnsafeMutableBufferPointer { g in
                FloatGEMM.multiply(x, dz, into: g.baseAddress!, m: a.input, n: r, k: rows, transposeA: true)
            }
        }
        a.left.withUnsafeBufferPointer { p in
            FloatGEMM.multiply(dz, p.baseAddress!, into: dx, m: rows, n: a.input, k: r, transposeB: true, beta: 1)
        }
    }

    /// Backward of causal attention: from dO (rows × width) to dQ, dK, dV in the workspace.
    private func attentionBackward(_ cache: TransformerWorkspace.LayerCache, gradient dO: UnsafeMutablePointer<Float>,
                                   batch: Int, length t: Int, workspace w: TransformerWorkspace) {
        let c = configuration, d = c.width, h = c.headWidth
        let scale = 1 / Float(h).squareRoot()
        let dS = w.gradientScores.pointer
        for b in 0..<batch {
            for head in 0..<c.heads {
                let offset = b * t * d + head * h
                let p = cache.probabilities.pointer + (b * c.heads + head) * t * t
                // dP = dO Vᵀ; dV = Pᵀ dO.
                FloatGEMM.multiply(dO + offset, lda: d, cache.value.pointer + offset, ldb: d, into: dS, ldc: t,
                                   m: t, n: t, k: h, transposeB: true)
                FloatGEMM.multiply(p, lda: t, dO + offset, ldb: d, into: w.gradientValue.pointer + offset, ldc: d,
                                   m: t, n: h, k: t, transposeA: true)
                // dS = P ⊙ (dP − Σ_j dP_ij P_ij) / √d_h (masked entries have P = 0).
                for i in 0..<t {
                    var dot: Float = 0
                    for j in 0...i { dot += dS[i * t + j] * p[i * t + j] }
                    for j in 0..<t { dS[i * t + j] = j <= i ? p[i * t + j] * (dS[i * t + j] - dot) * scale : 0 }
                }
                // dQ = dS K; dK = dSᵀ Q.
                FloatGEMM.multiply(dS, lda: t, cache.key.pointer + offset, ldb: d, into: w.gradientQuery.pointer + offset, ldc: d,
                                   m: t, n: h, k: t)
                FloatGEMM.multiply(dS, lda: t, cache.query.pointer + offset, ldb: d, into: w.gradientKey.pointer + offset, ldc: d,
                                   m: t, n: h, k: t, transposeA: true)
            }
        }
    }

    /// dx = rstd · (ĝ − mean(ĝ) − x̂ · mean(ĝ ⊙ x̂)) with ĝ = dy ⊙ gain; written or added into `dx`.
    static func layerNormBackward(_ dy: UnsafeMutablePointer<Float>, normalized: UnsafeMutablePointer<Float>,
                                  inverseDeviation: UnsafeMutablePointer<Float>, gain: [Float], rows: Int, width: Int,
                                  into dx: UnsafeMutablePointer<Float>, accumulate: Bool) {
        for r in 0..<rows {
            var meanG: Float = 0, meanGX: Float = 0
            for j in 0..<width {
                let g = dy[r * width + j] * gain[j]
                meanG += g
                meanGX += g * normalized[r * width + j]
            }
            meanG /= Float(width)
            meanGX /= Float(width)
            let inverse = inverseDeviation[r]
            for j in 0..<width {
                let g = dy[r * width + j] * gain[j]
                let value = inverse * (g - meanG - normalized[r * width + j] * meanGX)
                dx[r * width + j] = accumulate ? dx[r * width + j] + value : value
            }
        }
    }

    /// dgain += Σ_rows dy ⊙ x̂, dbias += Σ_rows dy.
    static func layerNormParameterGradients(_ dy: UnsafeMutablePointer<Float>, normalized: UnsafeMutablePointer<Float>, rows: Int, width: Int,
                                            gain: inout [Float], bias: inout [Float]) {
        gain.withUnsafeMutableBufferPointer { g in
            bias.withUnsafeMutableBufferPointer { b in
                for r in 0..<rows {
                    for j in 0..<width {
                        g[j] += dy[r * width + j] * normalized[r * width + j]
                        b[j] += dy[r * width + j]
                    }
                }
            }
        }
    }
}
