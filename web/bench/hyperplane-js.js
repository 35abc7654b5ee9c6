/*
 * Benchmark entry for Hyperplane's JavaScript build: sets globalThis.bench (the interface described in
 * bench.html). init() loads js/hyperplane-bench.js relative to THIS script's URL, never the page's, so any
 * page, over http or from file://, can load this one file to compare engines side by side.
 */
(function () {
  "use strict";
  var base = document.currentScript.src;
  var api = null;
  var sentXs = null;
  var sentYs = null;
  var domain = [-6, 6];

  function addScript(path) {
    return new Promise(function (resolve, reject) {
      var script = document.createElement("script");
      script.src = new URL(path, base).href;
      script.onload = resolve;
      script.onerror = function () { reject(new Error("could not load " + script.src)); };
      document.head.appendChild(script);
    });
  }

  // Data crossing into the engine is copied: send a data set once and reuse it while the same arrays
  // come back (an array changed in place without a new identity is not noticed).
  function useData(xs, ys) {
    if (xs !== sentXs || ys !== sentYs) {
      api.hyperplaneBenchSetData(xs, ys);
      sentXs = xs;
      sentYs = ys;
    }
  }

  globalThis.bench = {
    name: "hyperplane-js",
    init: function () {
      if (api) {
        return Promise.resolve();
      }
      return addScript("js/hyperplane-bench.js").then(function () {
        // TeaVM's module puts its exports on the global object; keep them before another script can.
        api = {};
        ["hyperplaneBenchBuild", "hyperplaneBenchSetLayer", "hyperplaneBenchSetData", "hyperplaneBenchTrainEpoch",
          "hyperplaneBenchLoss", "hyperplaneBenchPredictGrid"].forEach(function (name) {
          api[name] = globalThis[name];
        });
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
