/**
 * Movement patterns, in the order the exercise index groups them. The blurb says what the
 * pattern is in a runner's terms; it heads the pattern's browse page.
 */
export const PATTERNS = {
  squat: { label: 'Squat', blurb: 'Both feet down, hips and knees bend together: the base of leg strength.' },
  lunge: { label: 'Lunge and step', blurb: 'Split-stance and stepping moves that load one leg at a time, as running does.' },
  hinge: { label: 'Hinge', blurb: 'Hips travel back with a long spine: the hamstrings and glutes of the posterior chain.' },
  'hip-extension': { label: 'Hip extension', blurb: 'Bridges and thrusts that drive the hips up with the glutes.' },
  'knee-flexion': { label: 'Knee flexion', blurb: 'Curling the heel toward the seat against resistance: the hamstrings’ other job, besides straightening the hip.' },
  'calf-foot': { label: 'Calf and foot', blurb: 'Calves and feet take load on every stride; these moves build that capacity.' },
  'lateral-hip': { label: 'Lateral hip', blurb: 'Side-to-side hip control, mostly the gluteus medius, that keeps the pelvis level.' },
  push: { label: 'Push', blurb: 'Pressing away from the body, horizontal or overhead.' },
  pull: { label: 'Pull', blurb: 'Rowing and pulling for the upper back that holds your running posture.' },
  'core-anti-extension': { label: 'Core: anti-extension', blurb: 'Resisting a sagging lower back: planks, dead bugs and their kin.' },
  'core-anti-rotation': { label: 'Core: anti-rotation', blurb: 'Resisting twist, as the trunk must when arms and legs swing in opposition.' },
  'core-anti-lateral-flexion': { label: 'Core: anti-lateral flexion', blurb: 'Resisting a side bend: side planks and one-sided carries.' },
  'core-flexion-rotation': { label: 'Core: flexion and rotation', blurb: 'Curling the trunk forward or turning it: crunches, V-ups and twists, extras beside the holds that keep a trunk steady.' },
  carry: { label: 'Carry', blurb: 'Walking with load: grip, trunk and hips working together.' },
  plyometric: { label: 'Plyometric', blurb: 'Jumps and bounds that train quick, springy force.' },
  conditioning: { label: 'Conditioning', blurb: 'Fast whole-body moves that raise the heart rate; in a strength session, keep them short and controlled.' },
  mobility: { label: 'Mobility and warm-up', blurb: 'Drills that prepare joints and wake up under-used muscles before a session.' },
} as const satisfies Record<string, { label: string; blurb: string }>;

export type PatternId = keyof typeof PATTERNS;
export const patternIds = Object.keys(PATTERNS) as [PatternId, ...PatternId[]];
