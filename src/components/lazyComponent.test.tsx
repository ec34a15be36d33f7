import { render, screen } from "@testing-library/react";
import { Suspense } from "react";
import { describe, expect, it } from "vitest";
import { lazyComponent } from "./lazyComponent";

function Greeting({ name }: { name: string }) {
  return <p>Hello {name}</p>;
}

const inSuspense = (children: React.ReactNode) => (
  <Suspense fallback={<p>Loading…</p>}>{children}</Suspense>
);

describe("lazyComponent", () => {
  it("shows the fallback until the code is in, then the component", async () => {
    let release = () => {};
    const { Component } = lazyComponent(
      () => new Promise<typeof Greeting>((resolve) => (release = () => resolve(Greeting))),
    );
    render(inSuspense(<Component name="Ada" />));
    expect(screen.getByText("Loading…")).toBeInTheDocument();
    release();
    expect(await screen.findByText("Hello Ada")).toBeInTheDocument();
  });

  it("renders at once, with no fallback, once preloaded, and loads the code once", async () => {
    let loads = 0;
    const { Component, preload } = lazyComponent(() => {
      loads++;
      return Promise.resolve(Greeting);
    });
    await preload();
    render(inSuspense(<Component name="Grace" />));
    expect(screen.getByText("Hello Grace")).toBeInTheDocument();
    expect(screen.queryByText("Loading…")).toBeNull();
    expect(loads).toBe(1);
  });
});
