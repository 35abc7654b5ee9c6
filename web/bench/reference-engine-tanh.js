/*
 * A second hand-written JavaScript reference for the benchmark, for comparison only: reference.js (what a
 * person would write, with the browser's Math.tanh) with tanh computed as the engine computes it, by
 * Exponential.tanh's formulas. It shows how much of the engine's speed or slowness comes
 * from that tanh rather than from the code around it; its losses equal the engine's to the last bits.
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

  // tanh as the engine computes it (Exponential.java), in the same operations, so the bits are the same:
  // z + z·s·P(s)/Q(s) with s = z² for |z| < 0.625 (Cephes' rational form), else 1 − 2/(e^(2|z|) + 1) with
  // e^x from fdlibm's reduction and rational form, up to |z| = 19.1, where it rounds to ±1.
  var LN2_HI = 6.93147180369123816490e-01;
  var LN2_LO = 1.90821492927058770002e-10;
  var INV_LN2 = 1.44269504088896338700e+00;
  var P1 = 1.66666666666666019037e-01, P2 = -2.77777777770155933842e-03, P3 = 6.61375632143793436117e-05,
    P4 = -1.65339022054652515390e-06, P5 = 4.13813679705723846039e-08;
  var TP0 = -9.64399179425052238628e-01, TP1 = -9.92877231001918586564e+01, TP2 = -1.61468768441708447952e+03;
  var TQ0 = 1.12811678491632931402e+02, TQ1 = 2.23548839060100448583e+03, TQ2 = 4.84406305325125486048e+03;

  // e^x for x in [1.25, 38.2]: k = round(x/ln2) is 2..55, so 2^k is one or two exact products.
  function expAbove1(x) {
    var k = (INV_LN2 * x + 0.5) | 0;
    var hi = x - k * LN2_HI;
    var lo = k * LN2_LO;
    var r = hi - lo;
    var rr = r * r;
    var c = r - rr * (P1 + rr * (P2 + rr * (P3 + rr * (P4 + rr * P5))));
    var y = 1 - ((lo - (r * c) / (2.0 - c)) - hi);
    return k > 30 ? y * 1073741824 * (1 << (k - 30)) : y * (1 << k);
  }

  function tanh(z) {
    var negative = z < 0;
    var m = negative ? -z : z;
    if (m < 0.625) {
      var s = z * z;
      if (s === 0) {
        return z;
      }
      return z + z * s * ((TP0 * s + TP1) * s + TP2) / (((s + TQ0) * s + TQ1) * s + TQ2);
    }
    if (!(m < 19.1)) {
      return m === m ? (negative ? -1 : 1) : z;
    }
    var r = 1 - 2 / (expAbove1(2 * m) + 1);
    return negative ? -r : r;
  }

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
        a[node] = tanh(sum);
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
    name: "reference-engine-tanh",
    build: build,
    trainEpoch: trainEpoch,
    loss: loss,
    predictGrid: predictGrid
  };
})();
