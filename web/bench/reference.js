/*
 * The hand-written JavaScript reference for the benchmark, written as a person would: the same mathematics
 * as Hyperplane's engine on flat Float64Arrays with the browser's Math.tanh, in the same order of
 * floating-point operations, so its losses match the engine's closely (the page checks 1e-9).
 *
 * Network: layer sizes s[0..L]; neuron j of layer l at node index off[l] + j; weight w^l_jk at
 * woff[l] + j·s[l−1] + k. Forward: z = b + Σ_k w·a (k in order), a = tanh(z). Backward for
 * C = ½(a − y)²: δ^L = (a − y)(1 − a²); δ^(l−1) = (w^l)ᵀ δ^l ⊙ (1 − a²); ∂C/∂b = δ; ∂C/∂w = a_in·δ,
 * summed over a batch, then p ← p − (η/|B|)·sum.
 *
 * Sets globalThis.bench (see bench.html). Loads nothing.
 */
(function () {
  "use strict";

  var sizes, layers, off, woff, w, b, wg, bg, a, delta, learningRate, batchSize, domain;

  function build(spec) {
    sizes = spec.sizes.slice();
    layers = sizes.length - 1;
    off = new Int32Array(layers + 2);
    woff = new Int32Array(layers + 2);
    for (var l = 0; l <= layers; l++) {
      off[l + 1] = off[l] + sizes[l];
    }
    for (var m = 1; m <= layers; m++) {
      woff[m + 1] = woff[m] + sizes[m] * sizes[m - 1];
    }
    w = new Float64Array(woff[layers + 1]);
    wg = new Float64Array(w.length);
    b = new Float64Array(off[layers + 1]);
    bg = new Float64Array(b.length);
    a = new Float64Array(b.length);
    delta = new Float64Array(b.length);
    for (var k = 1; k <= layers; k++) {
      var init = spec.init[k - 1];
      if (init.inputs !== sizes[k - 1] || init.outputs !== sizes[k]) {
        throw new Error("spec.init[" + (k - 1) + "] does not fit layer sizes " + sizes);
      }
      w.set(init.W, woff[k]);
      b.set(init.b, off[k]);
    }
    learningRate = spec.learningRate;
    batchSize = spec.batchSize;
    domain = spec.gridDomain || [-6, 6];
  }

  // Returns the output a^L_0 for inputs (x1, x2).
  function forward(x1, x2) {
    a[0] = x1;
    a[1] = x2;
    for (var l = 1; l <= layers; l++) {
      var fanIn = sizes[l - 1];
      var inBase = off[l - 1];
      var wi = woff[l];
      var end = off[l + 1];
      for (var node = off[l]; node < end; node++) {
        var sum = b[node];
        for (var k = 0; k < fanIn; k++) {
          sum += w[wi++] * a[inBase + k];
        }
        // The browser's own tanh, as anyone would write it. The engine computes tanh from its own exp and expm1
        // so that every runtime gives the same bits; Math.tanh may differ from that by an ulp now and then, so
        // the losses agree closely but not to the last bit (the page allows 1e-9 after the timed epochs).
        a[node] = Math.tanh(sum);
      }
    }
    return a[off[layers]];
  }

  // Adds this sample's gradients; returns its loss ½(y − a)².
  function backward(y) {
    var out = off[layers];
    var ao = a[out];
    delta[out] = (ao - y) * (1 - ao * ao);
    var d0 = y - ao;
    var c = 0.5 * d0 * d0;
    for (var l = layers; l >= 1; l--) {
      var fanIn = sizes[l - 1];
      var inBase = off[l - 1];
      var wi = woff[l];
      var end = off[l + 1];
      var hasPrevious = l > 1;
      if (hasPrevious) {
        delta.fill(0, inBase, inBase + fanIn);
      }
      for (var node = off[l]; node < end; node++) {
        var d = delta[node];
        bg[node] += d;
        for (var k = 0; k < fanIn; k++) {
          wg[wi] += a[inBase + k] * d;
          if (hasPrevious) {
            delta[inBase + k] += w[wi] * d;
          }
          wi++;
        }
      }
      if (hasPrevious) {
        for (var p = inBase; p < inBase + fanIn; p++) {
          var t = a[p];
          delta[p] *= 1 - t * t;
        }
      }
    }
    return c;
  }

  function trainEpoch(xs, ys) {
    var count = ys.length;
    var total = 0;
    for (var start = 0; start < count; start += batchSize) {
      var end = Math.min(start + batchSize, count);
      var n = end - start;
      wg.fill(0);
      bg.fill(0);
      var sum = 0;
      for (var s = start; s < end; s++) {
        forward(xs[2 * s], xs[2 * s + 1]);
        sum += backward(ys[s]);
      }
      var step = learningRate / n;
      for (var i = 0; i < w.length; i++) {
        w[i] = w[i] - step * wg[i];
      }
      for (var j = sizes[0]; j < b.length; j++) {
        b[j] = b[j] - step * bg[j];
      }
      // As the engine's Trainer: the epoch loss is the sample-weighted mean of the batch means.
      total += (sum / n) * n;
    }
    return total / count;
  }

  function loss(xs, ys) {
    var count = ys.length;
    var sum = 0;
    for (var s = 0; s < count; s++) {
      var d = ys[s] - forward(xs[2 * s], xs[2 * s + 1]);
      sum += 0.5 * d * d;
    }
    return sum / count;
  }

  var grid = new Float64Array(0);

  function predictGrid(n) {
    if (grid.length !== n * n) {
      grid = new Float64Array(n * n);
    }
    var lo = domain[0];
    var hi = domain[1];
    var span = hi - lo;
    for (var i = 0; i < n; i++) {
      var x = lo + span * i / (n - 1);
      for (var j = 0; j < n; j++) {
        grid[i * n + j] = forward(x, hi - span * j / (n - 1));
      }
    }
    return grid;
  }

  globalThis.bench = {
    name: "reference-js",
    build: build,
    trainEpoch: trainEpoch,
    loss: loss,
    predictGrid: predictGrid
  };
})();
