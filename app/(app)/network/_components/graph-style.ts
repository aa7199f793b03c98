// How the network picture looks, shared by the still picture drawn at load (graph-picture.ts) and
// the live one (graph-renderer.ts), so that one turns into the other without a jump.

/** The user's node: contact ids are uuids, so this cannot clash. */
export const YOU = "you";
export const YOU_COLOUR = "#2f8f6f";
export const YOU_SIZE = 11;
/** Someone with no colour (no cluster or circle). */
export const NO_COLOUR = "#a8a29e";

export const THEMES = {
  light: { label: "#292524", backdrop: "#ffffff", tie: "#d6d3d1", myTie: "rgba(47, 143, 111, 0.18)" },
  dark: { label: "#e7e5e4", backdrop: "#292524", tie: "#57534e", myTie: "rgba(95, 190, 155, 0.18)" },
};

/** Room kept between the picture's edge and the outermost people, in pixels. */
export const STAGE_PADDING = 30;
/** Names are written beside people drawn at least this big (radius in pixels)… */
export const LABEL_SIZE_THRESHOLD = 7;
/** …in this font… */
export const LABEL_FONT = "12px sans-serif";
/** …at most one per square of this side, the biggest first, so they do not overlap. */
export const LABEL_CELL = 100;

/** Tie strength with the user (0–100) as a radius in pixels. */
export const nodeSize = (strength: number) => 2.5 + (Math.max(0, Math.min(100, strength)) / 100) * 7.5;
/** Strength 1–3 among contacts as a line width; 0 (not said) draws as a middling tie. */
export const tieSize = (strength: number) => (strength === 0 ? 1 : 0.6 + (strength - 1) * 0.7);
/** Thinner lines are drawn this wide. */
export const MIN_TIE_WIDTH = 0.6;

/** Where "Show you" puts the user: in the middle of everyone. */
export function youPosition(positions: readonly number[]): [number, number] {
  let x = 0;
  let y = 0;
  for (let i = 0; i + 1 < positions.length; i += 2) {
    x += positions[i]!;
    y += positions[i + 1]!;
  }
  const count = Math.max(1, positions.length / 2);
  return [x / count, y / count];
}
