import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import type { Problem } from "../../domain/model/types";
import { LoadReportView } from "./LoadReportView";

const markup: Problem = {
  severity: "error",
  path: 'nodes[0]["<b>"]',
  message: 'unknown field "<img src=x onerror=alert(1)>"',
  fix: "remove <script>it</script>",
};
const whole: Problem = { severity: "error", path: "", message: "not JSON" };

describe("LoadReportView", () => {
  it("shows a failure as an alert with each problem's path, message and fix as plain text", async () => {
    const onDismiss = vi.fn();
    const { container } = render(
      <LoadReportView
        report={{ kind: "failure", name: "x.json", problems: [markup, whole] }}
        onDismiss={onDismiss}
      />,
    );
    const alert = screen.getByRole("alert");
    expect(alert).toHaveTextContent("Could not open x.json");
    expect(alert).toHaveTextContent("The graph on screen is unchanged. 2 problems to fix:");
    const [first, second] = within(alert).getAllByRole("listitem");
    expect(first?.querySelector("code")).toHaveTextContent('nodes[0]["<b>"]');
    expect(first).toHaveTextContent(`${markup.message} Fix: ${markup.fix}`);
    expect(second).toHaveTextContent(/^whole file not JSON$/);
    expect(container.querySelector("img, script, b")).toBeNull();
    await userEvent.click(screen.getByRole("button", { name: "Dismiss" }));
    expect(onDismiss).toHaveBeenCalledOnce();
  });

  it("folds warnings into a disclosure that is not an alert", async () => {
    const warning: Problem = { ...markup, severity: "warning" };
    render(
      <LoadReportView
        report={{ kind: "warnings", name: "y.json", problems: [warning] }}
        onDismiss={() => {}}
      />,
    );
    expect(screen.queryByRole("alert")).toBeNull();
    const report = screen.getByRole("region", { name: "Load warnings" });
    expect(within(report).getByText("Opened y.json with 1 warning")).toBeVisible();
    expect(within(report).getByRole("listitem")).not.toBeVisible();
    await userEvent.click(within(report).getByText("Opened y.json with 1 warning"));
    expect(within(report).getByRole("listitem")).toBeVisible();
  });
});
