// Keeps the still picture of the network drawn in a canvas of its own inside `holder`, at the
// holder's size: in a worker where the browser can hand a canvas over (picture-worker.ts), else
// on the main thread.
import { drawPicture, frameOf, type PictureData, type PictureOptions } from "./graph-picture";

export type PainterMessage =
  | { kind: "canvas"; canvas: OffscreenCanvas }
  | { kind: "data"; data: PictureData }
  | { kind: "draw"; width: number; height: number; pixelRatio: number; options: PictureOptions };

/** The drawing worker, or null where the page may not start one. */
function startWorker(): Worker | null {
  try {
    return new Worker(new URL("./picture-worker.ts", import.meta.url));
  } catch {
    return null;
  }
}

export class PicturePainter {
  private readonly holder: HTMLElement;
  private canvas: HTMLCanvasElement;
  private worker: Worker | null;
  private readonly observer: ResizeObserver;
  private readonly onDrawn: () => void;
  private data: PictureData | null = null;
  private options: PictureOptions | null = null;

  constructor(holder: HTMLElement, onDrawn: () => void) {
    this.onDrawn = onDrawn;
    this.holder = holder;
    this.canvas = this.newCanvas();
    this.worker = "transferControlToOffscreen" in this.canvas ? startWorker() : null;
    if (this.worker) {
      const offscreen = this.canvas.transferControlToOffscreen();
      this.post({ kind: "canvas", canvas: offscreen }, [offscreen]);
      this.worker.onmessage = () => this.onDrawn();
      // A worker that cannot start (blocked, or failing) leaves the drawing to the main thread, on a
      // canvas of its own: the first was handed over.
      this.worker.onerror = () => {
        this.worker?.terminate();
        this.worker = null;
        this.canvas.remove();
        this.canvas = this.newCanvas();
        this.draw();
      };
    }
    this.observer = new ResizeObserver(() => this.draw());
    this.observer.observe(this.holder);
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
    const { width, height } = this.holder.getBoundingClientRect();
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

  private newCanvas(): HTMLCanvasElement {
    const canvas = document.createElement("canvas");
    canvas.className = "absolute inset-0 h-full w-full";
    this.holder.append(canvas);
    return canvas;
  }

  private post(message: PainterMessage, transfer: Transferable[] = []): void {
    this.worker?.postMessage(message, transfer);
  }
}
