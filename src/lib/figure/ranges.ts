/**
 * Human joint ranges, in degrees from standing tall: the clinical norms (AAOS) listed in
 * ../shared/FIGURES.md, with knees and elbows allowed 5° past straight and no more. Hip rotation
 * (45° each way) and ankle inversion / eversion (35° / 15°) are AAOS norms too; the toes at the
 * ball of the foot curl down 45° and bend up 90°, the big toe's passive extension (AAOS gives 70°
 * actively): kneeling or planking on tucked toes bends them that far under the body's weight, with
 * the toes flat on the floor and the sole nearly upright. A limb's twist about its own length has the
 * same limits as its rotation. The trunk's whole range is FIGURES.md's; the commonly cited
 * regional norms divide it: the lower back bends forward up to about 60° and sideways 25°, the
 * upper back forward about 50°, and most of the turning happens in the upper back. A key position
 * outside these is a wrong pose, not a stylised one.
 */
import type { PoseAngles } from './pose';

export interface Range {
  /** Where the angle lives in PoseAngles, as a readable name: "near.knee", "spine.flexion". */
  joint: string;
  min: number;
  max: number;
  /** What the two ends mean, for the error message. */
  below: string;
  above: string;
}

const r = (joint: string, min: number, max: number, below: string, above: string): Range => ({ joint, min, max, below, above });

const LIMB: Range[] = [
  r('hip.flexion', -30, 120, 'hip extension past 30°', 'hip flexion past 120°'),
  r('hip.abduction', -30, 45, 'hip adduction past 30°', 'hip abduction past 45°'),
  r('hip.rotation', -45, 45, 'hip inward rotation past 45°', 'hip outward rotation past 45°'),
  r('hip.twist', -45, 45, 'the thigh twisted inward past 45°', 'the thigh twisted outward past 45°'),
  r('knee', -5, 135, 'the knee bending backwards, more than 5° past straight', 'knee flexion past 135°'),
  r('ankle', -50, 20, 'plantarflexion past 50°', 'dorsiflexion past 20°'),
  r('ankleInversion', -15, 35, 'eversion past 15°', 'inversion past 35°'),
  r('toes', -45, 90, 'the toes curled down past 45°', 'the toes bent up past 90°'),
  r('shoulder.flexion', -60, 180, 'shoulder extension past 60°', 'shoulder flexion past 180°'),
  r('shoulder.abduction', -30, 180, 'shoulder adduction past 30°', 'shoulder abduction past 180°'),
  r('shoulder.rotation', -70, 90, 'shoulder inward rotation past 70°', 'shoulder outward rotation past 90°'),
  r('shoulder.twist', -70, 90, 'the upper arm twisted inward past 70°', 'the upper arm twisted outward past 90°'),
  r('elbow', -5, 150, 'the elbow bending backwards, more than 5° past straight', 'elbow flexion past 150°'),
  r('wrist', -70, 80, 'wrist extension past 70°', 'wrist flexion past 80°'),
];

export const RANGES: readonly Range[] = [
  r('spine.flexion', -25, 80, 'trunk extension past 25°', 'trunk flexion past 80°'),
  r('spine.lateral', -35, 35, 'side bend past 35°', 'side bend past 35°'),
  r('spine.rotation', -45, 45, 'trunk rotation past 45°', 'trunk rotation past 45°'),
  r('spine.lumbar.flexion', -25, 60, 'lower-back extension past 25°', 'lower-back flexion past 60°'),
  r('spine.lumbar.lateral', -25, 25, 'lower-back side bend past 25°', 'lower-back side bend past 25°'),
  r('spine.lumbar.rotation', -15, 15, 'lower-back rotation past 15°', 'lower-back rotation past 15°'),
  r('spine.thoracic.flexion', -25, 50, 'upper-back extension past 25°', 'upper-back flexion past 50°'),
  r('spine.thoracic.lateral', -30, 30, 'upper-back side bend past 30°', 'upper-back side bend past 30°'),
  r('spine.thoracic.rotation', -40, 40, 'upper-back rotation past 40°', 'upper-back rotation past 40°'),
  r('neck', -45, 45, 'neck extension past 45°', 'neck flexion past 45°'),
  ...(['near', 'far'] as const).flatMap((side) => LIMB.map((x) => ({ ...x, joint: `${side}.${x.joint}` }))),
];

/** Reads a joint's angle by its range name ("near.hip.flexion"). */
export function angleOf(angles: PoseAngles, joint: string): number {
  return joint.split('.').reduce<unknown>((v, key) => (v as Record<string, unknown>)[key], angles) as number;
}
