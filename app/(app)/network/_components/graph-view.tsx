"use client";

import dynamic from "next/dynamic";
import { useCallback, useEffect, useRef, useState, type MouseEvent, type PointerEvent, type TouchEvent } from "react";
import { Skeleton } from "@/app/_components/ui";
import type { GraphData } from "@/server/network/graph-data";
import { frameOf, personAt } from "./graph-picture";
import type { NetworkRenderer } from "./graph-renderer";
import { PicturePainter } from "./picture-painter";
import { PREFERS_DARK, useMediaQuery } from "./use-media-query";

const GraphCanvas = dynamic(() => import("./graph-canvas").then((module) => module.GraphCanvas), { ssr: false });

interface GraphViewProps {
  data: GraphData;
  colours: string[];
  showYou: boolean;
  focusId: string | null;
  onOpen: (contactId: string) => void;
}

/**
 * still: the picture alone (graph-picture.ts); waking: the live one (sigma) loading and being built
 * over it; live: sigma drawn, the picture gone; no-webgl: the browser cannot draw the live one.
 */
type Stage = "still" | "waking" | "live" | "no-webgl";
type ZoomCommand = "zoomIn" | "zoomOut" | "resetView";

const zoomButton =
  "inline-flex h-11 w-11 items-center justify-center rounded-lg border border-stone-300 bg-white/95 text-stone-700 shadow-sm hover:bg-stone-100 dark:border-stone-700 dark:bg-stone-900/95 dark:text-stone-200 dark:hover:bg-stone-800";

const ZOOM_BUTTONS: { command: ZoomCommand; label: string; path: string }[] = [
  { command: "zoomIn", label: "Zoom in", path: "M12 5v14M5 12h14" },
  { command: "zoomOut", label: "Zoom out", path: "M5 12h14" },
  { command: "resetView", label: "Show the whole network", path: "M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5" },
];

/**
 * The graph: drawn first as a still picture, which a tap on a person opens; it turns into the live
 * picture (hover, drag, pinch, zoom) when the user reaches for it: a mouse over it, two fingers,
 * a tap beside the people, a zoom button, or a person picked in the search.
 */
export function GraphView({ data, colours, showYou, focusId, onOpen }: GraphViewProps) {
  const dark = useMediaQuery(PREFERS_DARK);
  const pictureHolder = useRef<HTMLDivElement>(null);
  const painter = useRef<PicturePainter | null>(null);
  const [pictureDrawn, setPictureDrawn] = useState(false);
  const [stage, setStage] = useState<Stage>("still");
  const renderer = useRef<NetworkRenderer | null>(null);
  const pendingZoom = useRef<ZoomCommand | null>(null);
  // Whether the pointer went down on the still picture, which then answers the click itself.
  const downOnPicture = useRef(false);
  const live = stage === "live";

  const wake = () => setStage((current) => (current === "still" ? "waking" : current));
  // Centring on the person picked in the search takes the live picture's camera.
  if (focusId !== null && stage === "still") setStage("waking");

  const onPictureDrawn = useCallback(() => {
    performance.mark("kith:network-picture-drawn");
    setPictureDrawn(true);
  }, []);
  useEffect(() => {
    if (!pictureHolder.current || live) return;
    const made = new PicturePainter(pictureHolder.current, onPictureDrawn);
    painter.current = made;
    return () => {
      made.stop();
      painter.current = null;
    };
  }, [live, onPictureDrawn]);
  useEffect(() => painter.current?.show(data, { colours, showYou, dark }), [data, colours, showYou, dark, live]);

  const onReady = useCallback((built: NetworkRenderer | null) => {
    renderer.current = built;
    if (built && pendingZoom.current) built[pendingZoom.current]();
    pendingZoom.current = null;
  }, []);
  const onDrawn = useCallback(() => setStage("live"), []);
  const onFailed = useCallback(() => setStage("no-webgl"), []);

  const zoom = (command: ZoomCommand) => {
    if (renderer.current) return renderer.current[command]();
    pendingZoom.current = command;
    wake();
  };

  const pointerDown = () => {
    downOnPicture.current = !live;
  };
  // A mouse over the graph is about to hover or drag; on a touch screen one finger may only be
  // scrolling the page, so only two wake the graph.
  const pointerOver = (event: PointerEvent) => {
    if (event.pointerType === "mouse") wake();
  };
  const touchStart = (event: TouchEvent) => {
    if (event.touches.length > 1) wake();
  };
  const click = (event: MouseEvent<HTMLDivElement>) => {
    if (!downOnPicture.current) return;
    if (!pictureDrawn) return wake();
    const box = event.currentTarget.getBoundingClientRect();
    const person = personAt(data, frameOf(data.people.positions, box.width, box.height), event.clientX - box.left, event.clientY - box.top);
    if (person !== null) onOpen(data.people.ids[person]!);
    else wake();
  };

  return (
    <div className="relative h-full">
      <div
        role="img"
        aria-label="Graph of your network: tap a person to open them"
        aria-busy={!pictureDrawn || stage === "waking"}
        className="absolute inset-0"
        onPointerDown={pointerDown}
        onPointerOver={pointerOver}
        onTouchStart={touchStart}
        onClick={click}
      >
        {!pictureDrawn && (
          <div className="absolute inset-0 flex items-center justify-center">
            <Skeleton className="h-2/3 w-2/3 rounded-full opacity-60" />
          </div>
        )}
        <div ref={pictureHolder} className="absolute inset-0" />
        {(stage === "waking" || live) && (
          <GraphCanvas data={data} colours={colours} showYou={showYou} dark={dark} focusId={focusId} onOpen={onOpen} onReady={onReady} onDrawn={onDrawn} onFailed={onFailed} />
        )}
      </div>
      {stage === "no-webgl" ? (
        <p role="status" className="absolute inset-x-3 bottom-3 rounded-lg bg-white/95 p-2 text-xs text-stone-600 shadow-sm dark:bg-stone-900/95 dark:text-stone-400">
          This browser can’t move or zoom the graph: it needs WebGL 2, which is switched off or not supported. Tap a person to open them, or find them with the search above.
        </p>
      ) : (
        <div className="absolute bottom-3 right-3 flex flex-col gap-2">
          {ZOOM_BUTTONS.map(({ command, label, path }) => (
            <button key={command} type="button" aria-label={label} title={label} className={zoomButton} onClick={() => zoom(command)}>
              <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
                <path d={path} />
              </svg>
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
