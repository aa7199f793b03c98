"use client";

import { useEffect, useRef } from "react";
import type { GraphData } from "@/server/network/graph-data";
import type { CameraState } from "sigma/types";
import { NetworkRenderer } from "./graph-renderer";
import { PREFERS_REDUCED_MOTION, useMediaQuery } from "./use-media-query";

interface GraphCanvasProps {
  data: GraphData;
  colours: string[];
  showYou: boolean;
  dark: boolean;
  focusId: string | null;
  onOpen: (contactId: string) => void;
  /** The renderer once built (null when it goes), for the zoom buttons. */
  onReady: (renderer: NetworkRenderer | null) => void;
  /** Its first frame is on screen. */
  onDrawn: () => void;
  /** The browser has no WebGL 2: the still picture stays. */
  onFailed: () => void;
}

/**
 * The live picture: sigma on WebGL. Only ever rendered in the browser (next/dynamic, no SSR) and
 * only once the user reaches for the graph (graph-view.tsx), so WebGL and its libraries stay out
 * of the page's load.
 */
export function GraphCanvas({ data, colours, showYou, dark, focusId, onOpen, onReady, onDrawn, onFailed }: GraphCanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const renderer = useRef<NetworkRenderer | null>(null);
  const camera = useRef<CameraState | null>(null);
  const reducedMotion = useMediaQuery(PREFERS_REDUCED_MOTION);

  // The latest choices, read when the picture is (re)built; the effects below apply later changes.
  const latest = useRef({ colours, focusId, dark, onReady, onDrawn, onFailed });
  useEffect(() => {
    latest.current = { colours, focusId, dark, onReady, onDrawn, onFailed };
  });

  // Adding or removing the user's ties one by one is far slower in sigma than drawing anew, so
  // "Show you" builds the picture again too, from where the last one left off.
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    let built: NetworkRenderer;
    try {
      const { colours, dark } = latest.current;
      built = new NetworkRenderer(element, { data, colours, dark, showYou, reducedMotion, camera: camera.current, onOpen });
    } catch {
      // No WebGL 2 (switched off, or an old browser); only trying tells.
      element.replaceChildren();
      latest.current.onFailed();
      return;
    }
    renderer.current = built;
    built.focus(latest.current.focusId);
    latest.current.onReady(built);
    // The frame after the first one with the graph: the graph is on screen and the page free to
    // answer input (without a GPU, drawing that first frame is the slow part).
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => {
        performance.mark("kith:network-graph-live");
        latest.current.onDrawn();
      });
    });
    const observer = new ResizeObserver(() => built.resize());
    observer.observe(element);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
      camera.current = built.camera();
      built.kill();
      renderer.current = null;
      latest.current.onReady(null);
    };
  }, [data, showYou, reducedMotion, onOpen]);

  useEffect(() => renderer.current?.setColours(colours), [colours, data]);
  useEffect(() => renderer.current?.setDark(dark), [dark, data]);
  useEffect(() => renderer.current?.focus(focusId), [focusId, data]);

  return <div ref={container} className="absolute inset-0" />;
}
