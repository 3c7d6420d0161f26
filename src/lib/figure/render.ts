/**
 * Draws a figure as inline SVG at build time: no JavaScript, theme colours from CSS.
 *
 * The body is one tree of nested groups hung from the anchor (motion.ts). A group that moves
 * carries its transform for each key position in custom properties, `--t0`, `--t1`, …; shared
 * @keyframes (src/styles/figure.css) step through them, so Safari, Firefox and Chromium all
 * animate the same nested `transform: rotate() translate()` with nothing per figure but numbers.
 * The same markup is repeated once per key position for the still frames shown when motion is
 * reduced; a class picks which `--tN` each copy shows, and gzip stores the repeats almost free.
 * Layers paint back to front: placed props, the far side's weights and limbs, trunk and head, a
 * far limb that comes in front of the body (frontLimbs) with its halo, a halo, the near side's
 * weights and limbs, bands. The halo is the near side drawn again a little
 * wider in the page's background colour, so a near arm or leg crossing the body (same colour)
 * keeps a thin outline and reads in light and dark. A figure that leaves its anchor (a jump) moves its whole
 * tree the same way, and a ball or slider moves (a ball turning as it rolls).
 */
import { unwrap, type Vec2 } from './math';
import { pointsAt, type Link } from './motion';
import { ballSeam, floorMarkup, frontMarkup, heldPoint, heldShape, heldTurn, placedMarkup, propBase, propTop, SIZE, tiePoint } from './props';
import { bandEnds, buildScene, floorPatch, isPoint, propMoves, type Scene } from './scene';
import { fromBehind, type View } from './pose';
import { JOINT, THICKNESS, thickness, type Edge, type PointId } from './skeleton';
import type { BandProp, Figure, HeldProp } from './types';
import { SAMPLES } from './validate';

const n = (v: number) => {
  const r = Math.round(v * 10) / 10;
  return String(Object.is(r, -0) ? 0 : r);
};
const same = (values: number[], eps: number) => values.every((v) => Math.abs(v - values[0]) <= eps);

/**
 * A transform for each key position: a static attribute when they agree, else custom properties.
 * `shift` moves in both directions (a figure in the air, a rolling ball); `translate` moves along
 * the turned x axis (out along a segment).
 */
function transformAttrs(parts: { shift?: Vec2[]; rotate?: number[]; translate?: number[]; scale?: number[] }, className = ''): string {
  const keys = (parts.shift ?? parts.rotate ?? parts.translate ?? parts.scale)!.length;
  const moving =
    (parts.shift && !(same(parts.shift.map((v) => v[0]), 0.05) && same(parts.shift.map((v) => v[1]), 0.05))) ||
    (parts.rotate && !same(parts.rotate, 0.05)) ||
    (parts.translate && !same(parts.translate, 0.05)) ||
    (parts.scale && !same(parts.scale, 0.002));
  const css = (k: number) =>
    [
      parts.shift ? `translate(${n(parts.shift[k][0])}px,${n(parts.shift[k][1])}px)` : '',
      parts.rotate ? `rotate(${n(parts.rotate[k])}deg)` : '',
      parts.translate ? `translate(${n(parts.translate[k])}px)` : '',
      parts.scale ? `scaleX(${Math.round(parts.scale[k] * 1000) / 1000})` : '',
    ].filter(Boolean).join(' ');
  if (moving) return ` class="${className ? `${className} ` : ''}m" style="${Array.from({ length: keys }, (_, k) => `--t${k}:${css(k)}`).join(';')}"`;
  const attr = [
    parts.shift && Math.hypot(parts.shift[0][0], parts.shift[0][1]) > 0.05 ? `translate(${n(parts.shift[0][0])} ${n(parts.shift[0][1])})` : '',
    parts.rotate && Math.abs(parts.rotate[0]) > 0.05 ? `rotate(${n(parts.rotate[0])})` : '',
    parts.translate && Math.abs(parts.translate[0]) > 0.05 ? `translate(${n(parts.translate[0])})` : '',
    parts.scale && Math.abs(parts.scale[0] - 1) > 0.002 ? `scale(${Math.round(parts.scale[0] * 1000) / 1000} 1)` : '',
  ].filter(Boolean).join(' ');
  return (className ? ` class="${className}"` : '') + (attr ? ` transform="${attr}"` : '');
}

// A weight seen end-on (`across`) is drawn over its hand, which grips the handle inside it; one
// held upright or level is drawn under the hand and arm that hold it. A far limb that comes in
// front of the body (frontLimbs) is drawn over the trunk with a halo of its own, still under the
// near limbs.
type Layer = 'far-held' | 'far' | 'far-over' | 'body' | 'front-halo' | 'front' | 'halo' | 'near-held' | 'near' | 'near-over' | 'band';
const LAYERS: readonly Layer[] = ['far-held', 'far', 'far-over', 'body', 'front-halo', 'front', 'halo', 'near-held', 'near', 'near-over', 'band'];

/** A far limb in front of the body is drawn as a far limb over a halo, in the same styles. */
const LAYER_CLASS: Partial<Record<Layer, string>> = { 'front-halo': 'halo', front: 'far' };

/** A limb as the drawing layers it: the points that hang from its root joint. */
export type Limb = 'arm' | 'leg';
const LIMB_OF: Readonly<Record<string, Limb>> = { shoulder: 'arm', elbow: 'arm', wrist: 'arm', hand: 'arm', hip: 'leg', knee: 'leg', ankle: 'leg', heel: 'leg', ball: 'leg', toe: 'leg' };
/** The joint in the middle of each limb, which says where the limb is in depth. */
const MIDDLE: Readonly<Record<Limb, PointId[]>> = { arm: ['far.elbow', 'far.wrist'], leg: ['far.knee', 'far.ankle'] };
/** The body part a limb hangs from, whose front it must pass to come in front of the body. */
const ROOT: Readonly<Record<Limb, PointId>> = { arm: 'neck', leg: 'pelvis' };

/**
 * The far limbs drawn in front of the body: in the front view, a far leg or arm whose middle
 * joint and end both come nearer the viewer than the front of the trunk at some key position (a
 * seated figure's knees turned toward you, as in a 90/90 hip switch). The picture keeps one order
 * of layers throughout, so such a limb is drawn in front at every position; beside the body, where
 * it is at the others, the order does not show. In the side view the far limbs stay behind
 * (validate.ts checkNearFar).
 */
export function frontLimbs(scene: Scene): Set<Limb> {
  const front = new Set<Limb>();
  if (scene.figure.view !== 'front') return front;
  const reach = THICKNESS.lumbar / 2;
  for (const limb of ['arm', 'leg'] as const) {
    const ahead = scene.keys.some(({ world }) => MIDDLE[limb].every((p) => world[p][2] > world[ROOT[limb]][2] + reach));
    if (ahead) front.add(limb);
  }
  return front;
}

/** How far the halo reaches past a near limb's (or a weight's) outline on each side, in cm (about a pixel on the page). */
export const HALO = 1.5;

const strokeWidth = (edge: Edge, view: View, halo: number) => n(thickness(edge.part, view, edge.side) + 2 * halo);

/** The stroke of the segment that ends at a link's point, drawn back toward its parent (wider by the halo on each side, for the halo layer). */
function segmentMarkup(link: Link, view: View, halo = 0): string {
  const longest = Math.max(...link.length);
  if (longest < 0.5) return '';
  const scale = link.length.map((l) => l / longest);
  return `<path d="M0 0H${n(-longest)}" stroke-width="${strokeWidth(link.edge, view, halo)}"${transformAttrs({ scale })}/>`;
}

/** The hand that holds a weight (the near one when both do). */
const holdingHand = (prop: HeldProp): PointId => (prop.hands === 'far' ? 'far.hand' : 'near.hand');

/** A held weight's turn in the picture at each key position: hanging or upright, or in line with the hand (heldTurn). */
function heldTurns(scene: Scene, prop: HeldProp): number[] {
  const side = prop.hands === 'far' ? 'far' : 'near';
  return scene.keys.map((key) => heldTurn(prop, key.flat[`${side}.wrist`], key.flat[`${side}.hand`]));
}

/**
 * The turns, in the frame of the point it hangs from, that lay a weight or band along these angles
 * in the picture. Each turns the short way in the picture from one key position to the next,
 * whatever the hand does: turning the short way within the hand's frame instead would swing a band
 * tied to a post round the wrong side when the hand turns one way and the band the other.
 */
function turnsInFrame(angles: number[], link: Link | undefined): number[] {
  const inPicture: number[] = [];
  angles.forEach((a, k) => inPicture.push(k === 0 ? a : unwrap(a, inPicture[k - 1])));
  return inPicture.map((a, k) => a - (link ? link.heading[k] : 0));
}

function heldMarkup(scene: Scene, prop: HeldProp, link: Link | undefined): string {
  // Undo the hand's own turn, then turn the weight as it sits (hanging, upright, or in line with the hand).
  const rotate = turnsInFrame(heldTurns(scene, prop), link);
  return `<g${transformAttrs({ rotate }, 'fig-prop')}>${heldShape(prop, scene.figure.view).markup}</g>`;
}

/** A band hung from the end that is on the figure, reaching to the other (a point, or where it is tied). */
function bandMarkup(scene: Scene, band: BandProp, link: Link | undefined): string {
  const reversed = !isPoint(band.from);
  const vectors = scene.keys.map((key) => {
    const [from, to] = bandEnds(scene, band, key.flat);
    return (reversed ? [from[0] - to[0], from[1] - to[1]] : [to[0] - from[0], to[1] - from[1]]) as Vec2;
  });
  const lengths = vectors.map((v) => Math.hypot(v[0], v[1]));
  const longest = Math.max(...lengths, 1);
  const rotate = turnsInFrame(vectors.map((v) => (Math.atan2(v[1], v[0]) * 180) / Math.PI), link);
  return `<g${transformAttrs({ rotate, scale: lengths.map((l) => l / longest) }, 'fig-band')}><path d="M0 0H${n(longest)}"/></g>`;
}

/** What each layer draws at each point of the tree. */
function layerItems(scene: Scene): Map<Layer, Map<PointId, string>> {
  const byPoint = new Map(scene.motion.links.map((l) => [l.point, l]));
  const items = new Map<Layer, Map<PointId, string>>(LAYERS.map((layer) => [layer, new Map()]));
  const put = (layer: Layer, point: PointId, markup: string) => {
    if (!markup) return;
    const at = items.get(layer)!;
    at.set(point, (at.get(point) ?? '') + markup);
  };
  const front = frontLimbs(scene);
  for (const link of scene.motion.links) {
    const inFront = link.edge.side === 'far' && front.has(LIMB_OF[link.point.split('.')[1]]);
    put(inFront ? 'front' : link.edge.side, link.point, segmentMarkup(link, scene.figure.view));
    if (inFront) put('front-halo', link.point, segmentMarkup(link, scene.figure.view, HALO));
    if (link.edge.side === 'near') put('halo', link.point, segmentMarkup(link, scene.figure.view, HALO));
    if (link.point === 'head') put('body', 'head', `<circle r="${n(JOINT.headRadius)}" class="fig-head"/>`);
  }
  if (scene.motion.root === 'head') put('body', 'head', `<circle r="${n(JOINT.headRadius)}" class="fig-head"/>`);
  for (const prop of scene.figure.props) {
    if (prop.type === 'held') {
      const hand = holdingHand(prop);
      const side = prop.hands === 'far' ? 'far' : 'near';
      const markup = heldMarkup(scene, prop, byPoint.get(hand));
      put(prop.hold === 'across' ? `${side}-over` : `${side}-held`, hand, markup);
      if (side === 'near') put('halo', hand, markup);
    } else if (prop.type === 'band') {
      const hang = (isPoint(prop.from) ? prop.from : prop.to) as PointId;
      put('band', hang, bandMarkup(scene, prop, byPoint.get(hang)));
    }
  }
  return items;
}

/** One layer as nested groups: only the branches that lead to something it draws. */
function layerMarkup(scene: Scene, items: Map<PointId, string>): string {
  if (items.size === 0) return '';
  const { links, root, origins } = scene.motion;
  const needed = new Set<PointId>(items.keys());
  const parentOf = new Map(links.map((l) => [l.point, l.parent]));
  for (const point of [...needed]) {
    for (let p = parentOf.get(point); p; p = parentOf.get(p)) needed.add(p);
  }
  const children = new Map<PointId, Link[]>();
  for (const link of links) if (needed.has(link.point)) children.set(link.parent, [...(children.get(link.parent) ?? []), link]);
  const node = (point: PointId): string =>
    (items.get(point) ?? '') +
    (children.get(point) ?? []).map((link) => `<g${transformAttrs({ rotate: link.turn, translate: link.length })}>${node(link.point)}</g>`).join('');
  return `<g${transformAttrs({ shift: origins })}>${node(root)}</g>`;
}

/**
 * Placed props: those that stay put as they stand, a ball or slider in a group that moves it to
 * where each key position puts it; a ball's seam turns by the distance it rolls.
 */
function placedLayer(scene: Scene): string {
  return scene.placed
    .map((prop) => {
      const at = scene.figure.positions.map((p) => p.place[prop.id] ?? prop.x);
      const seam = prop.kind === 'ball'
        ? `<g transform="translate(${n(prop.x)} ${n(prop.height / 2)})"><g${transformAttrs({ rotate: at.map((x) => (-(x - prop.x) / (prop.height / 2)) * (180 / Math.PI)) })}>${ballSeam(prop.height)}</g></g>`
        : '';
      const shape = placedMarkup(prop, scene.floor) + seam;
      return propMoves(scene.figure, prop) ? `<g${transformAttrs({ shift: at.map((x) => [x - prop.x, 0] as Vec2) })}>${shape}</g>` : shape;
    })
    .join('');
}

export interface Bounds {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/**
 * Everything the figure reaches at its key positions and in between, props included (y up); or,
 * given `only`, at that one key position (a still of it).
 */
export function figureBounds(scene: Scene, only?: number): Bounds {
  // The floor: a line at 0, or a patch seen from above (a tilted camera).
  const b: Bounds = { x0: Infinity, y0: Math.min(0, scene.floor?.front ?? 0), x1: -Infinity, y1: scene.floor?.back ?? -Infinity };
  const grow = (x: number, y: number, r: number) => {
    b.x0 = Math.min(b.x0, x - r); b.x1 = Math.max(b.x1, x + r);
    b.y0 = Math.min(b.y0, y - r); b.y1 = Math.max(b.y1, y + r);
  };
  const frames: Record<PointId, Vec2>[] = [];
  scene.keys.forEach((key, k) => {
    if (only !== undefined && k !== only) return;
    frames.push(key.flat);
    if (only === undefined && k + 1 < scene.keys.length) for (const u of SAMPLES) frames.push(pointsAt(scene.motion, k, u));
  });
  const positions = only === undefined ? scene.figure.positions : [scene.figure.positions[only]];
  for (const points of frames) {
    for (const [id, [x, y]] of Object.entries(points)) grow(x, y, id === 'head' ? JOINT.headRadius : THICKNESS.thoracic / 2);
    for (const prop of scene.figure.props) {
      if (prop.type !== 'held') continue;
      const side = prop.hands === 'far' ? 'far' : 'near';
      const turn = heldTurn(prop, points[`${side}.wrist`], points[`${side}.hand`]);
      const { box } = heldShape(prop, scene.figure.view);
      for (const corner of [[box.x0, box.y0], [box.x0, box.y1], [box.x1, box.y0], [box.x1, box.y1]] as const) {
        grow(...heldPoint(corner, turn, points[`${side}.hand`]), 0);
      }
    }
  }
  for (const prop of scene.placed) {
    if (prop.kind === 'wall') {
      grow(prop.x, Math.min(prop.height, b.y1), 2);
    } else if (prop.kind === 'pull-up-bar') {
      const { beam, bracket } = SIZE.pullUpBar;
      grow(prop.x - beam / 2, prop.height + bracket + 1, 0);
      grow(prop.x + beam / 2, prop.height, 0);
    } else {
      const half = (prop.kind === 'ball' ? prop.height : prop.length) / 2;
      for (const x of positions.map((p) => p.place[prop.id] ?? prop.x)) {
        grow(x - half, propTop(prop, scene.figure.tilt), 0);
        grow(x + half, propBase(prop, scene.figure.tilt), 0);
      }
    }
  }
  for (const prop of scene.figure.props) {
    if (prop.type !== 'band') continue;
    for (const end of [prop.from, prop.to]) {
      const tied = scene.placed.find((p) => p.id === end);
      if (tied) grow(...tiePoint(tied, scene.figure.tilt), 2);
    }
  }
  return b;
}

/** The text read in place of the picture. */
export function figureAlt(figure: Figure, title: string): string {
  const labels = figure.positions.filter((p) => !p.passing).map((p) => p.label).join(', then ');
  const from = `${fromBehind(figure.view, figure.turn) ? 'behind' : `the ${figure.view}`}${figure.tilt ? ' and from above' : ''}`;
  return `Animated figure of the ${title.toLowerCase()}, seen from ${from}: ${figure.description} Key positions: ${labels}.`;
}

export interface RenderedFigure {
  /** The whole figure: the animation and, for reduced motion, the labelled still frames. */
  html: string;
  alt: string;
  keyCount: number;
}

/** Pixels per cm on the page: a standing figure is about 175 px tall. */
const SCALE = 1;
const PAD = 6;

export function renderFigure(figure: Figure, title: string): RenderedFigure {
  const scene = buildScene(figure);
  const items = layerItems(scene);
  const layers = (from: Layer, to: Layer) =>
    LAYERS.slice(LAYERS.indexOf(from), LAYERS.indexOf(to) + 1).map((layer) => {
      const markup = layerMarkup(scene, items.get(layer)!);
      return markup && `<g class="fig-${LAYER_CLASS[layer] ?? layer}">${markup}</g>`;
    }).join('');
  const b = figureBounds(scene);
  const x0 = b.x0 - PAD, x1 = b.x1 + PAD, top = b.y1 + PAD, bottom = Math.min(b.y0, 0) - PAD;
  // Seen from above, the floor is a patch (or a mat) under the whole body, drawn with the props.
  const patch = floorPatch(scene);
  const placed = (patch ? floorMarkup(patch, x0, x1) : '') + placedLayer(scene);
  // The floor line is drawn over the halo, so a near foot on the floor keeps the floor under it.
  const ground = scene.floor ? '' : `<path class="fig-ground" d="M${n(x0)} 0H${n(x1)}"/>`;
  const front = scene.placed.map((p) => frontMarkup(p, scene.floor)).join('');
  const scene2d = `<g transform="scale(1 -1)">${placed ? `<g class="fig-prop">${placed}</g>` : ''}${layers('far-held', 'halo')}${ground}${layers('near-held', 'band')}${front ? `<g class="fig-prop">${front}</g>` : ''}</g>`;
  const w = x1 - x0, h = top - bottom;
  const svg = (cls: string) =>
    `<svg class="${cls}" viewBox="${n(x0)} ${n(-top)} ${n(w)} ${n(h)}" width="${Math.round(w * SCALE)}" height="${Math.round(h * SCALE)}" aria-hidden="true" focusable="false">${scene2d}</svg>`;
  const alt = figureAlt(figure, title);
  const stills = figure.positions
    .map((p, k) => (p.passing ? '' : `<div class="fig-still">${svg(`fig-p${k}`)}<span>${escapeHtml(p.label)}</span></div>`))
    .join('');
  // data-figure marks the whole figure for the page budget (scripts/figure-bytes.mjs measures it).
  const loop = figure.loop === 'restart' ? ' fig-restart' : '';
  const html = `<div class="fig fig-k${figure.positions.length}${loop}" data-figure role="img" aria-label="${escapeHtml(alt)}">${svg('fig-anim')}<div class="fig-stills">${stills}</div></div>`;
  return { html, alt, keyCount: figure.positions.length };
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
