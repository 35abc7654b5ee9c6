/*
 * Hyperplane's service worker: keeps one build of the site in a cache so that a page opened once over http(s)
 * opens again without a network. build/OfflineCache.java writes FILES (every file of the built site that the
 * page can load, without the benchmark page and the file:// copy of the .wasm) and VERSION (a hash of those
 * files and of this script) into the copy in target/site; a new build is a new script, so the browser installs
 * it, and it replaces the old cache.
 *
 * Network first, cache when the network fails: one page must run one build's files together (index.html's ids,
 * boot.js and the compiled code match only within a build). Online, the server hands out one build, the newest;
 * offline, the cache holds one complete build, the one this worker came with. Serving from the cache first would
 * show the old build after a deploy until every tab closed, or mix files of two builds in one page.
 *
 * Requests are matched ignoring their query (?engine=js is the same index.html); the hash never reaches a
 * worker. Requests for anything else, or to another origin, are left to the browser.
 */
"use strict";

var VERSION = "__VERSION__";
var FILES = ["__FILES__"];

// The site's folder: this script sits at its top. Several copies of the site may live under one origin
// (user.github.io/a/ and /b/); each keeps to its own caches.
var SITE = new URL("./", self.location.href).href;
var PREFIX = "hyperplane " + SITE + " ";
var CACHE = PREFIX + VERSION;
var URLS = FILES.map(function (file) {
  return new URL(file, SITE).href;
});

self.addEventListener("install", function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) {
    // "no-cache" revalidates with the server, so an older copy in the HTTP cache never enters a new version.
    return cache.addAll(URLS.map(function (url) {
      return new Request(url, {cache: "no-cache"});
    }));
  }).then(function () {
    return self.skipWaiting();
  }));
});

self.addEventListener("activate", function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (name) {
      return name.indexOf(PREFIX) === 0 && name !== CACHE;
    }).map(function (name) {
      return caches.delete(name);
    }));
  }).then(function () {
    return self.clients.claim();
  }));
});

/** The cached file a request asks for, as a URL without query or hash; the folder itself is its index.html. */
function cachedUrl(request) {
  var url = new URL(request.url);
  url.search = "";
  url.hash = "";
  if (url.href === SITE) {
    url.href = url.href + "index.html";
  }
  return URLS.indexOf(url.href) >= 0 ? url.href : null;
}

self.addEventListener("fetch", function (event) {
  var request = event.request;
  var key = request.method === "GET" ? cachedUrl(request) : null;
  if (key === null) {
    return;
  }
  event.respondWith(fetch(request).catch(function (error) {
    return caches.open(CACHE).then(function (cache) {
      return cache.match(key);
    }).then(function (cached) {
      if (cached) {
        return cached;
      }
      throw error;
    });
  }));
});
