/**
 * The only package that imports org.teavm: the entry point, the Canvas implementation, DOM controls, the animation loop, location.hash, localStorage and postMessage.
 */
package hyperplane.browser;
