/**
 * Progression ladders: families of exercises ordered from easiest to hardest. Each member's
 * page shows its ladder with the current rung marked. The build fails (src/lib/library.ts,
 * findBrokenReferences and findLadderDisagreements) when a rung names no exercise file, when
 * levels fall as a ladder climbs, when two ladders order the same pair both ways, or when an
 * exercise page links an "easier" option that is not lower on a shared ladder (or a "harder" one
 * that is not higher).
 */
export interface Ladder {
  id: string;
  title: string;
  /** Exercise slugs, easiest first. */
  rungs: readonly string[];
}

export const LADDERS: readonly Ladder[] = [
  { id: 'squat', title: 'Squat', rungs: ['bodyweight-squat', 'box-squat', 'goblet-squat', 'front-squat', 'back-squat'] },
  { id: 'wide-and-side', title: 'Wide stance to side lunge', rungs: ['bodyweight-squat', 'sumo-squat', 'lateral-lunge', 'curtsy-lunge'] },
  { id: 'split-stance', title: 'Split stance', rungs: ['split-squat', 'reverse-lunge', 'deficit-lunge', 'bulgarian-split-squat'] },
  { id: 'lunge', title: 'Lunge and walk', rungs: ['split-squat', 'reverse-lunge', 'forward-lunge', 'walking-lunge', 'walking-lunge-knee-drive'] },
  { id: 'single-leg-squat', title: 'Single-leg squat', rungs: ['step-up', 'bulgarian-split-squat', 'single-leg-squat', 'pistol-squat'] },
  { id: 'step-down', title: 'Step-down', rungs: ['step-up', 'lateral-step-down', 'step-down', 'single-leg-squat'] },
  { id: 'leg-holds', title: 'Isometric leg hold', rungs: ['wall-sit', 'isometric-split-squat', 'spanish-squat'] },
  { id: 'hinge', title: 'Hinge', rungs: ['good-morning', 'romanian-deadlift', 'deadlift'] },
  { id: 'hinge-power', title: 'Hinge for power', rungs: ['romanian-deadlift', 'kettlebell-swing'] },
  { id: 'single-leg-hinge', title: 'Single-leg hinge', rungs: ['romanian-deadlift', 'staggered-stance-deadlift', 'single-leg-romanian-deadlift', 'single-leg-deadlift-row'] },
  { id: 'bridge', title: 'Bridge and thrust', rungs: ['glute-bridge', 'staggered-stance-glute-bridge', 'single-leg-glute-bridge', 'glute-bridge-chest-press', 'hip-thrust', 'single-leg-hip-thrust'] },
  { id: 'hamstring-curl', title: 'Hamstring curl', rungs: ['glute-bridge', 'hamstring-curl', 'nordic-hamstring-curl'] },
  { id: 'calf', title: 'Calf raise', rungs: ['calf-raise', 'single-leg-calf-raise', 'heel-drop-calf-raise'] },
  { id: 'calf-spring', title: 'Calf raise to hops', rungs: ['calf-raise', 'heel-drop-calf-raise', 'pogo-hops', 'single-leg-hop'] },
  { id: 'soleus', title: 'Bent-knee calf raise', rungs: ['calf-raise', 'bent-knee-calf-raise'] },
  { id: 'shin', title: 'Shin', rungs: ['heel-and-toe-walk', 'tibialis-raise'] },
  { id: 'ankle', title: 'Ankle mobility to calf strength', rungs: ['ankle-dorsiflexion-rock', 'calf-raise'] },
  { id: 'lateral-hip', title: 'Lateral hip', rungs: ['clamshell', 'fire-hydrant', 'standing-banded-hip-abduction', 'banded-lateral-walk', 'monster-walk', 'side-plank-abduction', 'hip-airplane'] },
  { id: 'push-up', title: 'Push-up', rungs: ['incline-push-up', 'push-up', 'one-arm-push-up'] },
  { id: 'chest-press', title: 'Chest press', rungs: ['incline-push-up', 'push-up', 'bench-press'] },
  { id: 'overhead', title: 'Overhead press', rungs: ['single-arm-shoulder-press', 'overhead-press', 'kneeling-clean-press'] },
  { id: 'pull', title: 'Pull', rungs: ['band-pull-apart', 'reverse-fly', 'supported-single-arm-row', 'bent-over-row', 'pull-up'] },
  { id: 'front-core', title: 'Front plank family', rungs: ['dead-bug', 'bird-dog', 'plank', 'mountain-climber'] },
  { id: 'long-lever-core', title: 'Dead bug to body saw', rungs: ['dead-bug', 'plank', 'hollow-hold', 'stir-the-pot', 'body-saw'] },
  { id: 'anti-rotation', title: 'Anti-rotation', rungs: ['bird-dog', 'pallof-press'] },
  { id: 'side-core', title: 'Side plank family', rungs: ['side-plank', 'side-plank-abduction'] },
  { id: 'adductor', title: 'Copenhagen plank', rungs: ['side-plank', 'short-lever-copenhagen-plank', 'copenhagen-plank'] },
  { id: 'one-sided-load', title: 'Side plank to suitcase carry', rungs: ['side-plank', 'suitcase-carry'] },
  { id: 'trunk-flexion', title: 'Sit-up family', rungs: ['crunch', 'v-up', 'jackknife-sit-up'] },
  { id: 'jump', title: 'Jumps', rungs: ['bodyweight-squat', 'jump-squat', 'box-jump', 'jump-lunge'] },
  { id: 'bounds', title: 'Hops to bounds', rungs: ['pogo-hops', 'straight-leg-bound', 'bounding'] },
  { id: 'side-hops', title: 'Side lunge to skater hops', rungs: ['lateral-lunge', 'skater-hops'] },
  { id: 'running-drills', title: 'Running drills', rungs: ['butt-kicks', 'high-knees', 'a-skip', 'b-skip'] },
  { id: 'conditioning', title: 'Conditioning', rungs: ['mountain-climber', 'burpee'] },
  { id: 'hip-mobility', title: 'Hip mobility', rungs: ['hip-flexor-stretch', '90-90-hip-switch', 'worlds-greatest-stretch'] },
];
