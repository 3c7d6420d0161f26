/**
 * A figure as the model uses it: what a pose file (content/figures/<slug>.yaml, checked by
 * src/schemas/figure.ts) becomes once its shorthand is expanded.
 */
import type { HeldKind, Hold, Loop, PlacedKind } from '../../data/figure-props';
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
  /**
   * Centre (wall: face) in cm from the anchor, which stands at x = 0; +x is the way the figure
   * faces in the side view. A ball or slider may stand elsewhere at a key position (KeyPosition.place).
   */
  x: number;
  /** Top surface height in cm (a bar or pad: its centre; a post: where a band is tied; a ball: its diameter). */
  height: number;
  /** Extent across the picture in cm. */
  length: number;
  /**
   * Where the middle of its depth is, in cm toward the viewer from the middle of the body (the
   * pelvis) at the first key position.
   */
  z: number;
  /** Extent in depth (toward the viewer) in cm, for a bench, box or step; other props reach as deep as the body. */
  depth?: number;
}

/**
 * A band stretched between two points of the figure (a loop around the knees), or from a point
 * to a prop it is tied to (a post at chest height): each end is a point id or a tie prop's id.
 */
export interface BandProp {
  type: 'band';
  id: string;
  kind: 'band';
  from: PointId | string;
  to: PointId | string;
  /** Its length at rest in cm, when given: the band must stay at least this long (pulling) throughout. */
  length?: number;
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
  /** In the air: nothing touches; the figure keeps the lean its angles give it and rises `lift` cm. */
  airborne: boolean;
  /** How far the anchor's first point rises above where it rests, in cm (airborne positions). */
  lift: number;
  /** Where across the floor the resting part's first point (airborne: the anchor's) sits, in cm. */
  travel: number;
  /** What the figure rests on at this key position: the anchor unless another part takes the weight. */
  support: Anchor;
  /** Where each moving prop (ball, slider) stands at this key position: id → centre x in cm. */
  place: Record<string, number>;
}

export interface Anchor {
  /** A point that stays put, or a flat part (`near.foot`, `near.forearm`, `near.shin`) that lies level and stays put. */
  at: AnchorId;
  /** What it rests on: `floor`, or a placed prop's id (a bar: the hands hang from its centre). */
  on: string;
}

export interface Figure {
  view: View;
  /** The front view's turn, near side toward you, in degrees (pose.ts FRONT_TURN unless set); past 90 it shows the figure's back. */
  turn: number;
  /** How far the camera looks down at the body, in degrees (camera.ts): 0 is level. */
  tilt: number;
  /** Forward then back (`alternate`), or forward only and again (`restart`). */
  loop: Loop;
  description: string;
  anchor: Anchor;
  props: Prop[];
  positions: KeyPosition[];
}
