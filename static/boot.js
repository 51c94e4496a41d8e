// Starts the app. Trunk writes the hashed names of the wasm-bindgen module
// and the wasm file into this script tag's data attributes; loading them
// from this file instead of an inline script keeps the page's
// Content-Security-Policy free of 'unsafe-inline'.
const tag = document.querySelector("script[data-js][data-wasm]");
const { default: init } = await import(tag.dataset.js);
await init({ module_or_path: tag.dataset.wasm });
