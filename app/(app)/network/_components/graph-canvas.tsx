"use client";

import { useEffect, useRef, useState } from "react";
import type { GraphData } from "./graph-data";
import type { CameraState } from "sigma/types";
import { NetworkRenderer } from "./graph-renderer";
import { PREFERS_DARK, PREFERS_REDUCED_MOTION, useMediaQuery } from "./use-media-query";

interface GraphCanvasProps {
  data: GraphData;
  colours: string[];
  showYou: boolean;
  focusId: string | null;
  onOpen: (contactId: string) => void;
}

const zoomButton =
  "inline-flex h-11 w-11 items-center justify-center rounded-lg border border-stone-300 bg-white/95 text-stone-700 shadow-sm hover:bg-stone-100 dark:border-stone-700 dark:bg-stone-900/95 dark:text-stone-200 dark:hover:bg-stone-800";

function ZoomIcon({ path }: { path: string }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
      <path d={path} />
    </svg>
  );
}

/**
 * The sigma canvas with its zoom buttons; only ever rendered in the browser (next/dynamic, no
 * SSR), so WebGL and its libraries stay out of the page's first load.
 */
export function GraphCanvas({ data, colours, showYou, focusId, onOpen }: GraphCanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const renderer = useRef<NetworkRenderer | null>(null);
  const camera = useRef<CameraState | null>(null);
  const [failed, setFailed] = useState(false);
  // Busy until the first frame with the graph is drawn.
  const [drawn, setDrawn] = useState(false);
  const dark = useMediaQuery(PREFERS_DARK);
  const reducedMotion = useMediaQuery(PREFERS_REDUCED_MOTION);

  // The latest choices, read when the picture is (re)built; the effects below apply later changes.
  const initial = useRef({ colours, focusId, dark });
  useEffect(() => {
    initial.current = { colours, focusId, dark };
  });

  // Adding or removing the user's ties one by one is far slower in sigma than drawing anew, so
  // "Show you" builds the picture again too, from where the last one left off.
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    let built: NetworkRenderer;
    try {
      built = new NetworkRenderer(element, { data, ...initial.current, showYou, reducedMotion, camera: camera.current, onOpen });
    } catch {
      // No WebGL 2 (switched off, or an old browser): the message below stands in for the picture.
      // Only trying tells, so the state is set here.
      element.replaceChildren();
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setFailed(true);
      return;
    }
    renderer.current = built;
    built.focus(initial.current.focusId);
    // What the benchmark times: the frame after the first one with the graph, when the graph is on
    // screen and the page free to answer input (without a GPU, drawing that first frame is the slow part).
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        performance.mark("kith:network-graph-ready");
        setDrawn(true);
      }),
    );
    const observer = new ResizeObserver(() => built.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      camera.current = built.camera();
      built.kill();
      renderer.current = null;
    };
  }, [data, showYou, reducedMotion, onOpen]);

  useEffect(() => renderer.current?.setColours(colours), [colours, data]);
  useEffect(() => renderer.current?.setDark(dark), [dark, data]);
  useEffect(() => renderer.current?.focus(focusId), [focusId, data]);

  if (failed) {
    return (
      <div role="status" className="flex h-full flex-col items-center justify-center gap-2 p-6 text-center text-sm text-stone-600 dark:text-stone-400">
        <p className="font-semibold text-stone-800 dark:text-stone-200">Your browser can’t draw the graph here.</p>
        <p className="max-w-sm">It needs WebGL 2, which is switched off or not supported in this browser. Everything else on this page works, and the search box above still opens people.</p>
      </div>
    );
  }

  return (
    <div className="relative h-full">
      <div ref={container} role="img" aria-label="Graph of your network: tap a person to open them" aria-busy={!drawn} className="absolute inset-0" />
      <div className="absolute bottom-3 right-3 flex flex-col gap-2">
        <button type="button" aria-label="Zoom in" title="Zoom in" className={zoomButton} onClick={() => renderer.current?.zoomIn()}>
          <ZoomIcon path="M12 5v14M5 12h14" />
        </button>
        <button type="button" aria-label="Zoom out" title="Zoom out" className={zoomButton} onClick={() => renderer.current?.zoomOut()}>
          <ZoomIcon path="M5 12h14" />
        </button>
        <button type="button" aria-label="Show the whole network" title="Show the whole network" className={zoomButton} onClick={() => renderer.current?.resetView()}>
          <ZoomIcon path="M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5" />
        </button>
      </div>
    </div>
  );
}
