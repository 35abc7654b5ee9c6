/**
 * The benchmark entry: exports the engine's training and grid evaluation to JavaScript so that
 * bench.html (and external harnesses, through the scripts listed in bench/peers.json) can time it.
 * Only wiring lives here; the mathematics is {@link hyperplane.engine.Network} and
 * {@link hyperplane.engine.Trainer}.
 */
package hyperplane.browser.bench;
