/**
 * Shapes for the body figure drawn for StrongStride: a front and a back view on a 200 × 420 grid,
 * body centred on x = 100. Shapes are drawn for the figure's left side and mirrored; a shape
 * symmetric about the centre line (head, trunk, abdominals) lands on itself. Simplified on
 * purpose: it shows where a muscle is, not its anatomy.
 */
import type { MuscleId } from './muscles';

export interface Region {
  muscle: MuscleId;
  /** SVG path data for the left-hand copy (x < 100), or the whole shape when it is symmetric. */
  d: string;
}

const ellipse = (cx: number, cy: number, rx: number, ry: number) =>
  `M${cx - rx} ${cy}a${rx} ${ry} 0 1 0 ${2 * rx} 0a${rx} ${ry} 0 1 0 ${-2 * rx} 0Z`;

/** The outline both views share: head, trunk, arms and legs (left-hand copies mirrored). */
export const SILHOUETTE: readonly { d: string }[] = [
  { d: ellipse(100, 32, 19, 23) },
  { d: 'M90 52h20v22H90Z' },
  { d: 'M68 76q32-12 64 0l2 62-6 56H74l-6-56Z' },
  { d: 'M72 190h56l4 42H68Z' },
  { d: ellipse(60, 118, 10, 32) },
  { d: ellipse(54, 166, 8, 26) },
  { d: ellipse(52, 199, 6, 9) },
  { d: ellipse(85, 264, 16, 46) },
  { d: ellipse(83, 346, 11, 38) },
  { d: ellipse(82, 392, 11, 6) },
];

export const FRONT: readonly Region[] = [
  { muscle: 'neck', d: 'M92 58h16v12H92Z' },
  { muscle: 'shoulders', d: ellipse(64, 86, 12, 11) },
  { muscle: 'chest', d: 'M76 78q12-4 23 0v34q-12 4-23-2q-4-16 0-32Z' },
  { muscle: 'biceps', d: ellipse(58, 118, 7, 17) },
  { muscle: 'forearms', d: ellipse(54, 160, 6, 20) },
  { muscle: 'abdominals', d: 'M89 116h22v70q-11 8-22 0Z' },
  { muscle: 'obliques', d: 'M76 118l11 2v64l-8 4q-6-30-3-70Z' },
  { muscle: 'hip-flexors', d: 'M80 196l16 6-2 16-14-10Z' },
  { muscle: 'abductors', d: ellipse(72, 218, 5, 15) },
  { muscle: 'quadriceps', d: ellipse(84, 262, 12, 40) },
  { muscle: 'adductors', d: 'M95 222l4 2v44l-6-6Z' },
  { muscle: 'tibialis-anterior', d: ellipse(83, 348, 5, 30) },
];

export const BACK: readonly Region[] = [
  { muscle: 'traps', d: 'M100 60l22 18-8 6-14 40-14-40-8-6Z' },
  { muscle: 'shoulders', d: ellipse(64, 86, 12, 11) },
  { muscle: 'triceps', d: ellipse(58, 120, 7, 17) },
  { muscle: 'forearms', d: ellipse(54, 160, 6, 20) },
  { muscle: 'middle-back', d: 'M84 92l12 10v22l-12-10Z' },
  { muscle: 'lats', d: 'M76 100l8 16 12 12-2 30-16-12-4-30Z' },
  { muscle: 'lower-back', d: 'M90 150h20v36H90Z' },
  { muscle: 'gluteus-medius', d: ellipse(78, 196, 10, 7) },
  { muscle: 'glutes', d: ellipse(86, 220, 13, 14) },
  { muscle: 'hamstrings', d: ellipse(84, 274, 11, 36) },
  { muscle: 'calves', d: ellipse(83, 344, 9, 28) },
];
