import { useRef, useState } from "react";
import { stepIndex, timelineSteps } from "../../domain/view";
import type { ExportFormat } from "../../domain/formats";
import { loadCaption, PNG_SCALE, THEMES, useColorScheme, useGraphController } from "../../graph";
import { TIME_MODES } from "../timeline/modes";
import { useEntenteStore } from "../../state";
import { downloadBlob, slugify } from "./download";

const FORMATS: readonly { format: ExportFormat; label: string }[] = [
  { format: "json", label: "Graph JSON (.json)" },
  { format: "gexf", label: "GEXF for Gephi (.gexf)" },
  { format: "graphml", label: "GraphML (.graphml)" },
];

/**
 * Downloads the graph as a file other tools read, or the view as a picture. A disclosure rather
 * than an ARIA menu: a list of ordinary buttons needs no arrow-key contract to be usable.
 */
export function ExportMenu({
  onNotice,
}: {
  /** `stay`: the notice stays until the next one, as it has more to read than a glance. */
  onNotice: (message: string, stay?: boolean) => void;
}) {
  const store = useEntenteStore();
  const controller = useGraphController();
  const scheme = useColorScheme();
  const menu = useRef<HTMLDetailsElement>(null);
  const [caption, setCaption] = useState(true);

  const close = () => {
    if (menu.current) menu.current.open = false;
  };

  // A job says what it saved; `stay` when that is more than a file name.
  const run = async (job: () => Promise<{ message: string; stay?: boolean }>) => {
    close();
    try {
      const { message, stay } = await job();
      onNotice(message, stay);
    } catch (e) {
      onNotice(`Could not export: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  const exportFile = (format: ExportFormat) =>
    run(async () => {
      // Loaded on first use: the writers are not needed to read a graph, so not in the first bundle.
      const { EXPORTERS, exportNotice } = await import("../../domain/formats");
      const { graph } = store.getState();
      const exporter = EXPORTERS[format];
      const name = `${slugify(graph.title)}.${exporter.extension}`;
      downloadBlob(new Blob([exporter.write(graph)], { type: exporter.mimeType }), name);
      const renamed = exporter.renamed?.(graph) ?? [];
      return { message: exportNotice(name, renamed), stay: renamed.length > 0 };
    });

  const exportPng = () =>
    run(async () => {
      if (controller === null) throw new Error("the graph is not drawn yet");
      const { graph, view } = store.getState();
      const name = `${slugify(graph.title)}.png`;
      const theme = THEMES[scheme];
      const picture = await controller.png(theme.background);
      if (!caption) {
        downloadBlob(picture, name);
        return { message: `Saved ${name}` };
      }
      const step = `${timelineSteps(graph)[stepIndex(graph, view.period)]?.label ?? ""} — ${TIME_MODES[view.mode].phrase}`;
      const { captionContent, captionPng } = await loadCaption();
      const content = captionContent(graph, step, theme);
      downloadBlob(await captionPng(picture, content, theme, PNG_SCALE), name);
      return { message: `Saved ${name}` };
    });

  return (
    <details
      ref={menu}
      className="tool-menu"
      onKeyDown={(event) => {
        if (event.key !== "Escape" || !menu.current?.open) return;
        close();
        menu.current.querySelector("summary")?.focus();
      }}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) close();
      }}
    >
      <summary className="tool-button">Export</summary>
      <ul className="tool-menu-list">
        {FORMATS.map(({ format, label }) => (
          <li key={format}>
            <button type="button" onClick={() => void exportFile(format)}>
              {label}
            </button>
          </li>
        ))}
        <li>
          <button type="button" disabled={controller === null} onClick={() => void exportPng()}>
            PNG image of the view (.png)
          </button>
        </li>
        <li className="tool-menu-check">
          <label>
            <input
              type="checkbox"
              checked={caption}
              onChange={(event) => setCaption(event.target.checked)}
            />
            Caption <span className="tool-menu-note">title, time, legend, source</span>
          </label>
        </li>
      </ul>
    </details>
  );
}
