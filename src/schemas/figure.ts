import { z } from 'astro/zod';
import { FLAT_ANCHORS, FRONT_TURN, MAX_FRONT_TURN, SPINE_MOTIONS, spineOf, splitSpine, type LimbAngles, type PoseAngles, type SpineAngles, type SpineMotion } from '../lib/figure/pose';
import { DEPTH_DEFAULTS, PLACED_DEFAULTS } from '../lib/figure/props';
import { underside } from '../lib/figure/scene';
import { POINT_IDS, SIDES, type PointId } from '../lib/figure/skeleton';
import { HELD_PROPS, HOLDS, LOOPS, MOVING_PROPS, PLACED_PROPS, TIE_PROPS } from '../data/figure-props';
import type { Anchor, Contact, Figure, KeyPosition, Prop } from '../lib/figure/types';

/**
 * A pose file, content/figures/<exercise slug>.yaml: the key positions of one exercise as joint
 * angles, plus the equipment. Angles are degrees from standing tall with the arms by the sides;
 * anything left out stays there (neutral). README "Posing a new exercise" walks through one.
 */

const angle = z.number().min(-360).max(360);

/** A hip or shoulder: a number is flexion alone. */
const ballJoint = z.union([
  angle.transform((flexion) => ({ flexion })),
  z.strictObject({
    /** Forward (+) or backward (-) swing of the limb. */
    flexion: angle.optional(),
    /** Out to the side (+) or across the body (-). */
    abduction: angle.optional(),
    /** Turning about the body's long axis: outward (+), inward (-). In a clamshell this opens the knee. */
    rotation: angle.optional(),
    /**
     * Turning the limb about its own length once it is raised: outward (+), inward (-). With the
     * upper arm out to the side and the elbow bent, +90 points the forearm up (hands by the ears),
     * -70 points it down (an upright row's elbows high above the hands).
     */
    twist: angle.optional(),
  }),
]);

/** An ankle: a number is dorsiflexion alone. */
const ankleJoint = z.union([
  angle.transform((flexion): { flexion?: number; inversion?: number } => ({ flexion })),
  z.strictObject({
    /** Toes up toward the shin (+, dorsiflexion) or pointed (-, plantarflexion). */
    flexion: angle.optional(),
    /** Sole turned inward (+) or outward (-): keeps a foot flat when the leg reaches out to the side. */
    inversion: angle.optional(),
  }),
]);

const limbFields = {
  /** Hip: a number for flexion, or { flexion, abduction, rotation }. */
  hip: ballJoint.optional(),
  /** Knee bend (0 straight; a few degrees below 0 is the most a knee straightens past). */
  knee: angle.optional(),
  /** Ankle: a number for dorsiflexion (+) / plantarflexion (-), or { flexion, inversion }. */
  ankle: ankleJoint.optional(),
  /** The toes bent up at the ball of the foot (+), as when the heel rises onto the ball; curled down (-). */
  toes: angle.optional(),
  /** Shoulder: a number for flexion (arm forward and up; 180 is overhead), or { flexion, abduction, rotation }. */
  shoulder: ballJoint.optional(),
  /** Elbow bend (0 straight). */
  elbow: angle.optional(),
  /** Wrist: the hand bent from the line of the forearm. */
  wrist: angle.optional(),
};
const limb = z.strictObject(limbFields);
type LimbInput = z.output<typeof limb>;

/** One region of the spine: a number for flexion, or { flexion, lateral, rotation }. */
const segment = z.union([
  angle.transform((flexion): Partial<SpineMotion> => ({ flexion })),
  z.strictObject({ flexion: angle.optional(), lateral: angle.optional(), rotation: angle.optional() }),
]);
type SpineInput = Partial<SpineMotion> & { lumbar?: Partial<SpineMotion>; thoracic?: Partial<SpineMotion> };

/** Where a part touches: `floor` or a placed prop's id. Keys are parts such as `near.foot` or points such as `far.toe`. */
const contacts = z.record(z.string(), z.string()).default({});

/** A part resting on a surface: a string is the part, on the floor; or { at, on }. */
const resting = z.union([
  z.string().transform((at) => ({ at, on: 'floor' })),
  z.strictObject({ at: z.string(), on: z.string().default('floor') }),
]);

const position = z.strictObject({
  /** Shown under the still frame when motion is reduced: "Start", "Bottom", "End". */
  label: z.string().min(1).max(20),
  /**
   * A passing frame, not a key position: it only shapes the path between its neighbours (a foot
   * that must clear the floor as it steps through) and is left out of the still frames.
   */
  passing: z.boolean().default(false),
  /** Start from another (earlier) key position's angles, by label, and change only what follows. */
  from: z.string().optional(),
  /** Swap the near and far sides' angles (after `from`, before this position's own angles). */
  mirror: z.boolean().default(false),
  /** The pelvis tipped forward: 0 upright, 90 face down, -90 face up. A flat anchor overrides the lean in the picture. */
  pitch: angle.optional(),
  /** The pelvis tipped onto a side: 90 lying on the near side, -90 on the far side. */
  roll: angle.optional(),
  /**
   * The whole trunk's bend: a number for flexion (rounding forward; negative arches back), or
   * { flexion, lateral, rotation, lumbar, thoracic }. The lower back (`lumbar`, pelvis to waist)
   * and upper back (`thoracic`, waist to shoulders) share it, the lower back taking 60% of
   * flexion, half of a side bend and a quarter of a turn unless told otherwise.
   */
  spine: z
    .union([
      angle.transform((flexion): SpineInput => ({ flexion })),
      z.strictObject({
        flexion: angle.optional(),
        /** Bending toward the near side (+) or the far side (-). */
        lateral: angle.optional(),
        /** Turning the chest toward the near side (+) or the far side (-). */
        rotation: angle.optional(),
        /**
         * The lower back's own part of the bend: a number for flexion, or { flexion, lateral,
         * rotation }. The upper back takes the rest of the whole trunk's, or, with no whole given,
         * only what `thoracic` says: `{ lumbar: -10, thoracic: -12 }` sags the back (a cow),
         * `{ lumbar: 0, thoracic: 30 }` rounds the upper back alone (a crunch).
         */
        lumbar: segment.optional(),
        /** The upper back's own part of the bend, the same way. */
        thoracic: segment.optional(),
      }),
    ])
    .optional(),
  /** Head nodding forward (+) or tipping back (-). */
  neck: angle.optional(),
  ...limbFields,
  /** Angles for the near side only (the figure's right: toward you in the side view); they win over the shared ones. */
  near: limb.optional(),
  /** Angles for the far side only. */
  far: limb.optional(),
  /** Contacts at this key position only (a foot that steps may leave the floor between positions), added to the figure's own. */
  contacts,
  /**
   * In the air (a jump's flight): nothing touches, so the position declares no contacts. The
   * figure is not laid level on its anchor: `pitch` and `roll` set its lean (0: upright), and
   * `lift` raises it.
   */
  airborne: z.boolean().default(false),
  /** Airborne positions only: how far the anchor's first point (a foot's heel) rises above where it rests, in cm. */
  lift: z.number().min(0).max(200).optional(),
  /**
   * Where the figure stands along the floor at this position, in cm (+ the way it faces in the
   * side view, to the right in the front view): the resting part's first point, or in the air the
   * anchor's, sits at this x. A jump that lands further on, a bound, a hop onto a box.
   */
  travel: z.number().min(-500).max(500).default(0),
  /**
   * The part that takes the weight at this position instead of the anchor, on `floor` unless given
   * as { at, on }: the other foot in a skip or a bound (`far.foot`), both feet landing on a box
   * (`{ at: near.foot, on: box }`). A flat part is laid level, as a flat anchor is.
   */
  support: resting.optional(),
  /**
   * Where a ball or slider stands at this position: its id and centre x in cm, e.g. `{ ball: 30 }`.
   * Between positions it rolls or slides there; left out, it stands at its own `x`.
   */
  place: z.record(z.string(), z.number()).default({}),
});
type PositionInput = z.output<typeof position>;

const heldProp = z.strictObject({
  /** A weight held in the hands. */
  kind: z.enum(HELD_PROPS),
  /** Names it for contacts; defaults to the kind. */
  id: z.string().optional(),
  /** Which hand holds it; `both` means the far hand must reach it too. */
  hands: z.enum([...SIDES, 'both']),
  /**
   * How it sits: a dumbbell `across` (handle toward you), `upright` (handle vertical, as in a
   * goblet hold) or `level`; a kettlebell hangs straight down unless `inline`: in line with the
   * forearm, as a swing's bell floats out on straight arms.
   */
  hold: z.enum(HOLDS).default('across'),
});

const placedProp = z.strictObject({
  /**
   * Equipment standing in the room: a bench, box, step, mat, wall or pull-up bar; a `post` (a
   * post, rack upright or door anchor) to tie a band to; a stability `ball`, which rolls; a
   * `slider` (sliders or a folded towel) under the feet, which slides; an ankle `pad` that holds
   * the heels down (a padded roller, or a partner's hands).
   */
  kind: z.enum(PLACED_PROPS),
  id: z.string().optional(),
  /** Centre in cm from the anchor (which stands at 0); + is the way the figure faces in the side view. A wall: its face. */
  x: z.number().default(0),
  /**
   * Top height in cm (a bar or pad: its centre; a post: where the band is tied; a ball: its
   * diameter). Defaults: bench 45, box 50, step 20, mat 1, bar 225, post 130 (chest height),
   * ball 65, slider 1.5, pad 33.
   */
  height: z.number().positive().optional(),
  /** Extent across the picture in cm (a post: its thickness; a pad: its roller's diameter; a ball is as wide as its height). Defaults: bench 110, box 50, step 40, mat 180, post 8, slider 18, pad 14. */
  length: z.number().positive().optional(),
  /**
   * A bench, box or step: its extent in depth, toward you, in cm. Defaults: bench 35 (its padded
   * top's width: its length runs across the picture), box 50, step 40. A bench deeper than it is
   * long is seen end-on: its legs stand at its near and far ends, so a leg can pass under it.
   */
  depth: z.number().positive().optional(),
  /**
   * A bench, box or step: where the middle of its depth is, in cm toward you (+) or away (-)
   * from the middle of the body (the pelvis) at the first key position; default 0. A part of the
   * body beside it in depth neither rests on it nor passes through it: a foot on the floor beside
   * a bench that the other knee kneels on. A post, in a view that looks down (`tilt`): where it
   * stands in depth, so it can stand out to the side of a figure turned toward you.
   */
  z: z.number().default(0),
});

const bandEnd = z.string();
const bandProp = z.strictObject({
  /** A resistance band stretched between two points of the figure, or from a prop it is tied to (a post) to a point. */
  kind: z.literal('band'),
  id: z.string().optional(),
  /** One end: a point of the figure (`near.hand`, `near.knee`) or the id of a post or pull-up bar it is tied to. */
  from: bandEnd,
  /** The other end, the same way. */
  to: bandEnd,
  /** Its length at rest in cm: when given, the band must stay stretched (pulling) at every position and in between. */
  length: z.number().positive().optional(),
});

const FLAT_PARTS = SIDES.flatMap((side) => Object.keys(FLAT_ANCHORS).map((part) => `${side}.${part}`));
const PART_NAMES: readonly string[] = [...FLAT_PARTS, ...POINT_IDS];
const partHelp = `a part (${FLAT_PARTS.join(', ')}) or a point (${POINT_IDS.join(', ')})`;

const pointsOf = (part: string): PointId[] => {
  const [side, name] = part.split('.');
  const flat = FLAT_ANCHORS[name as keyof typeof FLAT_ANCHORS];
  return flat ? flat.map((p) => `${side}.${p}` as PointId) : [part as PointId];
};

/**
 * Names a position by its label in every problem found inside it (`positions.Bottom.near:
 * Unrecognized key: "kne"`), where zod alone would name its index; the build prints these paths.
 */
function nameByLabel(value: unknown, issues: { path?: PropertyKey[] }[]): void {
  const positions = (value as { positions?: unknown })?.positions;
  if (!Array.isArray(positions)) return;
  for (const issue of issues) {
    const [field, index] = issue.path ?? [];
    if (field !== 'positions' || typeof index !== 'number') continue;
    const label = (positions[index] as { label?: unknown } | undefined)?.label;
    if (typeof label === 'string' && label.trim() && positions.filter((p) => p?.label === label).length === 1) issue.path![1] = label;
  }
}

export const figureSchema = z
  .strictObject({
    /** `side` for forward-and-back moves (the figure faces right); `front` for sideways ones (it faces you, or shows its back: `turn`). */
    view: z.enum(['side', 'front']),
    /**
     * Front view only: how far the figure turns its near side toward you, in degrees (0 faces you
     * square; default 20). Turn it further when a move goes toward you: the band pull-apart's arms
     * reaching straight out in front show at 45. Past 90 the figure shows its back, near side
     * still nearer you and now on the picture's right: 180 is square from behind, 145 from behind
     * and to the near side, as a fire hydrant's knee lifting out to the side is best seen. Between
     * 60 and 120 the figure is side-on: use the side view.
     */
    turn: z
      .number()
      .min(0)
      .max(180)
      .refine((t) => t <= MAX_FRONT_TURN || t >= 180 - MAX_FRONT_TURN, `must be 0 to ${MAX_FRONT_TURN} (from the front) or ${180 - MAX_FRONT_TURN} to 180 (from behind): in between the figure is side-on, so use the side view`)
      .optional(),
    /**
     * How far the camera looks down at the body, in degrees (0, the default, is level; at most 60).
     * A figure lying on its side whose knees bend along the floor, toward and away from you (a
     * clamshell), draws them as straight lines with a level camera: tilted 30°, the bend shows and
     * so does a knee rising; a Pallof press's hands pressing out in front show apart from the band
     * pulling sideways. The floor is drawn as a patch seen from above, with a mat or a post (beside
     * the body) on it; other equipment and held weights are drawn as seen level, so a tilted view has none.
     */
    tilt: z.number().min(0).max(60).optional(),
    /**
     * `alternate` (the default) plays the key positions forward, then back: a squat goes down and
     * comes up. `restart` plays them forward, holds the last, and starts again: a jump, a bound or
     * a hop onto a box, which played backwards would show the wrong movement.
     */
    loop: z.enum(LOOPS).default('alternate'),
    /** One or two sentences describing the movement, read out in place of the picture. */
    description: z.string().min(20, 'must describe the movement in a sentence or two').max(300),
    /**
     * The part that stays put while the figure moves, on `floor` unless given as { at, on }: a flat
     * part (`near.foot`, `near.forearm`, `near.shin`) lies level, a point (`near.hand`) only stays put.
     */
    anchor: z.union([
      z.string().transform((at) => ({ at, on: 'floor' })),
      z.strictObject({ at: z.string(), on: z.string().default('floor') }),
    ]),
    /** Equipment: held weights, placed props (bench, box, step, mat, wall, pull-up bar, post, ball, slider, pad) and bands. */
    props: z.array(z.union([heldProp, placedProp, bandProp])).default([]),
    /** Contacts that hold all the time, at every key position and through every move, e.g. `near.foot: floor`. */
    contacts,
    /** Two to four key positions in order: start, any middle one where the path matters, end; plus at most two passing frames. */
    positions: z.array(position).min(2, 'needs at least a start and an end position').max(6, 'has at most four key positions and two passing frames'),
  })
  .superRefine((fig, ctx) => {
    const propIds = fig.props.map((p) => p.id ?? p.kind);
    propIds.forEach((id, i) => {
      if (propIds.indexOf(id) !== i) ctx.addIssue({ code: 'custom', path: ['props', i, 'id'], message: `"${id}" is used twice: give each prop its own id` });
    });
    const placedOf = (kinds: readonly string[]) => fig.props.filter((p) => kinds.includes(p.kind)).map((p) => p.id ?? p.kind);
    const standing = ['floor', ...placedOf(PLACED_PROPS)];
    // What a part can touch: the floor, a placed prop, or the underside of a bench's top.
    const surfaces = [...standing, ...placedOf(['bench']).map(underside)];
    fig.props.forEach((p, i) => {
      if ('hold' in p && p.hold === 'inline' && p.kind !== 'kettlebell') {
        ctx.addIssue({ code: 'custom', path: ['props', i, 'hold'], message: `only a kettlebell is held inline, in line with the forearm: hold a ${p.kind} across, upright or level` });
      }
      if (!('depth' in p) && !('z' in p)) return;
      const deep = p.kind in DEPTH_DEFAULTS;
      // Seen from above, a post shows where it stands in depth: beside the body, or out to its side in front.
      const placed = deep || (p.kind === 'post' && Boolean(fig.tilt));
      if ((!deep && p.depth !== undefined) || (!placed && p.z !== 0)) {
        ctx.addIssue({ code: 'custom', path: ['props', i, p.depth !== undefined ? 'depth' : 'z'], message: `only a bench, box or step has a depth to place (and a post, seen from above with \`tilt\`): a ${p.kind} reaches as deep as the body` });
      }
    });
    const ties = placedOf(TIE_PROPS);
    const moving = placedOf(MOVING_PROPS);
    const quoted = (ids: string[]) => ids.map((s) => `"${s}"`).join(' or ');
    fig.props.forEach((p, i) => {
      if (p.kind !== 'band') return;
      for (const end of ['from', 'to'] as const) {
        if (!(POINT_IDS as readonly string[]).includes(p[end]) && !ties.includes(p[end])) {
          const tie = ties.length ? ` or a prop it is tied to (${quoted(ties)})` : ' (to tie it to something, add a post)';
          ctx.addIssue({ code: 'custom', path: ['props', i, end], message: `"${p[end]}" is not a point of the figure${tie}` });
        }
      }
      if (ties.includes(p.from) && ties.includes(p.to)) ctx.addIssue({ code: 'custom', path: ['props', i], message: 'a band runs to the figure: tie one end to a prop at most' });
    });
    const checkContacts = (map: Record<string, string>, path: (string | number)[]) => {
      for (const [part, on] of Object.entries(map)) {
        if (!PART_NAMES.includes(part)) ctx.addIssue({ code: 'custom', path: [...path, part], message: `"${part}" is not ${partHelp}` });
        if (!surfaces.includes(on)) ctx.addIssue({ code: 'custom', path: [...path, part], message: `"${on}" is not a surface here: use ${surfaces.map((s) => `"${s}"`).join(' or ')}` });
      }
    };
    if (fig.tilt) {
      fig.props.forEach((p, i) => {
        if (p.kind === 'mat' || p.kind === 'band' || p.kind === 'post') return;
        ctx.addIssue({ code: 'custom', path: ['props', i, 'kind'], message: `a view that looks down (tilt ${fig.tilt}) draws only the floor, a mat, a post and bands: a ${p.kind} is drawn as seen level; leave out \`tilt\` or the ${p.kind}` });
      });
    }
    if (fig.turn !== undefined && fig.view !== 'front') ctx.addIssue({ code: 'custom', path: ['turn'], message: 'only the front view turns: the side view shows the figure side-on' });
    checkContacts(fig.contacts, ['contacts']);
    if (!PART_NAMES.includes(fig.anchor.at)) {
      ctx.addIssue({ code: 'custom', path: ['anchor'], message: `"${fig.anchor.at}" is not ${partHelp}` });
    }
    if (!standing.includes(fig.anchor.on)) ctx.addIssue({ code: 'custom', path: ['anchor', 'on'], message: `"${fig.anchor.on}" is not a surface to rest on here: use ${quoted(standing)}` });
    const keys = fig.positions.filter((p) => !p.passing).length;
    if (keys < 2 || keys > 4) ctx.addIssue({ code: 'custom', path: ['positions'], message: `has ${keys} key positions besides passing frames: use two to four` });
    [0, fig.positions.length - 1].forEach((i) => {
      if (fig.positions[i]?.passing) ctx.addIssue({ code: 'custom', path: ['positions', i, 'passing'], message: 'the first and last positions are key positions, not passing frames' });
    });
    const labels = fig.positions.map((p) => p.label);
    fig.positions.forEach((p, i) => {
      if (labels.indexOf(p.label) !== i) ctx.addIssue({ code: 'custom', path: ['positions', i, 'label'], message: `"${p.label}" is used twice: each key position needs its own label` });
      if (p.from !== undefined && !labels.slice(0, i).includes(p.from)) {
        ctx.addIssue({ code: 'custom', path: ['positions', i, 'from'], message: `"${p.from}" is not an earlier key position (${labels.slice(0, i).join(', ') || 'none'})` });
      }
      checkContacts(p.contacts, ['positions', i, 'contacts']);
      const spine = p.spine as SpineInput | undefined;
      for (const m of SPINE_MOTIONS) {
        const [whole, lumbar, thoracic] = [spine?.[m], spine?.lumbar?.[m], spine?.thoracic?.[m]];
        if (whole !== undefined && lumbar !== undefined && thoracic !== undefined && lumbar + thoracic !== whole) {
          ctx.addIssue({ code: 'custom', path: ['positions', i, 'spine', m], message: `the lower and upper back's ${m} (${lumbar}° + ${thoracic}°) must add up to the whole trunk's ${whole}°: leave one of the three out` });
        }
      }
      if (p.airborne) {
        if (Object.keys(p.contacts).length) ctx.addIssue({ code: 'custom', path: ['positions', i, 'contacts'], message: 'an airborne position touches nothing: leave out its contacts' });
        if (Object.keys(fig.contacts).length) {
          ctx.addIssue({ code: 'custom', path: ['contacts'], message: `contacts for the whole figure hold at every position, but "${p.label}" is airborne: declare them at the positions that touch` });
        }
        if (p.support) ctx.addIssue({ code: 'custom', path: ['positions', i, 'support'], message: 'an airborne position rests on nothing: leave out its support' });
      } else if (p.lift !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['positions', i, 'lift'], message: 'only an airborne position is lifted (add `airborne: true`); one that touches rests on its support' });
      }
      if (p.support) {
        if (!PART_NAMES.includes(p.support.at)) ctx.addIssue({ code: 'custom', path: ['positions', i, 'support'], message: `"${p.support.at}" is not ${partHelp}` });
        if (!standing.includes(p.support.on)) ctx.addIssue({ code: 'custom', path: ['positions', i, 'support', 'on'], message: `"${p.support.on}" is not a surface to rest on here: use ${quoted(standing)}` });
      }
      for (const id of Object.keys(p.place)) {
        if (moving.includes(id)) continue;
        const why = standing.includes(id) ? `the ${id} stays where it stands` : `"${id}" is not a prop here`;
        ctx.addIssue({ code: 'custom', path: ['positions', i, 'place', id], message: `${why}: only a ball or a slider moves (${moving.length ? quoted(moving) : 'none here'})` });
      }
    });
  })
  .superRefine((fig, ctx) => nameByLabel(fig, ctx.issues), { when: () => true })
  .transform((fig): Figure => {
    const props: Prop[] = fig.props.map((p) => {
      const id = p.id ?? p.kind;
      if (p.kind === 'band') return { type: 'band', id, kind: 'band', from: p.from, to: p.to, ...(p.length === undefined ? {} : { length: p.length }) };
      if ('hands' in p) return { type: 'held', id, kind: p.kind, hands: p.hands, hold: p.hold };
      const defaults = PLACED_DEFAULTS[p.kind];
      const depth = p.depth ?? DEPTH_DEFAULTS[p.kind];
      return { type: 'placed', id, kind: p.kind, x: p.x, height: p.height ?? defaults.height, length: p.length ?? defaults.length, z: p.z, ...(depth === undefined ? {} : { depth }) };
    });
    const toContacts = (map: Record<string, string>, throughout: boolean): Contact[] =>
      Object.entries(map).map(([part, on]) => ({ part, points: pointsOf(part), on, throughout }));
    const resolved = new Map<string, PoseAngles>();
    const anchor = fig.anchor as Anchor;
    const positions: KeyPosition[] = fig.positions.map((p) => {
      const angles = expand(p, p.from === undefined ? NEUTRAL : resolved.get(p.from)!);
      resolved.set(p.label, angles);
      return {
        label: p.label,
        passing: p.passing,
        angles,
        contacts: [...toContacts(fig.contacts, true), ...toContacts(p.contacts, false)],
        airborne: p.airborne,
        lift: p.lift ?? 0,
        travel: p.travel,
        support: (p.support as Anchor | undefined) ?? anchor,
        place: p.place,
      };
    });
    return { view: fig.view, turn: fig.turn ?? FRONT_TURN, tilt: fig.tilt ?? 0, loop: fig.loop, description: fig.description, anchor, props, positions };
  });

const NEUTRAL_LIMB: LimbAngles = {
  hip: { flexion: 0, abduction: 0, rotation: 0, twist: 0 },
  knee: 0,
  ankle: 0,
  ankleInversion: 0,
  toes: 0,
  shoulder: { flexion: 0, abduction: 0, rotation: 0, twist: 0 },
  elbow: 0,
  wrist: 0,
};
const NEUTRAL: PoseAngles = {
  pitch: 0,
  roll: 0,
  spine: splitSpine({ flexion: 0, lateral: 0, rotation: 0 }),
  neck: 0,
  near: NEUTRAL_LIMB,
  far: NEUTRAL_LIMB,
};

function applyLimb(base: LimbAngles, ...layers: (LimbInput | undefined)[]): LimbAngles {
  let out = base;
  for (const l of layers) {
    if (!l) continue;
    out = {
      hip: { ...out.hip, ...l.hip },
      knee: l.knee ?? out.knee,
      ankle: l.ankle?.flexion ?? out.ankle,
      ankleInversion: l.ankle?.inversion ?? out.ankleInversion,
      toes: l.toes ?? out.toes,
      shoulder: { ...out.shoulder, ...l.shoulder },
      elbow: l.elbow ?? out.elbow,
      wrist: l.wrist ?? out.wrist,
    };
  }
  return out;
}

/**
 * The spine's bend at a key position: each motion (flexion, side bend, turn) it names is set
 * afresh, a whole split by the lower back's share unless a region says its own part; each it
 * leaves out stays as it was.
 */
function applySpine(base: SpineAngles, input: SpineInput | undefined): SpineAngles {
  if (!input) return base;
  const lumbar = { ...base.lumbar }, thoracic = { ...base.thoracic };
  for (const m of SPINE_MOTIONS) {
    const [whole, low, high] = [input[m], input.lumbar?.[m], input.thoracic?.[m]];
    if (whole === undefined && low === undefined && high === undefined) continue;
    if (whole === undefined) {
      [lumbar[m], thoracic[m]] = [low ?? 0, high ?? 0];
    } else if (low === undefined && high === undefined) {
      const split = splitSpine({ flexion: 0, lateral: 0, rotation: 0, [m]: whole });
      [lumbar[m], thoracic[m]] = [split.lumbar[m], split.thoracic[m]];
    } else {
      [lumbar[m], thoracic[m]] = low === undefined ? [whole - high!, high!] : [low, whole - low];
    }
  }
  return spineOf(lumbar, thoracic);
}

/** One key position's angles: its base (neutral or `from`), mirrored if asked, then its own values. */
function expand(p: PositionInput, base: PoseAngles): PoseAngles {
  const start = p.mirror ? { ...base, near: base.far, far: base.near } : base;
  const shared: LimbInput = { hip: p.hip, knee: p.knee, ankle: p.ankle, toes: p.toes, shoulder: p.shoulder, elbow: p.elbow, wrist: p.wrist };
  return {
    pitch: p.pitch ?? start.pitch,
    roll: p.roll ?? start.roll,
    spine: applySpine(start.spine, p.spine as SpineInput | undefined),
    neck: p.neck ?? start.neck,
    near: applyLimb(start.near, shared, p.near),
    far: applyLimb(start.far, shared, p.far),
  };
}

export type FigureInput = z.input<typeof figureSchema>;
export type FigureData = z.output<typeof figureSchema>;
