// The network as a still picture on a 2D canvas: what the Network page shows first, where sigma's
// starting camera would show it, so that the live picture (graph-renderer.ts, WebGL) can take its
// place without a jump when the user reaches for the graph. Building sigma and drawing its first
// WebGL frame are the page's longest tasks (most of a second on a phone, much of it a fixed cost),
// and a visit that only looks at the picture, or taps someone in it, never pays for them.
import type { GraphData, GraphPeople } from "@/server/network/graph-data";
import { LABEL_CELL, LABEL_FONT, LABEL_SIZE_THRESHOLD, MIN_TIE_WIDTH, NO_COLOUR, nodeSize, STAGE_PADDING, THEMES, tieSize, YOU_COLOUR, YOU_SIZE, youPosition } from "./graph-style";

/** How graph coordinates map to the picture's pixels. */
export interface Framing {
  width: number;
  height: number;
  /** Pixels per graph unit. */
  scale: number;
  /** The graph point at the picture's centre. */
  centreX: number;
  centreY: number;
}

/**
 * Sigma's starting framing (its camera at rest): everyone's extent, centred, as big as fits within
 * STAGE_PADDING, with sigma's allowance for a graph and a picture of different shapes.
 */
export function frameOf(positions: readonly number[], width: number, height: number): Framing {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (let i = 0; i + 1 < positions.length; i += 2) {
    const x = positions[i]!;
    const y = positions[i + 1]!;
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  if (minX > maxX) minX = maxX = minY = maxY = 0;
  const graphWidth = maxX - minX || 1;
  const graphHeight = maxY - minY || 1;
  const graphRatio = graphHeight / graphWidth;
  const viewRatio = height / width;
  const acrossShapes = (viewRatio < 1 && graphRatio > 1) || (viewRatio > 1 && graphRatio < 1);
  const correction = acrossShapes ? 1 : Math.min(Math.max(graphRatio, 1 / graphRatio), Math.max(viewRatio, 1 / viewRatio));
  const extent = Math.max(maxX - minX, maxY - minY) || 1;
  const smallest = Math.min(width, height) - 2 * STAGE_PADDING;
  return { width, height, scale: (smallest * correction) / extent, centreX: (minX + maxX) / 2, centreY: (minY + maxY) / 2 };
}

/** A graph point's place in the picture, in pixels from its top left (y grows downwards there). */
export function toPicture(frame: Framing, x: number, y: number): [number, number] {
  return [frame.width / 2 + (x - frame.centreX) * frame.scale, frame.height / 2 - (y - frame.centreY) * frame.scale];
}

/** Fingers are less precise than pointers: a tap this close to a dot's edge still picks it. */
const TAP_SLACK = 6;

/** The person (their index in `data.people`) drawn under a point of the picture, the nearest when dots overlap; null for none. */
export function personAt(data: Pick<GraphData, "people">, frame: Framing, pointX: number, pointY: number): number | null {
  const { positions, strengths } = data.people;
  let best: number | null = null;
  let bestDistance = Infinity;
  for (let index = 0; index < strengths.length; index++) {
    const [x, y] = toPicture(frame, positions[2 * index]!, positions[2 * index + 1]!);
    const distance = Math.hypot(x - pointX, y - pointY);
    if (distance <= nodeSize(strengths[index]!) + TAP_SLACK && distance < bestDistance) {
      best = index;
      bestDistance = distance;
    }
  }
  return best;
}

/** What drawing needs of the graph. */
export interface PictureData {
  people: Pick<GraphPeople, "ids" | "names" | "strengths" | "positions">;
  ties: number[];
}

export interface PictureOptions {
  colours: readonly string[];
  showYou: boolean;
  dark: boolean;
}

/**
 * Draws the picture on a context already scaled to CSS pixels: ties (one path per line width),
 * then people, then names where sigma would write them.
 */
export function drawPicture(context: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D, data: PictureData, frame: Framing, { colours, showYou, dark }: PictureOptions): void {
  const theme = dark ? THEMES.dark : THEMES.light;
  const { positions, strengths, names } = data.people;
  const points = new Float64Array(positions.length);
  for (let i = 0; i + 1 < positions.length; i += 2) {
    const [x, y] = toPicture(frame, positions[i]!, positions[i + 1]!);
    points[i] = x;
    points[i + 1] = y;
  }
  context.clearRect(0, 0, frame.width, frame.height);

  const tiesByWidth = new Map<number, number[]>();
  for (let i = 0; i + 2 < data.ties.length; i += 3) {
    const width = Math.max(MIN_TIE_WIDTH, tieSize(data.ties[i + 2]!));
    const list = tiesByWidth.get(width) ?? [];
    list.push(data.ties[i]!, data.ties[i + 1]!);
    tiesByWidth.set(width, list);
  }
  context.strokeStyle = theme.tie;
  for (const [width, ends] of tiesByWidth) {
    context.lineWidth = width;
    context.beginPath();
    for (let i = 0; i + 1 < ends.length; i += 2) {
      context.moveTo(points[2 * ends[i]!]!, points[2 * ends[i]! + 1]!);
      context.lineTo(points[2 * ends[i + 1]!]!, points[2 * ends[i + 1]! + 1]!);
    }
    context.stroke();
  }

  const you = showYou ? toPicture(frame, ...youPosition(positions)) : null;
  if (you) {
    context.strokeStyle = theme.myTie;
    context.lineWidth = MIN_TIE_WIDTH;
    context.beginPath();
    for (let i = 0; i + 1 < points.length; i += 2) {
      context.moveTo(you[0], you[1]);
      context.lineTo(points[i]!, points[i + 1]!);
    }
    context.stroke();
  }

  // In sigma's order (later people on top), one path per run of people of the same colour.
  for (let start = 0; start < strengths.length; ) {
    const colour = colours[start] ?? NO_COLOUR;
    let end = start;
    context.fillStyle = colour;
    context.beginPath();
    for (; end < strengths.length && (colours[end] ?? NO_COLOUR) === colour; end++) {
      const x = points[2 * end]!;
      const y = points[2 * end + 1]!;
      const radius = nodeSize(strengths[end]!);
      context.moveTo(x + radius, y);
      context.arc(x, y, radius, 0, 2 * Math.PI);
    }
    context.fill();
    start = end;
  }

  context.font = LABEL_FONT;
  context.fillStyle = theme.label;
  context.textBaseline = "middle";
  const taken = new Set<string>();
  // As sigma picks them: the biggest in each square, the smaller id first among equals.
  const { ids } = data.people;
  const labelled = [...strengths.keys()].filter((index) => nodeSize(strengths[index]!) >= LABEL_SIZE_THRESHOLD).sort((a, b) => strengths[b]! - strengths[a]! || (ids[a]! < ids[b]! ? -1 : 1));
  for (const index of labelled) {
    const x = points[2 * index]!;
    const y = points[2 * index + 1]!;
    if (x < 0 || y < 0 || x > frame.width || y > frame.height) continue;
    const cell = `${Math.floor(x / LABEL_CELL)}:${Math.floor(y / LABEL_CELL)}`;
    if (taken.has(cell)) continue;
    taken.add(cell);
    context.fillText(names[index]!, x + nodeSize(strengths[index]!) + 3, y);
  }

  if (you) {
    context.fillStyle = YOU_COLOUR;
    context.beginPath();
    context.arc(you[0], you[1], YOU_SIZE, 0, 2 * Math.PI);
    context.fill();
    context.fillStyle = theme.label;
    context.fillText("You", you[0] + YOU_SIZE + 3, you[1]);
  }
}
