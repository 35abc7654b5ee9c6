/*
 * Runs bench.html: loads the three engines (each script sets globalThis.bench, taken as soon as it loads),
 * times workloads W1-W3 on each, checks that their losses agree and fills the tables.
 *
 * Query parameters: autorun=1 starts at once; epochs, rounds and grids override the fields.
 * When finished, document.body.dataset.state is "done" (or "error") and globalThis.benchResults holds the
 * numbers, for tests and harnesses.
 */
(function () {
  "use strict";
  var base = document.currentScript.src;
  var ENGINES = [
    { script: "hyperplane-wasm.js", label: "Hyperplane (WebAssembly)" },
    { script: "hyperplane-js.js", label: "Hyperplane (JavaScript)" },
    { script: "reference.js", label: "Hand-written JS" },
    { script: "reference-engine-tanh.js", label: "Hand-written JS, engine's tanh" }
  ];
  var REFERENCE = "reference-js";
  var TOLERANCE = 1e-9;
  // W3 is a heatmap: Hyperplane draws it with a table tanh whose error is below 2.4e-5 per neuron (see
  // FastActivation.java); through W2's seven layers the output differs from exact tanh by far less than 1e-3.
  var GRID_TOLERANCE = 1e-3;
  var POINTS = 250;
  var GRID = 100;
  var WORKLOADS = [
    { id: "W1", hidden: [4, 2] },
    { id: "W2", hidden: [8, 8, 8, 8, 8, 8] }
  ];

  function $(id) {
    return document.getElementById(id);
  }

  function addScript(path) {
    return new Promise(function (resolve, reject) {
      var script = document.createElement("script");
      script.src = new URL(path, base).href;
      script.onload = resolve;
      script.onerror = function () { reject(new Error("could not load " + script.src)); };
      document.head.appendChild(script);
    });
  }

  // xorshift32 on int arithmetic: the data and weights are the same in every browser and every run.
  function generator(seed) {
    var s = seed | 0 || 1;
    return function () {
      s ^= s << 13;
      s ^= s >>> 17;
      s ^= s << 5;
      return (s >>> 0) / 4294967296;
    };
  }

  // The circle set as TensorFlow Playground draws it, alternating classes so every batch holds both.
  function circleData(random) {
    var xs = new Float64Array(2 * POINTS);
    var ys = new Float64Array(POINTS);
    for (var i = 0; i < POINTS; i++) {
      var inside = i % 2 === 0;
      var r = inside ? 2.5 * random() : 3.5 + 1.5 * random();
      var angle = 2 * Math.PI * random();
      xs[2 * i] = r * Math.cos(angle);
      xs[2 * i + 1] = r * Math.sin(angle);
      ys[i] = inside ? 1 : -1;
    }
    return { xs: xs, ys: ys };
  }

  // Glorot-uniform weights, biases 0.1, drawn once per workload and handed to every engine.
  function spec(hidden, random) {
    var sizes = [2].concat(hidden, [1]);
    var init = [];
    for (var l = 1; l < sizes.length; l++) {
      var inputs = sizes[l - 1];
      var outputs = sizes[l];
      var range = Math.sqrt(6 / (inputs + outputs));
      var W = new Float64Array(inputs * outputs);
      for (var k = 0; k < W.length; k++) {
        W[k] = (2 * random() - 1) * range;
      }
      var b = new Float64Array(outputs).fill(0.1);
      init.push({ inputs: inputs, outputs: outputs, W: W, b: b });
    }
    return { sizes: sizes, learningRate: 0.03, batchSize: 10, gridDomain: [-6, 6], init: init };
  }

  function pause() {
    return new Promise(function (resolve) { setTimeout(resolve, 0); });
  }

  function settings() {
    var query = new URLSearchParams(location.search);
    ["epochs", "rounds", "grids"].forEach(function (name) {
      if (query.has(name)) {
        $(name).value = query.get(name);
      }
    });
    function read(name) {
      var field = $(name);
      var value = Math.floor(Number(field.value));
      var min = Number(field.min);
      var max = Number(field.max);
      if (!(value >= min && value <= max)) {
        throw new Error(field.labels[0].textContent + " must be a whole number from " + min + " to " + max);
      }
      return value;
    }
    return { epochs: read("epochs"), rounds: read("rounds"), grids: read("grids"), autorun: query.get("autorun") === "1" };
  }

  function loadEngines() {
    var loaded = [];
    var chain = Promise.resolve();
    ENGINES.forEach(function (entry) {
      chain = chain.then(function () {
        globalThis.bench = undefined;
        return addScript(entry.script);
      }).then(function () {
        var engine = globalThis.bench;
        return Promise.resolve(engine.init ? engine.init({}) : undefined).then(function () {
          loaded.push({ engine: engine, label: entry.label });
        });
      }).catch(function (error) {
        console.warn(entry.label + " is not available:", error);
        loaded.push({ engine: null, label: entry.label, error: String(error && error.message || error) });
      });
    });
    return chain.then(function () {
      return loaded;
    });
  }

  function train(engine, theSpec, data, epochs) {
    engine.build(theSpec);
    var last = NaN;
    var start = performance.now();
    for (var e = 0; e < epochs; e++) {
      last = engine.trainEpoch(data.xs, data.ys);
    }
    var ms = performance.now() - start;
    return { ms: ms, epochLoss: last, loss: engine.loss(data.xs, data.ys) };
  }

  function grids(engine, count) {
    var first = null;
    var start = performance.now();
    for (var g = 0; g < count; g++) {
      var out = engine.predictGrid(GRID);
      if (first === null) {
        first = Float64Array.from(out);
      }
    }
    return { ms: performance.now() - start, grid: first };
  }

  function format(x, digits) {
    if (!(x >= 0)) {
      return "–";
    }
    return x.toLocaleString("en-GB", { maximumFractionDigits: digits === undefined ? 0 : digits });
  }

  function ratio(x, reference) {
    return x > 0 && reference > 0 ? x / reference : NaN;
  }

  function cell(row, text, header) {
    var td = document.createElement(header ? "th" : "td");
    if (header) {
      td.scope = "row";
    }
    td.textContent = text;
    row.appendChild(td);
    return td;
  }

  function render(results) {
    var body = $("results-body");
    var check = $("agreement-body");
    body.textContent = "";
    check.textContent = "";
    var ref = results.engines[REFERENCE];
    Object.keys(results.engines).forEach(function (name) {
      var r = results.engines[name];
      var row = document.createElement("tr");
      cell(row, r.label, true);
      if (r.error) {
        var td = cell(row, "not available: " + r.error);
        td.colSpan = 8;
      } else {
        cell(row, format(r.W1.samplesPerSecond));
        cell(row, format(r.W1.epochsPerSecond, 1));
        cell(row, ref ? format(ratio(r.W1.samplesPerSecond, ref.W1.samplesPerSecond), 2) + "×" : "–");
        cell(row, format(r.W2.samplesPerSecond));
        cell(row, format(r.W2.epochsPerSecond, 1));
        cell(row, ref ? format(ratio(r.W2.samplesPerSecond, ref.W2.samplesPerSecond), 2) + "×" : "–");
        cell(row, format(r.W3.gridsPerSecond, 1));
        cell(row, ref ? format(ratio(r.W3.gridsPerSecond, ref.W3.gridsPerSecond), 2) + "×" : "–");
      }
      body.appendChild(row);
      if (!r.error) {
        var agree = document.createElement("tr");
        cell(agree, r.label, true);
        cell(agree, r.W1.loss.toPrecision(12));
        cell(agree, r.W2.loss.toPrecision(12));
        cell(agree, r.lossDifference.toExponential(1));
        cell(agree, r.gridDifference.toExponential(1));
        var verdict = cell(agree, r.agrees ? "agrees" : "DIFFERS");
        verdict.className = r.agrees ? "ok" : "bad";
        check.appendChild(agree);
      }
    });
  }

  async function run() {
    var button = $("run");
    var progress = $("progress");
    var status = $("status");
    button.disabled = true;
    document.body.dataset.state = "running";
    try {
      var options = settings();
      status.textContent = "Loading the engines…";
      var engines = await loadEngines();
      var random = generator(20240611);
      var data = circleData(random);
      var specs = WORKLOADS.map(function (w) { return spec(w.hidden, random); });
      var results = { options: options, engines: {} };
      engines.forEach(function (e) {
        var name = e.engine ? e.engine.name : e.label;
        results.engines[name] = e.engine ? { label: e.label, W1: {}, W2: {}, W3: {} } : { label: e.label, error: e.error };
      });
      var usable = engines.filter(function (e) { return e.engine; });
      var total = options.rounds * WORKLOADS.length * usable.length;
      var done = 0;
      progress.max = total;
      for (var round = 1; round <= options.rounds; round++) {
        for (var w = 0; w < WORKLOADS.length; w++) {
          var workload = WORKLOADS[w];
          for (var i = 0; i < usable.length; i++) {
            var engine = usable[i].engine;
            status.textContent = "Round " + round + " of " + options.rounds + ": " + workload.id + " on "
              + usable[i].label + "…";
            await pause();
            var t = train(engine, specs[w], data, options.epochs);
            var r = results.engines[engine.name];
            var best = r[workload.id];
            if (!(best.ms <= t.ms)) {
              r[workload.id] = {
                ms: t.ms,
                loss: t.loss,
                epochLoss: t.epochLoss,
                epochsPerSecond: options.epochs / (t.ms / 1000),
                samplesPerSecond: options.epochs * POINTS / (t.ms / 1000)
              };
            }
            if (workload.id === "W2") {
              var g = grids(engine, options.grids);
              if (!(r.W3.ms <= g.ms)) {
                r.W3 = { ms: g.ms, gridsPerSecond: options.grids / (g.ms / 1000) };
              }
              r.grid = g.grid;
            }
            done++;
            progress.value = done;
          }
        }
      }
      compare(results);
      render(results);
      var verdicts = usable.map(function (e) { return results.engines[e.engine.name].agrees; });
      status.textContent = "Done: " + options.rounds + " round(s) of " + options.epochs + " epochs. "
        + (verdicts.every(Boolean) ? "All losses agree to within 1e-9, the W3 grids to within 1e-3." : "Some losses DIFFER: see below.");
      Object.keys(results.engines).forEach(function (name) {
        delete results.engines[name].grid;
      });
      globalThis.benchResults = results;
      document.body.dataset.state = "done";
    } catch (error) {
      console.error(error);
      status.textContent = "The benchmark stopped: " + (error && error.message ? error.message : error);
      document.body.dataset.state = "error";
    } finally {
      button.disabled = false;
    }
  }

  // Compares every engine's losses and first grid with the reference's.
  function compare(results) {
    var ref = results.engines[REFERENCE];
    Object.keys(results.engines).forEach(function (name) {
      var r = results.engines[name];
      if (r.error) {
        return;
      }
      if (!ref || ref.error) {
        r.lossDifference = NaN;
        r.gridDifference = NaN;
        r.agrees = false;
        return;
      }
      r.lossDifference = Math.max(Math.abs(r.W1.loss - ref.W1.loss), Math.abs(r.W2.loss - ref.W2.loss),
        Math.abs(r.W1.epochLoss - ref.W1.epochLoss), Math.abs(r.W2.epochLoss - ref.W2.epochLoss));
      var gridDifference = 0;
      for (var i = 0; i < ref.grid.length; i++) {
        var d = Math.abs(r.grid[i] - ref.grid[i]);
        gridDifference = d > gridDifference || d !== d ? d : gridDifference;
      }
      r.gridDifference = r.grid.length === ref.grid.length ? gridDifference : NaN;
      r.agrees = r.lossDifference <= TOLERANCE && r.gridDifference <= GRID_TOLERANCE;
    });
  }

  $("environment").textContent = navigator.userAgent;
  $("run").addEventListener("click", run);
  try {
    if (settings().autorun) {
      run();
    }
  } catch (error) {
    $("status").textContent = error.message;
  }
})();
