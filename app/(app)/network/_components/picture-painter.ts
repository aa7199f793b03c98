// Keeps the still picture of the network drawn in a canvas of its own inside `holder`, at the
// holder's size: in a worker where the browser can hand a canvas over (picture-worker.ts), else
// on the main thread.
import { drawPicture, frameOf, type PictureData, type PictureOptions } from "./graph-picture";

export type PainterMessage =
  | { kind: "canvas"; canvas: OffscreenCanvas }
  | { kind: "data"; data: PictureData }
  | { kind: "draw"; width: number; height: number; pixelRatio: number; options: PictureOptions };

export class PicturePainter {
  private readonly canvas: HTMLCanvasElement;
  private readonly worker: Worker | null;
  private readonly observer: ResizeObserver;
  private readonly onDrawn: () => void;
  private data: PictureData | null = null;
  private options: PictureOptions | null = null;

  constructor(holder: HTMLElement, onDrawn: () => void) {
    this.onDrawn = onDrawn;
    this.canvas = document.createElement("canvas");
    this.canvas.className = "absolute inset-0 h-full w-full";
    holder.append(this.canvas);
    this.worker = "transferControlToOffscreen" in this.canvas ? new Worker(new URL("./picture-worker.ts", import.meta.url)) : null;
    if (this.worker) {
      const offscreen = this.canvas.transferControlToOffscreen();
      this.post({ kind: "canvas", canvas: offscreen }, [offscreen]);
      this.worker.onmessage = () => this.onDrawn();
    }
    this.observer = new ResizeObserver(() => this.draw());
    this.observer.observe(this.canvas);
  }

  /** Draws this graph this way, now and whenever the canvas changes size. */
  show(data: PictureData, options: PictureOptions): void {
    if (data !== this.data) {
      const { ids, names, strengths, positions } = data.people;
      this.post({ kind: "data", data: { people: { ids, names, strengths, positions }, ties: data.ties } });
    }
    this.data = data;
    this.options = options;
    this.draw();
  }

  stop(): void {
    this.observer.disconnect();
    this.worker?.terminate();
    this.canvas.remove();
  }

  private draw(): void {
    const { width, height } = this.canvas.getBoundingClientRect();
    if (!this.data || !this.options || width === 0 || height === 0) return;
    const pixelRatio = window.devicePixelRatio || 1;
    if (this.worker) return this.post({ kind: "draw", width, height, pixelRatio, options: this.options });
    const context = this.canvas.getContext("2d");
    if (!context) return;
    this.canvas.width = Math.round(width * pixelRatio);
    this.canvas.height = Math.round(height * pixelRatio);
    context.setTransform(pixelRatio, 0, 0, pixelRatio, 0, 0);
    drawPicture(context, this.data, frameOf(this.data.people.positions, width, height), this.options);
    this.onDrawn();
  }

  private post(message: PainterMessage, transfer: Transferable[] = []): void {
    this.worker?.postMessage(message, transfer);
  }
}
