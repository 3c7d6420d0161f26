import { describe, expect, it } from 'vitest';
import { figureBounds, frontLimbs, renderFigure } from '../../src/lib/figure/render';
import { floorInPicture } from '../../src/lib/figure/camera';
import { pointsAt } from '../../src/lib/figure/motion';
import { bandEnds, buildScene, roomAt } from '../../src/lib/figure/scene';
import { JOINT, THICKNESS } from '../../src/lib/figure/skeleton';
import type { BandProp } from '../../src/lib/figure/types';
import { clamshell, figure, hydrant, pallofPress, readFigures, seated, squat } from '../helpers/figures';

const strokeWidths = (html: string, layer: string) => {
  const group = new RegExp(`<g class="fig-${layer}">([\\s\\S]*?)</g></g>(?=<g class="fig-|<g class="fig-prop"|</g></svg>)`).exec(html);
  return [...(group?.[1] ?? '').matchAll(/stroke-width="([\d.]+)"/g)].map((m) => Number(m[1]));
};

describe('the figure drawing', () => {
  it('is one image with a text alternative that describes the movement and names the key positions', () => {
    const { html, alt } = renderFigure(squat(), 'Bodyweight squat');
    expect(html).toMatch(/^<div class="fig fig-k2" data-figure role="img" aria-label="[^"]+">/);
    expect(alt).toBe(
      'Animated figure of the bodyweight squat, seen from the side: Stands tall, sits the hips down to thighs level, stands up again. Key positions: Start, then Bottom.',
    );
    expect(html).toContain(`aria-label="${alt}"`);
    // The drawing itself is hidden from assistive technology; the label speaks for it.
    expect(html.match(/<svg /g)).toHaveLength(3);
    expect(html.match(/<svg [^>]*aria-hidden="true"/g)).toHaveLength(3);
  });

  it('labels one still frame per key position, leaving out passing frames', () => {
    const stepping = squat({ positions: [{ label: 'Start' }, { label: 'Step', passing: true, knee: 40 }, { label: 'Bottom', knee: 80, hip: 70, ankle: 15 }] });
    const { html } = renderFigure(stepping, 'Squat');
    expect([...html.matchAll(/<div class="fig-still">.*?<span>([^<]+)<\/span><\/div>/g)].map((m) => m[1])).toEqual(['Start', 'Bottom']);
    expect(html).toContain('class="fig fig-k3"');
    expect(html).toContain('class="fig-p0"');
    expect(html).toContain('class="fig-p2"');
    expect(html).not.toContain('class="fig-p1"');
  });

  it('gives every moving part one transform per frame and no number that is not a number', () => {
    for (const { figure: f } of readFigures()) {
      const { html } = renderFigure(f, 'Exercise');
      expect(html).not.toMatch(/NaN|undefined|Infinity/);
      for (const [, style] of html.matchAll(/class="[^"]*\bm" style="([^"]+)"/g)) {
        expect(style.split(';').map((d) => d.split(':')[0])).toEqual(f.positions.map((_, k) => `--t${k}`));
      }
    }
  });

  it('draws the near limbs thicker than the far ones', () => {
    const { html } = renderFigure(squat(), 'Squat');
    const near = strokeWidths(html, 'near');
    const far = strokeWidths(html, 'far');
    expect(near.length).toBeGreaterThan(0);
    expect(far.length).toBe(near.length);
    expect(Math.max(...far)).toBeLessThan(Math.max(...near));
    expect(far.reduce((a, b) => a + b)).toBeLessThan(near.reduce((a, b) => a + b));
  });

  it('draws both views: the shoulder line shows from the front and lines up out of sight from the side', () => {
    const side = renderFigure(squat(), 'Squat').html;
    const front = renderFigure(squat({ view: 'front' }), 'Squat').html;
    expect(front).toContain('seen from the front');
    // The shoulder girdle is drawn 12 cm thick from each shoulder to the neck (22.7 cm, a little
    // less across the turned front view); from the side both shoulders sit on one point.
    const girdle = /<path d="M0 0H-2[12]\.\d" stroke-width="12"\/>/g;
    expect(side).not.toMatch(girdle);
    expect(front.match(girdle)).toHaveLength(2 * 3);
  });

  it('turned past 90°, shows the figure from behind: the near side on the right, still nearer you and drawn darker', () => {
    const behind = hydrant();
    const { html, alt } = renderFigure(behind, 'Fire hydrant');
    expect(alt).toContain('seen from behind and from above:');
    const [start, top] = buildScene(behind).keys;
    // Turned 140°, the near (right) hip is on the picture's right and 12 cm nearer you than the far one.
    expect(start.flat['near.hip'][0]).toBeGreaterThan(start.flat['far.hip'][0] + 10);
    expect(start.world['near.hip'][2] - start.world['far.hip'][2]).toBeCloseTo(Math.sin((140 * Math.PI) / 180) * 18.3, 0);
    // The knee lifting out to the side swings across the picture, not down toward you as a kick back would.
    expect(top.flat['near.knee'][0] - start.flat['near.knee'][0]).toBeGreaterThan(15);
    expect(top.flat['near.knee'][1]).toBeGreaterThan(start.flat['near.knee'][1]);
    // The near leg, on the lifting side, is drawn over the body; the far one under it.
    expect(html.indexOf('class="fig-far"')).toBeLessThan(html.indexOf('class="fig-near"'));
    expect(renderFigure(hydrant({ turn: 40 }), 'Fire hydrant').alt).toContain('seen from the front and from above:');
  });

  it('draws a far leg that comes toward you in front of the body, over the trunk with an outline, and keeps one beside it behind', () => {
    const knees = figure({
      view: 'front',
      description: 'Sits on the floor with the knees up and leans back a little further.',
      anchor: 'pelvis',
      positions: [
        { label: 'Start', pitch: -20, hip: { flexion: 100, abduction: 30 }, knee: 100 },
        { label: 'End', pitch: -30, hip: { flexion: 100, abduction: 30 }, knee: 100 },
      ],
    });
    // Knees up, toward you: the far leg reaches past the front of the trunk.
    expect([...frontLimbs(buildScene(knees))]).toEqual(['leg']);
    // The far thigh (11.2 cm, its outline 14.2) is drawn after the trunk: outline first, then the thigh, then the near limbs' outline.
    const html = renderFigure(knees, 'Hip switch').html;
    const over = html.split('<svg ')[1].split('<g class="fig-body">')[1];
    const farThigh = /<g class="fig-halo">.*stroke-width="14\.2".*<\/g><g class="fig-far">.*stroke-width="11\.2".*<g class="fig-halo">/;
    expect(over).toMatch(farThigh);
    // Only the far arm (upper arm, forearm, hand), which hangs beside the trunk, stays behind it.
    expect(strokeWidths(html, 'far')).toEqual([7.2, 6, 4.8]);
    // Standing, the far leg stays beside the body and is drawn behind it.
    const raise = squat({ view: 'front', positions: [{ label: 'Start' }, { label: 'End', shoulder: { abduction: 80 } }] });
    const standing = renderFigure(raise, 'Lateral raise').html.split('<svg ')[1].split('<g class="fig-body">');
    expect(standing[0]).toContain('stroke-width="11.2"');
    expect(standing[1]).not.toContain('stroke-width="11.2"');
  });

  it('draws held and placed equipment in the equipment tone, a weight upright whatever the hand does', () => {
    const goblet = renderFigure(readFigures().find((f) => f.slug === 'goblet-squat')!.figure, 'Goblet squat').html;
    expect(goblet).toMatch(/<g class="fig-prop( m)?"/);
    const bench = renderFigure(
      figure({
        view: 'side',
        description: 'Steps up onto a box and back down again.',
        anchor: 'near.foot',
        props: [{ kind: 'box', x: 40 }],
        positions: [{ label: 'Start' }, { label: 'End', knee: 10 }],
      }),
      'Step-up',
    ).html;
    expect(bench).toContain('<g class="fig-prop"><rect x="15" y="0" width="50" height="50" rx="1.5"/></g>');
  });

  it('moves the whole figure into the air and back, and plays a jump forward only', () => {
    const jump = figure({
      view: 'side',
      loop: 'restart',
      description: 'Dips, jumps straight up with the toes pointed, and lands softly.',
      anchor: 'near.foot',
      positions: [
        { label: 'Dip', ankle: 15, knee: 60, hip: 55, contacts: { 'near.foot': 'floor' } },
        { label: 'Jump', airborne: true, lift: 34, travel: 20, ankle: -35 },
      ],
    });
    const { html } = renderFigure(jump, 'Jump squat');
    expect(html).toMatch(/^<div class="fig fig-k2 fig-restart" data-figure /);
    // The group the body hangs from carries the anchor's place at each key position: heel on the floor, then 34 cm up and 20 along.
    expect(html).toContain('<g class="m" style="--t0:translate(0px,2.5px);--t1:translate(20px,36.5px)">');
    expect(renderFigure(squat(), 'Squat').html).toContain('<g transform="translate(0 2.5)">');
  });

  it('rolls a ball: it moves to where each position puts it and its seam turns by the distance', () => {
    const rolling = figure({
      view: 'side',
      description: 'Lies on the back and rolls a stability ball in with the heels.',
      anchor: 'neck',
      props: [{ kind: 'ball', x: 150 }],
      positions: [{ label: 'Out', pitch: -90, hip: 36 }, { label: 'In', pitch: -90, hip: 36, place: { ball: 99 } }],
    });
    const { html } = renderFigure(rolling, 'Hamstring curl');
    expect(html).toContain('<g class="m" style="--t0:translate(0px,0px);--t1:translate(-51px,0px)"><circle cx="150" cy="32.5" r="32.5"/>');
    // Rolling 51 cm back on a 32.5 cm radius turns it 90° the other way (anticlockwise on the page).
    expect(html).toContain('<g class="m" style="--t0:rotate(0deg);--t1:rotate(89.9deg)"><path d="M-32.5 0Q0 -14.6 32.5 0"/>');
  });

  it('draws a band tied to a post from the hands to the post, at the height it is tied', () => {
    const pallof = figure({
      view: 'front',
      turn: 60,
      description: 'Presses a band out from the chest against its sideways pull.',
      anchor: 'near.foot',
      props: [{ kind: 'post', x: -75 }, { kind: 'band', from: 'post', to: 'near.hand' }],
      positions: [
        { label: 'Chest', shoulder: { flexion: 20, rotation: -44 }, elbow: 120 },
        { label: 'Press', shoulder: { flexion: 85, rotation: -20 }, elbow: 5 },
      ],
    });
    const { html } = renderFigure(pallof, 'Pallof press');
    // The post stands 30 cm above where the band is tied (130 cm, chest height).
    expect(html).toContain('<g class="fig-prop"><rect x="-79" y="0" width="8" height="160" rx="1"/></g>');
    const scene = buildScene(pallof);
    const hand = scene.keys[0].flat['near.hand'];
    const reach = Math.hypot(-75 - hand[0], 130 - hand[1]);
    const band = /<g class="fig-band m" style="--t0:rotate\(([-\d.]+)deg\) scaleX\(([\d.]+)\);--t1:rotate\(([-\d.]+)deg\) scaleX\(([\d.]+)\)"><path d="M0 0H([\d.]+)"\/>/.exec(html);
    expect(band).not.toBeNull();
    expect(Number(band![5]) * Number(band![2])).toBeCloseTo(reach, 0);
  });

  it('seen from above, lays the mat flat under the whole body instead of drawing a floor line, and frames it', () => {
    const lying = clamshell();
    const scene = buildScene(lying);
    const { front, back } = scene.floor!;
    const { html } = renderFigure(lying, 'Clamshell');
    expect(html).not.toContain('fig-ground');
    // The mat reaches from behind the back to in front of the knees: its near edge is drawn below them.
    const mat = /<g class="fig-prop"><path d="M([-\d.]+) ([-\d.]+)H([-\d.]+)L([-\d.]+) ([-\d.]+)H([-\d.]+)Z" stroke-width="1"\/><path d="M\1 \2H\3" fill="none"\/>/.exec(html)!;
    const [x0, near, x1, x1Far, far, x0Far] = mat.slice(1).map(Number);
    expect(near).toBeLessThan(scene.keys[0].flat['far.knee'][1]);
    expect([near, far]).toEqual([front, back].map((y) => Math.round(y * 10) / 10));
    // Lying flat and going away from you, not standing up like a box: its far edge is narrower
    // than its near edge, and the mat is far wider than it is deep in the picture.
    expect(x1Far - x0Far).toBeLessThan(x1 - x0 - 20);
    expect(x1 - x0).toBeGreaterThan(3 * (far - near));
    // The mat is drawn first, under the body.
    expect(html.indexOf(mat[0])).toBeLessThan(html.indexOf('fig-far'));
    expect(figureBounds(scene).y0).toBeLessThanOrEqual(front);
    // Without a mat the floor itself is drawn as a patch from its far edge to its near edge, under the body too.
    const bare = renderFigure(clamshell({ props: [] }), 'Clamshell').html;
    expect(bare).not.toContain('fig-ground');
    // Filled, with no outline but its near edge: floor, not a box.
    const patch = /<g class="fig-prop"><path d="M[-\d.]+ ([-\d.]+)H[-\d.]+L[-\d.]+ ([-\d.]+)H[-\d.]+Z" stroke="none"\/><path d="M[-\d.]+ \1H[-\d.]+" fill="none"\/>/.exec(bare)!;
    expect(Number(patch[1])).toBeCloseTo(front, 0);
    expect(Number(patch[2])).toBeCloseTo(back, 0);
    expect(bare.indexOf(patch[0])).toBeLessThan(bare.indexOf('fig-far'));
    // Seen level, the floor is one line at height 0, drawn over the far limbs.
    const level = renderFigure(squat(), 'Squat').html;
    expect(level).toMatch(/<path class="fig-ground" d="M[-\d.]+ 0H[-\d.]+"\/>/);
    expect(level.indexOf('fig-ground')).toBeGreaterThan(level.indexOf('fig-far'));
  });

  it('seen from above, lays the mat under a seated body and a little behind its hips, not up its back, and only under what a lying one rests on', () => {
    const scene = buildScene(seated());
    const { flat } = scene.keys[0];
    // The mat's far edge is drawn above the hips (the body sits on the mat, not on its edge) but
    // below the waist: it does not stand up behind the back like a wall.
    expect(scene.floor!.back).toBeGreaterThan(flat.pelvis[1]);
    expect(scene.floor!.back).toBeLessThan(flat.waist[1]);
    // 30 cm behind the hips (turned 35°), and 10 cm more.
    expect(scene.floor!.back).toBeCloseTo(floorInPicture(-30 * Math.cos((35 * Math.PI) / 180) - 10, 30), 0);
    // A body lying on its side has the mat a little past the hip, knee and ankle it rests on.
    const lying = buildScene(clamshell());
    const resting = (['far.hip', 'far.knee', 'far.ankle'] as const).flatMap((p) => [roomAt(lying, 0, 0).depth[p], roomAt(lying, 1, 0).depth[p]]);
    expect(lying.floor!.back).toBeCloseTo(floorInPicture(Math.min(...resting) - 10, 45), 6);
    expect(lying.floor!.front).toBeCloseTo(floorInPicture(Math.max(...resting) + 10, 45), 6);
  });

  it('seen from above, spreads the floor under the foot a figure stands on, not under the free leg swinging low in front of it', () => {
    const balance = figure({
      view: 'front',
      turn: 0,
      tilt: 20,
      description: 'Stands on one leg and swings the other knee up toward you and back down.',
      anchor: 'far.foot',
      contacts: { 'far.foot': 'floor' },
      positions: [{ label: 'Down', near: { hip: 30, knee: 60 } }, { label: 'Up', near: { hip: 70, knee: 90 } }],
    });
    const scene = buildScene(balance);
    const room = roomAt(scene, 1, 0);
    // The free foot hangs low (under knee height) and well in front of the standing one.
    expect(room.points['near.toe'][1]).toBeLessThan(50);
    expect(room.depth['near.toe']).toBeGreaterThan(room.depth['far.toe'] + 20);
    const foot = [0, 1].flatMap((k) => (['far.heel', 'far.ball', 'far.toe'] as const).map((p) => roomAt(scene, k, 0).depth[p]));
    expect(scene.floor!.front).toBeCloseTo(floorInPicture(Math.max(...foot) + 10, 20), 6);
    expect(scene.floor!.back).toBeCloseTo(floorInPicture(Math.min(...foot) - 10, 20), 6);
  });

  it('lays the floor or mat of every figure seen from above as a thin, wide strip: at least three times as wide as it is deep in the picture', () => {
    const tilted = readFigures().filter(({ figure: f }) => f.tilt);
    expect(tilted.length).toBeGreaterThan(0);
    for (const { slug, figure: f } of tilted) {
      const scene = buildScene(f);
      const mat = scene.placed.find((p) => p.kind === 'mat');
      const bounds = figureBounds(scene);
      const wide = mat ? mat.length : bounds.x1 - bounds.x0;
      expect(wide, slug).toBeGreaterThanOrEqual(3 * (scene.floor!.back - scene.floor!.front));
    }
  });

  it('stands every post seen from above clear of the head and trunk in the picture, so it reads as beside the body, not through it', () => {
    const withPost = readFigures().filter(({ figure: f }) => f.tilt && f.props.some((p) => p.kind === 'post'));
    expect(withPost.length).toBeGreaterThan(0);
    for (const { slug, figure: f } of withPost) {
      const scene = buildScene(f);
      for (const post of scene.placed.filter((p) => p.kind === 'post')) {
        for (const { flat } of scene.keys) {
          const body = [flat.head[0] - JOINT.headRadius, flat.head[0] + JOINT.headRadius, ...(['neck', 'waist', 'pelvis'] as const).flatMap((p) => [flat[p][0] - THICKNESS.thoracic / 2, flat[p][0] + THICKNESS.thoracic / 2])];
          const apart = post.x + post.length / 2 < Math.min(...body) || post.x - post.length / 2 > Math.max(...body);
          expect(apart, slug).toBe(true);
        }
      }
    }
  });

  it('turns a band tied to a post the short way in the picture, so halfway through a move it still runs from the hands to the post', () => {
    // The post stands on the far side, behind the body: the hands turn down as they press out while
    // the band swings back up toward the post. Turned the short way within the hand's frame, it
    // would swing round the other way and point down, away from the post, halfway through.
    const press = pallofPress({ tilt: 15, props: [{ kind: 'post', x: 22, z: -60 }, { kind: 'band', from: 'post', to: 'near.hand', length: 45 }] });
    const { html } = renderFigure(press, 'Pallof press');
    const band = /<g class="fig-band m" style="--t0:rotate\(([-\d.]+)deg\) scaleX\([\d.]+\);--t1:rotate\(([-\d.]+)deg\)/.exec(html)!;
    const scene = buildScene(press);
    const hand = scene.motion.links.find((l) => l.point === 'near.hand')!;
    const drawn = (hand.heading[0] + hand.heading[1] + Number(band[1]) + Number(band[2])) / 2;
    const halfway = pointsAt(scene.motion, 0, 0.5);
    const [post, grip] = bandEnds(scene, press.props[1] as BandProp, halfway);
    const toPost = (Math.atan2(post[1] - grip[1], post[0] - grip[0]) * 180) / Math.PI;
    // Up and back toward the post, as the line from the hands to the post runs (the drawn band
    // sweeps evenly between its key directions, so it only roughly follows that line).
    const way = (deg: number) => [Math.sign(Math.cos((deg * Math.PI) / 180)), Math.sign(Math.sin((deg * Math.PI) / 180))];
    expect(way(toPost)).toEqual([-1, 1]);
    expect(way(drawn)).toEqual(way(toPost));
  });

  it('seen from above, stands a post where it is in depth: nearer you, lower and over the body, with the band tied to it', () => {
    const press = pallofPress();
    const { html, alt } = renderFigure(press, 'Pallof press');
    expect(alt).toContain('seen from the side and from above:');
    // The post stands 75 cm nearer you than the body: its foot is drawn 75 × sin 30° below the floor line.
    const post = /<rect x="([-\d.]+)" y="([-\d.]+)" width="8" height="([\d.]+)" rx="1"\/>/.exec(html)!;
    expect(Number(post[2])).toBeCloseTo(-37.5, 1);
    expect(Number(post[2]) + Number(post[3])).toBeCloseTo((160 - 75 * Math.tan(Math.PI / 6)) * Math.cos(Math.PI / 6), 0);
    expect(html.indexOf(post[0])).toBeGreaterThan(html.indexOf('class="fig-near"'));
    // Seen level, the same post stands on the floor line, behind the body.
    const level = renderFigure(pallofPress({ tilt: undefined, props: [{ kind: 'post', x: 42 }, { kind: 'band', from: 'post', to: 'near.hand' }] }), 'Pallof press').html;
    const flat = /<rect x="[-\d.]+" y="([-\d.]+)" width="8" height="([\d.]+)" rx="1"\/>/.exec(level)!;
    expect(flat.slice(1).map(Number)).toEqual([0, 160]);
    expect(level.indexOf(flat[0])).toBeLessThan(level.indexOf('class="fig-far"'));
  });

  it('seen from above, spreads the floor under what stands on it: a standing figure’s feet and the post beside it', () => {
    const scene = buildScene(pallofPress());
    const room = roomAt(scene, 0, 0);
    const feet = (['near.heel', 'near.toe', 'far.heel', 'far.toe'] as const).map((p) => room.depth[p]);
    // Not as far back as the far shoulder reaches: the floor is where the feet and the post stand.
    expect(room.depth['far.shoulder']).toBeLessThan(Math.min(...feet) - 10);
    expect(scene.floor!.back).toBeCloseTo(floorInPicture(Math.min(...feet) - 10, 30), 6);
    expect(scene.floor!.front).toBeCloseTo(floorInPicture(75 + 10, 30), 6);
  });
});
