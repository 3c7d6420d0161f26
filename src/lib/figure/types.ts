/**
 * A figure as the model uses it: what a pose file (content/figures/<slug>.yaml, checked by
 * src/schemas/figure.ts) becomes once its shorthand is expanded.
 */
import type { HeldKind, Hold, PlacedKind } from '../../data/figure-props';
import type { AnchorId, PoseAngles, View } from './pose';
import type { PointId, Side } from './skeleton';

export interface HeldProp {
  type: 'held';
  id: string;
  kind: HeldKind;
  /** The hand it hangs from; with `both`, the far hand must reach it too. */
  hands: Side | 'both';
  hold: Hold;
}

export interface PlacedProp {
  type: 'placed';
  id: string;
  kind: PlacedKind;
  /** Centre (wall: face) in cm from the anchor, which stands at x = 0; +x is the way the figure faces in the side view. */
  x: number;
  /** Top surface height in cm (a bar: its centre). */
  height: number;
  /** Extent across the picture in cm. */
  length: number;
}

/** A band stretched between two points of the figure, or from a point to a placed prop. */
export interface BandProp {
  type: 'band';
  id: string;
  kind: 'band';
  from: PointId;
  to: PointId;
}

export type Prop = HeldProp | PlacedProp | BandProp;

/**
 * What touches what: `near.foot` (heel and toe), `near.forearm` (elbow and wrist), `near.shin`
 * (knee and ankle) or any single point, on the floor or a placed prop.
 */
export interface Contact {
  part: string;
  points: PointId[];
  on: string;
  /** True when declared for the whole figure: then it must hold through every move too, not only at key positions. */
  throughout: boolean;
}

export interface KeyPosition {
  label: string;
  /** A frame that only shapes the path to the next key position; not shown as a still. */
  passing: boolean;
  angles: PoseAngles;
  /** Contacts for this key position: the figure's own plus the position's. */
  contacts: Contact[];
}

export interface Anchor {
  /** A point that stays put, or a flat part (`near.foot`, `near.forearm`, `near.shin`) that lies level and stays put. */
  at: AnchorId;
  /** What it rests on: `floor`, or a placed prop's id (a bar: the hands hang from its centre). */
  on: string;
}

export interface Figure {
  view: View;
  description: string;
  anchor: Anchor;
  props: Prop[];
  positions: KeyPosition[];
}
