/**
 * The only package that imports org.teavm, and only wiring: {@code Main} loads the state and builds the views; each
 * view ({@code Playground}, {@code PerceptronView}, {@code ActivationsView}, {@code GradientDescentView} with its
 * two-variable {@code DescentRaceView}, {@code BackpropView}) connects its DOM controls and canvases to a session in
 * sim/ and to drawing and text in view/; {@code HtmlCanvas} implements view's Canvas on a 2D context;
 * {@code StateStore} keeps location.hash and localStorage; {@code Embed} posts to a parent page.
 *
 * <p>One animation-frame loop, {@link hyperplane.browser.FrameLoop}, started once by Main, calls every view's
 * {@code frame(timestamp)} in tab order; each view keeps a dirty flag and draws only when something changed
 * (the playground also publishes window.hyperplaneStats for the speed test). What a view decides — what to draw,
 * which text to show, how fast to play — lives in view/ or sim/ with JVM tests; what stays here is reading the
 * DOM and events, the clock ({@code Dom.now}), and writing results back.
 */
package hyperplane.browser;
