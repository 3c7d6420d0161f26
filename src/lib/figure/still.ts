/**
 * One key position of a figure, drawn still: the small pictures of an exercise away from its own
 * page (thumbnails on exercise cards and in search results, the figure files they are read from,
 * the printed routine card, the link-preview image). Nothing moves, so unlike render.ts every part
 * is drawn where it is, in whole centimetres (a thumbnail is about a third of a pixel per cm), and
 * the colours are given: theme variables on the site, plain colours where no stylesheet reaches
 * (the preview image's rasteriser). Parts paint in render.ts's order: placed props, the far
 * side's weights and limbs, trunk and head, the near side's (over their halo, where the paint has
 * one), bands, then what a bar hides.
 */
import type { Vec2 } from './math';
import { ballSeam, floorMarkup, frontMarkup, heldShape, placedMarkup } from './props';
import { figureBounds, HALO, type Bounds } from './render';
import { bandEnds, buildScene, floorPatch, propMoves, type Scene } from './scene';
import { EDGES, JOINT, thickness } from './skeleton';
import type { Figure } from './types';
import { STILL_ID } from './file';

/** The colours a still is drawn in: any CSS colour, or a `var(…)` where a page's stylesheet applies. */
export interface StillPaint {
  /** Trunk, head and the near limbs. */
  ink: string;
  /** The far limbs, a step lighter so the sides read apart. */
  far: string;
  /** Equipment outlines and the ground. */
  prop: string;
  /** Inside equipment. */
  propFill: string;
  /** Bands. */
  band: string;
  /**
   * The background the still is drawn on, to outline the near limbs with (render.ts's halo), so a
   * near arm across the trunk keeps its shape; left out where the still is too small for an
   * outline to show (thumbnails, the printed routine card), drawn in the link-preview image.
   */
  halo?: string;
}

/**
 * The site's theme colours (src/styles/global.css), so a still follows the light and dark themes
 * and the theme toggle; the light theme's values stand in where no page defines them (a figure
 * file opened on its own).
 */
export const THEME_PAINT: StillPaint = {
  ink: 'var(--ss-fg,#1c1917)',
  far: 'var(--ss-figure-far,#8a847c)',
  prop: 'var(--ss-figure-prop,#8a847c)',
  propFill: 'var(--ss-surface,#f1eee7)',
  band: 'var(--ss-accent,#0b6354)',
};

/**
 * The key position that stands for the whole movement in one picture: the flight of a jump (a
 * figure that plays forward only and leaves the floor), otherwise the last key position, where
 * an alternating move turns back (a squat's bottom, a bridge's top, a plank's hold).
 */
export function telltalePosition(figure: Figure): number {
  const flight = figure.loop === 'restart' ? figure.positions.findIndex((p) => p.airborne && !p.passing) : -1;
  return flight >= 0 ? flight : figure.positions.length - 1;
}

const r = (v: number) => {
  const rounded = Math.round(v);
  return rounded === 0 ? 0 : rounded;
};
const pt = ([x, y]: Vec2) => `${r(x)} ${r(y)}`;

/** How equipment is painted: filled, with an outline. */
const propStyle = (paint: StillPaint) => `fill:${paint.propFill};stroke:${paint.prop};stroke-width:2;stroke-linejoin:round`;

/** Strokes of one colour as few paths as possible: one per stroke width. */
function strokes(segments: { from: Vec2; to: Vec2; width: number }[]): string {
  const byWidth = new Map<number, string>();
  for (const { from, to, width } of segments) {
    // A girdle seen side on is a point, hidden in the trunk's stroke.
    if (pt(from) === pt(to)) continue;
    byWidth.set(width, (byWidth.get(width) ?? '') + `M${pt(from)}L${pt(to)}`);
  }
  return [...byWidth].map(([width, d]) => `<path d="${d}" stroke-width="${width}"/>`).join('');
}

/** One key position's markup, y up (the caller flips it), each run of parts in its paint. */
function stillLayers(scene: Scene, k: number, paint: StillPaint): string {
  const { figure } = scene;
  const points = scene.keys[k].flat;
  const view = figure.view;
  const limbStyle = (colour: string) => `fill:none;stroke:${colour};stroke-linecap:round;stroke-linejoin:round`;
  const group = (style: string, markup: string) => (markup ? `<g style="${style}">${markup}</g>` : '');
  const width = (edge: (typeof EDGES)[number]) => Math.round(thickness(edge.part, view, edge.side) * 10) / 10;
  const limbs = (side: 'near' | 'far' | 'body', wider = 0) =>
    strokes(EDGES.filter((e) => e.side === side).map((e) => ({ from: points[e.from], to: points[e.to], width: width(e) + wider })));
  const held = (layer: 'near' | 'far', over: boolean) =>
    figure.props
      .flatMap((prop) => {
        if (prop.type !== 'held' || (prop.hands === 'far' ? 'far' : 'near') !== layer || (prop.hold === 'across') !== over) return [];
        const hand = points[prop.hands === 'far' ? 'far.hand' : 'near.hand'];
        return [`<g transform="translate(${pt(hand)})">${heldShape(prop, view).markup}</g>`];
      })
      .join('');
  const placed = scene.placed
    .map((prop) => {
      const x = figure.positions[k].place[prop.id] ?? prop.x;
      const seam = prop.kind === 'ball'
        ? `<g transform="translate(${r(x)} ${r(prop.height / 2)}) rotate(${r((-(x - prop.x) / (prop.height / 2)) * (180 / Math.PI))})">${ballSeam(prop.height)}</g>`
        : '';
      const shape = propMoves(figure, prop) ? `<g transform="translate(${r(x - prop.x)} 0)">${placedMarkup(prop, scene.floor)}</g>` : placedMarkup(prop, scene.floor);
      return shape + seam;
    })
    .join('');
  const bands = figure.props
    .map((prop) => {
      if (prop.type !== 'band') return '';
      const [from, to] = bandEnds(scene, prop, points);
      return `M${pt(from)}L${pt(to)}`;
    })
    .join('');
  const head = `<circle cx="${r(points.head[0])}" cy="${r(points.head[1])}" r="${r(JOINT.headRadius)}" style="fill:${paint.ink};stroke:none"/>`;
  return [
    group(propStyle(paint), placed),
    group(propStyle(paint), held('far', false)),
    group(limbStyle(paint.far), limbs('far')),
    group(propStyle(paint), held('far', true)),
    group(limbStyle(paint.ink), limbs('body') + head),
    paint.halo ? group(limbStyle(paint.halo), limbs('near', 2 * HALO)) : '',
    group(propStyle(paint), held('near', false)),
    group(limbStyle(paint.ink), limbs('near')),
    group(propStyle(paint), held('near', true)),
    bands && `<path d="${bands}" style="fill:none;stroke:${paint.band};stroke-width:2.5;stroke-linecap:round"/>`,
    group(propStyle(paint), scene.placed.map((p) => frontMarkup(p, scene.floor)).join('')),
  ].join('');
}

export interface Still {
  /** The drawing, in the coordinates of `viewBox` (cm, y down). */
  markup: string;
  /** `x y width height`, for the <svg> or <symbol> that shows it. */
  viewBox: string;
  /** Its size in cm, for an aspect ratio. */
  width: number;
  height: number;
}

const PAD = 4;

/**
 * Key position `k` drawn still, framed to itself (a thumbnail) or, given the figure's bounds
 * (figureBounds(scene)), at the same place and scale as its other key positions (stills side by
 * side, as printed).
 */
export function drawStill(scene: Scene, k: number, paint: StillPaint, frame: Bounds = figureBounds(scene, k)): Still {
  const x0 = Math.floor(frame.x0 - PAD), x1 = Math.ceil(frame.x1 + PAD);
  const top = Math.ceil(frame.y1 + PAD), bottom = Math.floor(Math.min(frame.y0, 0) - PAD);
  // Seen from above, the floor is a patch (or a mat) under the body.
  const patch = floorPatch(scene);
  const ground = scene.floor
    ? patch ? `<g style="${propStyle(paint)}">${floorMarkup(patch, x0, x1)}</g>` : ''
    : `<path d="M${x0} 0H${x1}" style="fill:none;stroke:${paint.prop};stroke-width:2"/>`;
  return {
    markup: `<g transform="scale(1 -1)">${ground}${stillLayers(scene, k, paint)}</g>`,
    viewBox: `${x0} ${-top} ${x1 - x0} ${top - bottom}`,
    width: x1 - x0,
    height: top - bottom,
  };
}

const telltales = new WeakMap<Figure, Still>();

/**
 * The figure's telltale key position (telltalePosition) drawn still and framed to itself. In the
 * theme's colours each figure is drawn once however many lists show it.
 */
export function telltaleStill(figure: Figure, paint: StillPaint = THEME_PAINT): Still {
  if (paint !== THEME_PAINT) return drawStill(buildScene(figure), telltalePosition(figure), paint);
  let still = telltales.get(figure);
  if (!still) telltales.set(figure, (still = drawStill(buildScene(figure), telltalePosition(figure), paint)));
  return still;
}

/**
 * An exercise's figure file (file.ts): the telltale still as a symbol that pages show with <use>,
 * and shown by the file itself, so it also opens on its own as a picture.
 */
export function figureFile(figure: Figure): string {
  const { viewBox, markup } = telltaleStill(figure);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox}"><symbol id="${STILL_ID}" viewBox="${viewBox}">${markup}</symbol><use href="#${STILL_ID}"/></svg>\n`;
}

/** Every key position a reader sees (passing frames left out), drawn still at one scale, with its label. */
export function keyStills(figure: Figure, paint: StillPaint = THEME_PAINT): { label: string; still: Still }[] {
  const scene = buildScene(figure);
  const frame = figureBounds(scene);
  return figure.positions.flatMap((p, k) => (p.passing ? [] : [{ label: p.label, still: drawStill(scene, k, paint, frame) }]));
}

