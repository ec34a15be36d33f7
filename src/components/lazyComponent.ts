import { lazy } from "react";
import type { ComponentType, LazyExoticComponent } from "react";

export interface LazyComponent<P> {
  Component: LazyExoticComponent<ComponentType<P>>;
  /** Fetches the code; the first render after it settles shows the component without a fallback. */
  preload: () => Promise<unknown>;
}

const everyPreload = new Set<() => Promise<unknown>>();

/**
 * Fetches the code of every lazy component made so far: what a component test awaits first, so
 * that its assertions race neither the code split nor the idle preload (tests/setup/jsdom.ts).
 */
export const preloadAll = (): Promise<unknown> =>
  Promise.all([...everyPreload].map((preload) => preload()));

/**
 * A component whose code loads on first use (React.lazy), or earlier through `preload`. Once the
 * code is in, React is handed a thenable that is already fulfilled, so it renders at once instead
 * of showing the Suspense fallback for a frame.
 */
export function lazyComponent<P>(load: () => Promise<ComponentType<P>>): LazyComponent<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  const preload = () =>
    (pending ??= load().then((component) => {
      loaded = component;
      return component;
    }));
  everyPreload.add(preload);
  const Component = lazy(() => {
    const ready = loaded;
    if (ready === undefined) return preload().then((component) => ({ default: component }));
    // React reads a thenable that calls back at once as already settled (ReactLazy's initializer).
    const settled = {
      then: (resolve: (module: { default: ComponentType<P> }) => void) =>
        resolve({ default: ready }),
    };
    return settled as unknown as Promise<{ default: ComponentType<P> }>;
  });
  return { Component, preload };
}
