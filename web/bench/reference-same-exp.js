/*
 * A second hand-written JavaScript reference for the benchmark, for comparison only: reference.js (what a
 * person would write, with the browser's Math.tanh) with tanh computed as the engine computes it, from the
 * engine's own exp and expm1 (fdlibm's algorithms). It shows how much of the engine's speed or slowness comes
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

  // e^x and e^x − 1 as the engine computes them (Exponential.java: fdlibm's e_exp.c and s_expm1.c, with 2^k
  // from a table of exact powers of two). Written out because Math.exp may round differently; the engine's
  // own versions equal StrictMath's bit for bit, and so do these.
  var LN2_HI = 6.93147180369123816490e-01;
  var LN2_LO = 1.90821492927058770002e-10;
  var INV_LN2 = 1.44269504088896338700e+00;
  var OVERFLOW = 7.09782712893383973096e+02;
  var UNDERFLOW = -7.45133219101941108420e+02;
  var TWO_M1000 = Math.pow(2, -1000);
  var P1 = 1.66666666666666019037e-01, P2 = -2.77777777770155933842e-03, P3 = 6.61375632143793436117e-05,
    P4 = -1.65339022054652515390e-06, P5 = 4.13813679705723846039e-08;
  var Q1 = -3.33333333333331316428e-02, Q2 = 1.58730158725481460165e-03, Q3 = -7.93650757867487942473e-05,
    Q4 = 4.00821782732936239552e-06, Q5 = -2.01099218183624371326e-07;
  var HALF_LN2_UP = 0x162e43 * Math.pow(2, -22);      // 0x1.62e43p-2
  var ONE_AND_HALF_LN2 = 0x10a2b2 * Math.pow(2, -20); // 0x1.0a2b2p0
  var EXP_TINY = Math.pow(2, -28);
  var EXPM1_TINY = Math.pow(2, -54);
  var EXP_HUGE = 0x162e42 * Math.pow(2, -11);         // 0x1.62e42p9
  var EXPM1_SATURATE = 0x13687a * Math.pow(2, -15);   // 0x1.3687ap5
  var POW2 = new Float64Array(2046);                  // POW2[k + 1022] = 2^k, k = -1022..1023
  (function () {
    POW2[1022] = 1;
    for (var i = 1023; i < POW2.length; i++) {
      POW2[i] = POW2[i - 1] * 2;
    }
    for (var j = 1021; j >= 0; j--) {
      POW2[j] = POW2[j + 1] * 0.5;
    }
  })();

  function scale(y, k) {
    if (k >= -1021) {
      return k > 1023 ? y * 2 * POW2[2045] : y * POW2[k + 1022];
    }
    return y * POW2[k + 2022] * TWO_M1000;
  }

  function exp(x) {
    if (x !== x) {
      return x;
    }
    var negative = x < 0;
    var ax = negative ? -x : x;
    if (ax >= EXP_HUGE) {
      if (ax === Infinity) {
        return negative ? 0 : x;
      }
      if (x > OVERFLOW) {
        return Infinity;
      }
      if (x < UNDERFLOW) {
        return 0;
      }
    }
    var hi = 0, lo = 0, k = 0;
    if (ax >= HALF_LN2_UP) {
      if (ax < ONE_AND_HALF_LN2) {
        hi = negative ? x + LN2_HI : x - LN2_HI;
        lo = negative ? -LN2_LO : LN2_LO;
        k = negative ? -1 : 1;
      } else {
        k = (INV_LN2 * x + (negative ? -0.5 : 0.5)) | 0;
        hi = x - k * LN2_HI;
        lo = k * LN2_LO;
      }
      x = hi - lo;
    } else if (ax < EXP_TINY) {
      return 1 + x;
    }
    var t = x * x;
    var c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
    if (k === 0) {
      return 1 - ((x * c) / (c - 2.0) - x);
    }
    return scale(1 - ((lo - (x * c) / (2.0 - c)) - hi), k);
  }

  function expm1(x) {
    if (x !== x) {
      return x;
    }
    var negative = x < 0;
    var ax = negative ? -x : x;
    if (ax >= EXPM1_SATURATE) {
      if (ax >= EXP_HUGE) {
        if (ax === Infinity) {
          return negative ? -1 : x;
        }
        if (x > OVERFLOW) {
          return Infinity;
        }
      }
      if (negative) {
        return -1;
      }
    }
    var c = 0, k = 0, hi, lo;
    if (ax >= HALF_LN2_UP) {
      if (ax < ONE_AND_HALF_LN2) {
        hi = negative ? x + LN2_HI : x - LN2_HI;
        lo = negative ? -LN2_LO : LN2_LO;
        k = negative ? -1 : 1;
      } else {
        k = (INV_LN2 * x + (negative ? -0.5 : 0.5)) | 0;
        hi = x - k * LN2_HI;
        lo = k * LN2_LO;
      }
      x = hi - lo;
      c = (hi - x) - lo;
    } else if (ax < EXPM1_TINY) {
      return x;
    }
    var hfx = 0.5 * x;
    var hxs = x * hfx;
    var r1 = 1 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
    var t = 3.0 - r1 * hfx;
    var e = hxs * ((r1 - t) / (6.0 - x * t));
    if (k === 0) {
      return x - (x * e - hxs);
    }
    e = x * (e - c) - c;
    e -= hxs;
    if (k === -1) {
      return 0.5 * (x - e) - 0.5;
    }
    if (k === 1) {
      return x < -0.25 ? -2.0 * (e - (x + 0.5)) : 1 + 2.0 * (x - e);
    }
    if (k <= -2 || k > 56) {
      return scale(1 - (e - x), k) - 1;
    }
    if (k < 20) {
      return scale((1 - POW2[1022 - k]) - (e - x), k);
    }
    var y = x - (e + POW2[1022 - k]);
    y += 1;
    return scale(y, k);
  }

  // tanh as the engine computes it (Exponential.tanh): never overflows, and uses expm1 for |z| < 0.5.
  function tanh(z) {
    var m = Math.abs(z);
    var r;
    if (m < 0.5) {
      var u = expm1(-2 * m);
      r = -u / (2 + u);
    } else {
      var t = exp(-2 * m);
      r = (1 - t) / (1 + t);
    }
    return z < 0 ? -r : (z >= 0 ? r : z);
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
    name: "reference-same-exp",
    build: build,
    trainEpoch: trainEpoch,
    loss: loss,
    predictGrid: predictGrid
  };
})();
