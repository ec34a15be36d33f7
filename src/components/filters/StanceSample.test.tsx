import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { STANCES } from "../../domain/model/types";
import { STANCE_LINE } from "../../graph";
import { StanceSample } from "./StanceSample";

describe("StanceSample", () => {
  it.each(STANCES)("draws %s with the canvas's width, dashes and caps", (stance) => {
    const { container } = render(<StanceSample stance={stance} />);
    const sample = container.querySelector("svg");
    expect(sample).toHaveClass("stance-sample", `stance-sample--${stance}`);
    expect(sample).toHaveAttribute("aria-hidden", "true");
    const line = container.querySelector("line");
    const { width, dash, cap } = STANCE_LINE[stance];
    expect(line).toHaveAttribute("stroke-width", String(width));
    expect(line?.getAttribute("stroke-dasharray") ?? "").toBe(dash.join(" "));
    expect(line).toHaveAttribute("stroke-linecap", cap);
    // Coloured by CSS (theme.css repeats the canvas palette; palette.test.ts checks it).
    expect(line).toHaveAttribute("stroke", "currentColor");
  });
});
