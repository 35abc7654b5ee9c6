/*
 * Benchmark entry for Hyperplane's WebAssembly GC build: sets globalThis.bench (the interface described in
 * bench.html). init() loads wasm/runtime.js and the module relative to THIS script's URL, never the page's.
 * From file:// a .wasm cannot be fetched, so the module then comes from wasm/hyperplane-bench.wasm.js,
 * which carries it as base64.
 */
(function () {
  "use strict";
  var base = document.currentScript.src;
  var api = null;
  var sentXs = null;
  var sentYs = null;
  var domain = [-6, 6];

  function url(path) {
    return new URL(path, base).href;
  }

  function addScript(path) {
    return new Promise(function (resolve, reject) {
      var script = document.createElement("script");
      script.src = url(path);
      script.onload = resolve;
      script.onerror = function () { reject(new Error("could not load " + script.src)); };
      document.head.appendChild(script);
    });
  }

  function decodeBase64(text) {
    var binary = atob(text);
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) {
      bytes[i] = binary.charCodeAt(i);
    }
    return bytes;
  }

  // Arrays crossing into Wasm are copied: send a data set once and reuse it while the same arrays come
  // back (an array changed in place without a new identity is not noticed).
  function useData(xs, ys) {
    if (xs !== sentXs || ys !== sentYs) {
      api.hyperplaneBenchSetData(xs, ys);
      sentXs = xs;
      sentYs = ys;
    }
  }

  globalThis.bench = {
    name: "hyperplane-wasm",
    init: function () {
      if (api) {
        return Promise.resolve();
      }
      return addScript("wasm/runtime.js").then(function () {
        if (new URL(base).protocol === "file:") {
          return addScript("wasm/hyperplane-bench.wasm.js").then(function () {
            return decodeBase64(globalThis.hyperplaneWasm["hyperplane-bench.wasm"]);
          });
        }
        return url("wasm/hyperplane-bench.wasm");
      }).then(function (module) {
        return TeaVM.wasmGC.load(module);
      }).then(function (teavm) {
        api = teavm.exports;
      });
    },
    build: function (spec) {
      api.hyperplaneBenchBuild(spec.sizes, spec.learningRate, spec.batchSize);
      for (var l = 0; l < spec.init.length; l++) {
        api.hyperplaneBenchSetLayer(l + 1, spec.init[l].W, spec.init[l].b);
      }
      domain = spec.gridDomain || [-6, 6];
    },
    trainEpoch: function (xs, ys) {
      useData(xs, ys);
      return api.hyperplaneBenchTrainEpoch();
    },
    loss: function (xs, ys) {
      useData(xs, ys);
      return api.hyperplaneBenchLoss();
    },
    predictGrid: function (n) {
      return api.hyperplaneBenchPredictGrid(n, domain[0], domain[1]);
    }
  };
})();
