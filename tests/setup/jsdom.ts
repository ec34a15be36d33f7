import "@testing-library/jest-dom/vitest";
import "vitest-canvas-mock";
import { cleanup, configure } from "@testing-library/react";
import { afterEach, beforeAll } from "vitest";
import { preloadAll } from "../../src/components/lazyComponent";

// waitFor and findBy* give up after 1 s by default, which a loaded 2-core machine can take just to
// render a panel: they wait for a state, never for a time, so a long limit only stops a hang.
configure({ asyncUtilTimeout: 10_000 });

// The panels split off the first download load when used or when the page is idle; a test about
// a panel awaits its code first, as the idle preload does in the app, instead of racing it. The
// fallback itself is tested in lazyComponent.test.tsx with instances made inside its tests.
beforeAll(preloadAll);

// jsdom lacks the layout and media APIs below; components (and Cytoscape) call them on mount,
// so inert stand-ins keep component tests about behaviour rather than missing browser features.

if (typeof window.matchMedia !== "function") {
  window.matchMedia = (query: string): MediaQueryList => ({
    matches: false,
    media: query,
    onchange: null,
    addEventListener: () => {},
    removeEventListener: () => {},
    addListener: () => {},
    removeListener: () => {},
    dispatchEvent: () => false,
  });
}

if (typeof globalThis.ResizeObserver !== "function") {
  globalThis.ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}

if (typeof Element.prototype.scrollIntoView !== "function") {
  Element.prototype.scrollIntoView = () => {};
}

// jsdom computes "" for padding that no stylesheet sets, and Cytoscape turns that into a NaN
// viewport size and crashes in its first layout. Browsers default padding to 0; so does this.
const defaultPadding = document.createElement("style");
defaultPadding.textContent = "* { padding: 0; }";
document.head.append(defaultPadding);

// Testing Library only auto-cleans when Vitest globals are on; they are off here.
afterEach(() => {
  cleanup();
});
