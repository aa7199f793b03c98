// The live picture of the network: sigma draws a graphology graph in WebGL, with everyone where
// the server's layout put them (server/network/layout.ts). Loaded and built only when the user
// reaches for the graph (graph-view.tsx); until then graph-picture.ts draws the same picture still.
//
// Sigma re-evaluates every node and edge when a style depends on graph-wide state, which costs
// most of a second at tens of thousands of ties. So styles here read only attributes and each
// item's own state: hovering touches the hovered person's ties alone, and the theme's colours
// are attributes, rewritten when the theme changes.
import Graph from "graphology";
import type { Attributes } from "graphology-types";
import Sigma from "sigma";
import { pathLine } from "sigma/rendering";
import type { CameraState } from "sigma/types";
import type { GraphData } from "@/server/network/graph-data";
import { LABEL_SIZE_THRESHOLD, MIN_TIE_WIDTH, NO_COLOUR, nodeSize, STAGE_PADDING, THEMES, tieSize, YOU, YOU_COLOUR, YOU_SIZE, youPosition } from "./graph-style";

/** A tie of the hovered or picked person: readable on white and on the dark background. */
const ACTIVE_TIE_COLOUR = "#2f8f6f";

interface NodeAttributes {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  labelColor: string;
  backdropColor: string;
  /** Position in `data.people`; -1 for the user. */
  index: number;
}

interface EdgeAttributes {
  size: number;
  color: string;
  /** A tie between the user and a contact. */
  mine: boolean;
}

interface ActiveState {
  isActive: boolean;
}

interface RendererOptions {
  data: GraphData;
  colours: string[];
  dark: boolean;
  reducedMotion: boolean;
  showYou: boolean;
  /** Where the last picture's camera was, so a rebuilt one (a refresh, "Show you") looks at the same place. */
  camera: CameraState | null;
  onOpen: (contactId: string) => void;
}

export class NetworkRenderer {
  private readonly graph: Graph<NodeAttributes, EdgeAttributes>;
  private readonly sigma: Sigma<NodeAttributes, EdgeAttributes, Attributes, ActiveState, ActiveState>;
  private readonly reducedMotion: boolean;
  private hovered: string | null = null;
  private focused: string | null = null;
  private activeNodes: string[] = [];
  private activeEdges: string[] = [];
  private colours: string[];

  /** Throws when the browser has no WebGL 2. */
  constructor(container: HTMLElement, { data, colours, dark, reducedMotion, showYou, camera, onOpen }: RendererOptions) {
    this.reducedMotion = reducedMotion;
    this.colours = colours;
    const theme = dark ? THEMES.dark : THEMES.light;
    const { ids, names, strengths, positions } = data.people;

    this.graph = new Graph<NodeAttributes, EdgeAttributes>({ type: "undirected", multi: false, allowSelfLoops: false });
    ids.forEach((id, index) => {
      this.graph.addNode(id, {
        x: positions[2 * index]!,
        y: positions[2 * index + 1]!,
        size: nodeSize(strengths[index]!),
        color: colours[index] ?? NO_COLOUR,
        label: names[index]!,
        labelColor: theme.label,
        backdropColor: theme.backdrop,
        index,
      });
    });
    for (let i = 0; i + 2 < data.ties.length; i += 3) {
      this.graph.addEdge(ids[data.ties[i]!]!, ids[data.ties[i + 1]!]!, { size: tieSize(data.ties[i + 2]!), color: theme.tie, mine: false });
    }
    if (showYou) {
      const [x, y] = youPosition(positions);
      this.graph.addNode(YOU, { x, y, size: YOU_SIZE, color: YOU_COLOUR, label: "You", labelColor: theme.label, backdropColor: theme.backdrop, index: -1 });
      for (const id of ids) this.graph.addEdge(YOU, id, { size: 0.5, color: theme.myTie, mine: true });
    }

    this.sigma = new Sigma(this.graph, container, {
      // Straight lines only: sigma's default also readies self-loops, drawn with 32 segments,
      // and every tie then pays for them (three times the drawing work without a GPU).
      primitives: { edges: { paths: [pathLine()] } },
      customNodeState: { isActive: false },
      customEdgeState: { isActive: false },
      settings: {
        itemSizesReference: "screen",
        // One finger scrolls the page, two move the graph; Ctrl/⌘ + wheel zooms.
        gestureTarget: "shared",
        enableCameraRotation: false,
        minEdgeThickness: MIN_TIE_WIDTH,
        stagePadding: STAGE_PADDING,
        hideEdgesOnMove: data.ties.length / 3 > 20_000,
        labelRenderedSizeThreshold: LABEL_SIZE_THRESHOLD,
        zoomDuration: reducedMotion ? 0 : 250,
        minCameraRatio: 0.05,
        maxCameraRatio: 4,
      },
      styles: {
        nodes: [
          {
            x: { attribute: "x" },
            y: { attribute: "y" },
            size: { attribute: "size" },
            color: { attribute: "color" },
            label: { attribute: "label" },
            labelSize: 12,
            labelColor: { attribute: "labelColor" },
            backdropColor: { attribute: "backdropColor" },
            backdropVisibility: "hidden",
            depth: "nodes",
            cursor: "pointer",
          },
          { whenData: { index: -1 }, then: { labelVisibility: "visible", depth: "topNodes", cursor: "default" } },
          { whenState: "isActive", then: { labelVisibility: "visible", depth: "topNodes" } },
          { whenState: "isHighlighted", then: { labelVisibility: "visible", backdropVisibility: "visible", depth: "topNodes" } },
          { whenState: "isHovered", then: { labelVisibility: "visible", backdropVisibility: "visible", depth: "topNodes" } },
        ],
        edges: [
          { size: { attribute: "size" }, color: { attribute: "color" }, depth: "edges" },
          { whenState: "isActive", then: { color: ACTIVE_TIE_COLOUR, depth: "topEdges" } },
        ],
      },
    });
    if (camera) this.sigma.getCamera().setState(camera);

    this.sigma.on("enterNode", ({ node }) => {
      this.hovered = node;
      this.updateActive();
    });
    this.sigma.on("leaveNode", () => {
      this.hovered = null;
      this.updateActive();
    });
    this.sigma.on("clickNode", ({ node }) => {
      if (node !== YOU) onOpen(node);
    });
  }

  /** The hovered person, else the one picked in the search, with their ties and the people at the other end. */
  private updateActive(): void {
    const centre = this.hovered ?? this.focused;
    const nodes: string[] = [];
    const edges: string[] = [];
    if (centre && this.graph.hasNode(centre)) {
      nodes.push(centre);
      this.graph.forEachEdge(centre, (edge, _attributes, source, target) => {
        edges.push(edge);
        nodes.push(source === centre ? target : source);
      });
    }
    this.sigma.setNodesState(this.activeNodes, { isActive: false });
    this.sigma.setEdgesState(this.activeEdges, { isActive: false });
    this.sigma.setNodesState(nodes, { isActive: true });
    this.sigma.setEdgesState(edges, { isActive: true });
    this.activeNodes = nodes;
    this.activeEdges = edges;
  }

  setColours(colours: string[]): void {
    if (colours === this.colours) return;
    this.colours = colours;
    this.graph.updateEachNodeAttributes((_node, attributes) => (attributes.index === -1 ? attributes : { ...attributes, color: colours[attributes.index] ?? attributes.color }), { attributes: ["color"] });
  }

  setDark(dark: boolean): void {
    const theme = dark ? THEMES.dark : THEMES.light;
    if (this.graph.someNode((_node, attributes) => attributes.labelColor === theme.label)) return;
    this.graph.updateEachNodeAttributes((_node, attributes) => ({ ...attributes, labelColor: theme.label, backdropColor: theme.backdrop }), { attributes: ["labelColor", "backdropColor"] });
    this.graph.updateEachEdgeAttributes((_edge, attributes) => ({ ...attributes, color: attributes.mine ? theme.myTie : theme.tie }), { attributes: ["color"] });
  }

  /** Highlights a person with their ties and brings them to the middle; null lets go. */
  focus(contactId: string | null): void {
    if (this.focused && this.graph.hasNode(this.focused)) this.sigma.setNodeState(this.focused, { isHighlighted: false });
    this.focused = contactId && this.graph.hasNode(contactId) ? contactId : null;
    this.updateActive();
    if (!this.focused) return;
    this.sigma.setNodeState(this.focused, { isHighlighted: true });
    const shown = this.sigma.getNodeDisplayData(this.focused);
    if (!shown) return;
    const camera = this.sigma.getCamera();
    void camera.animate({ x: shown.x, y: shown.y, ratio: Math.min(camera.ratio, 0.5) }, { duration: this.reducedMotion ? 0 : 500 });
  }

  zoomIn(): void {
    void this.sigma.getCamera().zoomIn({ duration: this.reducedMotion ? 0 : 250 });
  }

  zoomOut(): void {
    void this.sigma.getCamera().zoomOut({ duration: this.reducedMotion ? 0 : 250 });
  }

  resetView(): void {
    void this.sigma.getCamera().reset({ duration: this.reducedMotion ? 0 : 250 });
  }

  /** The container changed size without the window doing so. */
  resize(): void {
    this.sigma.resize();
  }

  /** How the camera looks now, for the next picture. */
  camera(): CameraState {
    return this.sigma.getCamera().getState();
  }

  kill(): void {
    this.sigma.kill();
  }
}
