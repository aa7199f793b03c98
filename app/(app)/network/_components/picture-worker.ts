// Draws the still picture of the network (graph-picture.ts) off the page's main thread, on a canvas
// handed over by picture-painter.ts: thousands of people and ties take a moment to draw on a phone,
// and the page stays free to answer meanwhile.
import { drawPicture, frameOf, type PictureData } from "./graph-picture";
import type { PainterMessage } from "./picture-painter";

let canvas: OffscreenCanvas | null = null;
let data: PictureData | null = null;

self.onmessage = (event: MessageEvent<PainterMessage>) => {
  const message = event.data;
  if (message.kind === "canvas") canvas = message.canvas;
  else if (message.kind === "data") data = message.data;
  else if (canvas && data) {
    const { width, height, pixelRatio, options } = message;
    canvas.width = Math.round(width * pixelRatio);
    canvas.height = Math.round(height * pixelRatio);
    const context = canvas.getContext("2d");
    if (!context) return;
    context.setTransform(pixelRatio, 0, 0, pixelRatio, 0, 0);
    drawPicture(context, data, frameOf(data.people.positions, width, height), options);
    self.postMessage("drawn");
  }
};
