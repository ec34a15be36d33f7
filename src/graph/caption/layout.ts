import type { KindShape, StanceLine } from "../palette";

/** What a caption says; colours are the theme's, resolved by the caller. */
export interface CaptionContent {
  title: string;
  /** "July 2025 — up to" */
  step: string;
  lines: readonly { label: string; line: StanceLine; color: string; opacity?: number }[];
  kinds: readonly { label: string; shape: KindShape; color: string }[];
  /** "Publisher · Title · 3 July 2025 · Made with Entente" */
  source: string;
}

export interface Font {
  size: number;
  weight: number;
}

export type Measure = (text: string, font: Font) => number;

export interface TextBox {
  text: string;
  x: number;
  /** Baseline-free: the top of the line box, drawn with textBaseline "top". */
  y: number;
  font: Font;
  role: "title" | "step" | "legend" | "source";
}

export type Sample =
  | {
      kind: "line";
      x: number;
      y: number;
      w: number;
      h: number;
      line: StanceLine;
      color: string;
      opacity?: number;
    }
  | { kind: "shape"; x: number; y: number; w: number; h: number; shape: KindShape; color: string };

export interface CaptionLayout {
  height: number;
  texts: TextBox[];
  samples: Sample[];
}

const ELLIPSIS = "…";

/** The longest prefix of `text` that fits with an ellipsis; the ellipsis alone if nothing does. */
function ellipsise(text: string, room: number, font: Font, measure: Measure): string {
  if (measure(text, font) <= room) return text;
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measure(text.slice(0, mid).trimEnd() + ELLIPSIS, font) <= room) low = mid;
    else high = mid - 1;
  }
  return text.slice(0, low).trimEnd() + ELLIPSIS;
}

/** Word-wraps into at most `max` lines; what does not fit ends the last line with an ellipsis. */
export function wrap(
  text: string,
  room: number,
  font: Font,
  measure: Measure,
  max: number,
): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = "";
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? "";
    const tried = line ? `${line} ${word}` : word;
    if (measure(tried, font) <= room || !line) {
      line = tried;
      continue;
    }
    if (lines.length === max - 1) {
      line = `${line} ${words.slice(i).join(" ")}`;
      break;
    }
    lines.push(line);
    line = word;
  }
  if (line) lines.push(line);
  return lines.map((l, i) =>
    i === lines.length - 1 || measure(l, font) > room ? ellipsise(l, room, font, measure) : l,
  );
}

/**
 * Where each part of a caption goes under an image `width` pixels wide, at `scale` image pixels
 * per CSS pixel: title (two lines at most), time step, legend entries flowing into rows, source.
 */
export function layoutCaption(
  content: CaptionContent,
  width: number,
  scale: number,
  measure: Measure,
): CaptionLayout {
  const pad = 16 * scale;
  const room = Math.max(1, width - 2 * pad);
  const texts: TextBox[] = [];
  const samples: Sample[] = [];
  let y = pad;

  const block = (text: string, font: Font, role: TextBox["role"], max: number, after: number) => {
    for (const line of wrap(text, room, font, measure, max)) {
      texts.push({ text: line, x: pad, y, font, role });
      y += font.size * 1.3;
    }
    y += after * scale;
  };
  block(content.title, { size: 20 * scale, weight: 600 }, "title", 2, 2);
  block(content.step, { size: 14 * scale, weight: 400 }, "step", 1, 10);

  const legendFont = { size: 13 * scale, weight: 400 };
  const rowHeight = legendFont.size * 1.5;
  const sampleW = 28 * scale;
  const gap = 6 * scale;
  let x = pad;
  const place = (label: string, sampleWidth: number, sample: (x: number, y: number) => Sample) => {
    const text = ellipsise(label, room - sampleWidth - gap, legendFont, measure);
    const entry = sampleWidth + gap + measure(text, legendFont);
    if (x > pad && x + entry > width - pad) {
      x = pad;
      y += rowHeight;
    }
    samples.push(sample(x, y));
    texts.push({
      text,
      x: x + sampleWidth + gap,
      y: y + (rowHeight - legendFont.size * 1.2) / 2,
      font: legendFont,
      role: "legend",
    });
    x += entry + 18 * scale;
  };
  for (const { label, line, color, opacity } of content.lines) {
    place(label, sampleW, (sx, sy) => ({
      kind: "line",
      x: sx,
      y: sy,
      w: sampleW,
      h: rowHeight,
      line,
      color,
      ...(opacity === undefined ? {} : { opacity }),
    }));
  }
  for (const { label, shape, color } of content.kinds) {
    const side = legendFont.size;
    place(label, side, (sx, sy) => ({
      kind: "shape",
      x: sx,
      y: sy + (rowHeight - side) / 2,
      w: side,
      h: side,
      shape,
      color,
    }));
  }
  y += rowHeight + 10 * scale;

  block(content.source, { size: 12 * scale, weight: 400 }, "source", 2, 0);
  return { height: Math.ceil(y + pad), texts, samples };
}
