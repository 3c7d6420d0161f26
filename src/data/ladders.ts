/**
 * Progression ladders: families of exercises ordered from easiest to hardest. Each member's
 * page shows its ladder with the current rung marked. A rung that names no exercise file
 * fails the build (src/lib/library.ts, checkLibrary).
 */
export interface Ladder {
  id: string;
  title: string;
  /** Exercise slugs, easiest first. */
  rungs: readonly string[];
}

export const LADDERS: readonly Ladder[] = [
  { id: 'squat', title: 'Squat', rungs: ['bodyweight-squat', 'box-squat', 'goblet-squat', 'front-squat', 'back-squat'] },
  { id: 'split-stance', title: 'Split stance and lunge', rungs: ['split-squat', 'reverse-lunge', 'forward-lunge', 'walking-lunge', 'walking-lunge-knee-drive', 'bulgarian-split-squat'] },
  { id: 'single-leg-squat', title: 'Single-leg squat', rungs: ['step-up', 'bulgarian-split-squat', 'single-leg-squat', 'pistol-squat'] },
  { id: 'frontal-lunge', title: 'Side-to-side lunge', rungs: ['lateral-lunge', 'curtsy-lunge'] },
  { id: 'hinge', title: 'Hinge', rungs: ['romanian-deadlift', 'deadlift'] },
  { id: 'single-leg-hinge', title: 'Single-leg hinge', rungs: ['staggered-stance-deadlift', 'single-leg-romanian-deadlift', 'single-leg-deadlift-row'] },
  { id: 'bridge', title: 'Bridge and thrust', rungs: ['glute-bridge', 'staggered-stance-glute-bridge', 'single-leg-glute-bridge', 'glute-bridge-chest-press', 'hip-thrust'] },
  { id: 'calf', title: 'Calf raise', rungs: ['calf-raise', 'heel-drop-calf-raise'] },
  { id: 'lateral-hip', title: 'Lateral hip', rungs: ['clamshell', 'banded-lateral-walk', 'side-plank-abduction'] },
  { id: 'push-up', title: 'Push-up', rungs: ['incline-push-up', 'push-up', 'one-arm-push-up'] },
  { id: 'overhead', title: 'Overhead press', rungs: ['single-arm-shoulder-press', 'overhead-press', 'kneeling-clean-press'] },
  { id: 'pull', title: 'Pull', rungs: ['band-pull-apart', 'reverse-fly', 'supported-single-arm-row', 'bent-over-row', 'pull-up'] },
  { id: 'front-core', title: 'Front plank family', rungs: ['dead-bug', 'bird-dog', 'plank', 'mountain-climber'] },
  { id: 'side-core', title: 'Side plank family', rungs: ['side-plank', 'side-plank-abduction'] },
  { id: 'trunk-flexion', title: 'Sit-up family', rungs: ['crunch', 'russian-twist', 'v-up', 'jackknife-sit-up'] },
  { id: 'jump', title: 'Jumps', rungs: ['jump-squat', 'jump-lunge', 'burpee'] },
];
