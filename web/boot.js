/*
 * Starts Hyperplane: the WebAssembly GC build where the browser supports it, else the JavaScript build.
 * ?engine=js or ?engine=wasm forces one. From file:// the .wasm cannot be fetched, so the module comes
 * from wasm/hyperplane.wasm.js, which carries it as base64. No request leaves the page's own folder.
 * Over http(s) it links the web app manifest and, once the page runs, registers sw.js, so that the site can be
 * installed and opens without a network.
 */
(function () {
  "use strict";
  var base = (document.currentScript && document.currentScript.src) || location.href;

  function url(path) {
    return new URL(path, base).href;
  }

  function addScript(path) {
    return new Promise(function (resolve, reject) {
      var script = document.createElement("script");
      script.src = url(path);
      script.onload = resolve;
      script.onerror = function () { reject(new Error("could not load " + path)); };
      document.head.appendChild(script);
    });
  }

  // The smallest module that declares a GC struct type: valid only where WebAssembly GC is supported.
  function supportsWasmGc() {
    try {
      return typeof WebAssembly === "object" &&
        WebAssembly.validate(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 3, 1, 95, 0]));
    } catch (e) {
      return false;
    }
  }

  function decodeBase64(text) {
    var binary = atob(text);
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) {
      bytes[i] = binary.charCodeAt(i);
    }
    return bytes;
  }

  function startJs() {
    globalThis.hyperplaneEngine = "JavaScript";
    return addScript("js/hyperplane.js").then(function () {
      globalThis.main([]);
    });
  }

  function startWasm() {
    return addScript("wasm/runtime.js").then(function () {
      if (location.protocol === "file:") {
        return addScript("wasm/hyperplane.wasm.js").then(function () {
          return decodeBase64(globalThis.hyperplaneWasm["hyperplane.wasm"]);
        });
      }
      return url("wasm/hyperplane.wasm");
    }).then(function (module) {
      return TeaVM.wasmGC.load(module);
    }).then(function (teavm) {
      globalThis.hyperplaneEngine = "WebAssembly";
      teavm.exports.main([]);
    });
  }

  function fail(error) {
    console.error(error);
    var box = document.getElementById("boot-error");
    if (box) {
      box.hidden = false;
      box.textContent = "Hyperplane could not start: " + (error && error.message ? error.message : error);
    }
  }

  var overHttp = location.protocol === "http:" || location.protocol === "https:";

  // The web app manifest lets a browser install the page. It is linked here, not in index.html, because from
  // file:// Chromium's fetch of a linked manifest fails with a CORS error in the console.
  if (overHttp) {
    var manifest = document.createElement("link");
    manifest.rel = "manifest";
    manifest.href = url("manifest.webmanifest");
    document.head.appendChild(manifest);
  }

  // A service worker keeps the site for offline use (see sw.js). Browsers have none for file://; a frame or a
  // browser that refuses one (a sandboxed iframe throws on merely reading navigator.serviceWorker, blocked
  // storage rejects the registration) gets the page as before, only without offline use.
  function keepForOffline() {
    if (!overHttp) {
      return;
    }
    try {
      if ("serviceWorker" in navigator) {
        navigator.serviceWorker.register(url("sw.js")).catch(function (error) {
          console.warn("Hyperplane will not open offline:", error);
        });
      }
    } catch (error) {
      console.warn("Hyperplane will not open offline:", error);
    }
  }

  var forced = new URLSearchParams(location.search).get("engine");
  var useWasm = forced === "wasm" || (forced !== "js" && supportsWasmGc());
  (useWasm ? startWasm().catch(function (error) {
    if (forced === "wasm") {
      throw error;
    }
    console.warn("WebAssembly build failed, falling back to JavaScript:", error);
    return startJs();
  }) : startJs()).then(keepForOffline, fail);
})();
