import { POLYGONS } from "../kindShapes";
import type { Theme } from "../palette";
import type { CaptionContent, Font, Sample } from "./layout";
import { layoutCaption } from "./layout";

const fontOf = ({ size, weight }: Font) =>
  `${weight} ${size}px system-ui, -apple-system, "Segoe UI", sans-serif`;

type Ctx = OffscreenCanvasRenderingContext2D;

function drawSample(ctx: Ctx, sample: Sample, scale: number): void {
  ctx.save();
  ctx.fillStyle = ctx.strokeStyle = sample.color;
  if (sample.kind === "line") {
    ctx.globalAlpha = sample.opacity ?? 1;
    const { line } = sample;
    ctx.lineWidth = line.width * scale;
    ctx.lineCap = line.cap;
    ctx.setLineDash(line.dash.map((d) => d * scale));
    const mid = sample.y + sample.h / 2;
    const inset = line.cap === "round" ? ctx.lineWidth : 0;
    ctx.beginPath();
    ctx.moveTo(sample.x + inset, mid);
    ctx.lineTo(sample.x + sample.w - inset, mid);
    ctx.stroke();
  } else {
    const { x, y, w, h, shape } = sample;
    ctx.beginPath();
    if (shape === "ellipse") ctx.ellipse(x + w / 2, y + h / 2, w / 2, h / 2, 0, 0, 2 * Math.PI);
    else if (shape === "round-rectangle") ctx.roundRect(x, y, w, h, w / 5);
    else {
      const points = POLYGONS[shape];
      for (let i = 0; i < points.length; i += 2) {
        ctx.lineTo(x + (((points[i] ?? 0) + 1) * w) / 2, y + (((points[i + 1] ?? 0) + 1) * h) / 2);
      }
      ctx.closePath();
    }
    ctx.fill();
  }
  ctx.restore();
}

/**
 * The canvas picture with its caption below — title, time step, legend and source — as one PNG,
 * so a shared image still says what it shows and where it comes from.
 */
export async function captionPng(
  picture: Blob,
  content: CaptionContent,
  theme: Theme,
  scale: number,
): Promise<Blob> {
  const image = await createImageBitmap(picture);
  const measurer = new OffscreenCanvas(1, 1).getContext("2d");
  if (!measurer) throw new Error("this browser cannot draw the caption");
  const measure = (text: string, font: Font) => {
    measurer.font = fontOf(font);
    return measurer.measureText(text).width;
  };
  const layout = layoutCaption(content, image.width, scale, measure);
  const canvas = new OffscreenCanvas(image.width, image.height + layout.height);
  const ctx = canvas.getContext("2d");
  if (!ctx) throw new Error("this browser cannot draw the caption");
  ctx.fillStyle = theme.background;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(image, 0, 0);
  ctx.translate(0, image.height);
  image.close();
  ctx.fillStyle = theme.muted;
  ctx.fillRect(0, 0, canvas.width, Math.max(1, scale));
  ctx.textBaseline = "top";
  for (const text of layout.texts) {
    ctx.font = fontOf(text.font);
    ctx.fillStyle = text.role === "title" || text.role === "legend" ? theme.text : theme.muted;
    ctx.fillText(text.text, text.x, text.y);
  }
  for (const sample of layout.samples) drawSample(ctx, sample, scale);
  return canvas.convertToBlob({ type: "image/png" });
}
