/**
 * Common gym exercises the library has no page for, each with the movement pattern and main muscles
 * it trains. When a search names one, the search page says there is no page for it yet and offers
 * the library's nearest exercises by pattern and muscle (src/lib/nearest.ts), instead of whatever
 * page shares a word with it ("leg press" is not the bench press).
 *
 * The pattern and muscles are standard anatomy and gym knowledge. A name here that is also the
 * title, an alias or a search term of an exercise page fails the build (src/content.ts), so an
 * exercise that gains a page must leave this list.
 */
import type { LevelId } from './levels';
import type { MuscleId } from './muscles';
import type { PatternId } from './patterns';

export interface MissingExercise {
  /** Its usual name, as the search page shows it: "leg press". */
  name: string;
  /**
   * Other names people type for it. Case, punctuation, spacing and plurals are ignored
   * (src/lib/search.ts normalizeName), so list only other words.
   */
  names: readonly string[];
  /** The library's movement pattern nearest to it; left out when none is close. */
  pattern?: PatternId;
  /** The muscles it works hardest. */
  muscles: readonly MuscleId[];
  /** The experience it assumes: among equals, the nearest exercises are those of the same level. */
  level: LevelId;
}

export const MISSING_EXERCISES = {
  'leg-press': { name: 'leg press', names: ['sled leg press', '45 degree leg press'], pattern: 'squat', muscles: ['quadriceps', 'glutes'], level: 'intermediate' },
  'hack-squat': { name: 'hack squat', names: ['machine hack squat'], pattern: 'squat', muscles: ['quadriceps', 'glutes'], level: 'intermediate' },
  'smith-machine-squat': { name: 'Smith machine squat', names: ['smith squat'], pattern: 'squat', muscles: ['quadriceps', 'glutes'], level: 'intermediate' },
  'leg-extension': { name: 'leg extension', names: ['quad extension', 'knee extension'], pattern: 'squat', muscles: ['quadriceps'], level: 'beginner' },
  'sissy-squat': { name: 'sissy squat', names: [], pattern: 'squat', muscles: ['quadriceps'], level: 'advanced' },
  'cossack-squat': { name: 'Cossack squat', names: ['cossack lunge'], pattern: 'lunge', muscles: ['adductors', 'glutes', 'quadriceps'], level: 'intermediate' },
  'hip-adduction-machine': { name: 'hip adduction machine', names: ['adductor machine', 'adduction machine', 'hip adduction', 'seated hip adduction'], muscles: ['adductors'], level: 'beginner' },
  'back-extension': { name: 'back extension', names: ['hyperextension', 'hyper extension', '45 degree back extension', 'roman chair back extension'], pattern: 'hinge', muscles: ['lower-back', 'glutes', 'hamstrings'], level: 'beginner' },
  'reverse-hyper': { name: 'reverse hyper', names: ['reverse hyperextension', 'reverse hyper extension'], pattern: 'hinge', muscles: ['glutes', 'hamstrings', 'lower-back'], level: 'intermediate' },
  'glute-ham-raise': { name: 'glute-ham raise', names: ['GHR', 'glute ham developer', 'GHD raise'], pattern: 'knee-flexion', muscles: ['hamstrings', 'glutes'], level: 'advanced' },
  'glute-kickback': { name: 'glute kickback', names: ['cable kickback', 'cable glute kickback', 'donkey kick', 'donkey kicks', 'kickback'], pattern: 'hip-extension', muscles: ['glutes'], level: 'beginner' },
  'power-clean': { name: 'power clean', names: ['hang clean', 'hang power clean', 'barbell clean'], pattern: 'hinge', muscles: ['glutes', 'hamstrings', 'quadriceps'], level: 'advanced' },
  'lat-pulldown': { name: 'lat pulldown', names: ['lat pull down', 'pulldown', 'pull down', 'cable pulldown'], pattern: 'pull', muscles: ['lats', 'middle-back'], level: 'beginner' },
  'seated-row': { name: 'seated row', names: ['seated cable row', 'cable row', 'machine row', 'low row'], pattern: 'pull', muscles: ['lats', 'middle-back'], level: 'beginner' },
  'inverted-row': { name: 'inverted row', names: ['australian pull-up', 'bodyweight row', 'ring row', 'TRX row', 'suspension row'], pattern: 'pull', muscles: ['lats', 'middle-back'], level: 'beginner' },
  'face-pull': { name: 'face pull', names: ['cable face pull', 'band face pull'], pattern: 'pull', muscles: ['shoulders', 'middle-back', 'traps'], level: 'beginner' },
  shrug: { name: 'shrug', names: ['dumbbell shrug', 'barbell shrug', 'shoulder shrug', 'trap shrug'], pattern: 'pull', muscles: ['traps'], level: 'beginner' },
  'biceps-curl': { name: 'biceps curl', names: ['bicep curl', 'dumbbell curl', 'barbell curl', 'hammer curl', 'arm curl'], pattern: 'pull', muscles: ['biceps'], level: 'beginner' },
  'triceps-extension': { name: 'triceps extension', names: ['tricep extension', 'triceps pushdown', 'tricep pushdown', 'skull crusher', 'overhead triceps extension'], pattern: 'push', muscles: ['triceps'], level: 'beginner' },
  dip: { name: 'dip', names: ['tricep dip', 'triceps dip', 'bench dip', 'parallel bar dip', 'chest dip'], pattern: 'push', muscles: ['triceps', 'chest'], level: 'intermediate' },
  'chest-fly': { name: 'chest fly', names: ['chest flye', 'pec fly', 'pec deck', 'dumbbell fly', 'cable fly', 'cable crossover'], pattern: 'push', muscles: ['chest'], level: 'beginner' },
  'lateral-raise': { name: 'lateral raise', names: ['side raise', 'side lateral raise', 'dumbbell lateral raise', 'lat raise'], pattern: 'push', muscles: ['shoulders'], level: 'beginner' },
  'front-raise': { name: 'front raise', names: ['dumbbell front raise', 'plate front raise'], pattern: 'push', muscles: ['shoulders'], level: 'beginner' },
  'ab-wheel': { name: 'ab wheel rollout', names: ['ab wheel', 'ab roller', 'ab rollout', 'rollout', 'barbell rollout'], pattern: 'core-anti-extension', muscles: ['abdominals'], level: 'intermediate' },
  'hanging-leg-raise': { name: 'hanging leg raise', names: ['leg raise', 'lying leg raise', 'hanging knee raise', 'captain’s chair leg raise'], pattern: 'core-flexion-rotation', muscles: ['abdominals', 'hip-flexors'], level: 'intermediate' },
  superman: { name: 'superman', names: ['superman hold', 'supermans', 'prone back extension'], pattern: 'core-anti-extension', muscles: ['lower-back', 'glutes'], level: 'beginner' },
  'pigeon-stretch': { name: 'pigeon stretch', names: ['pigeon pose', 'pigeon', 'figure four stretch', 'figure 4 stretch'], pattern: 'mobility', muscles: ['glutes'], level: 'beginner' },
  'hamstring-stretch': { name: 'hamstring stretch', names: ['standing hamstring stretch', 'seated hamstring stretch', 'toe touch'], pattern: 'mobility', muscles: ['hamstrings'], level: 'beginner' },
  'calf-stretch': { name: 'calf stretch', names: ['wall calf stretch', 'standing calf stretch', 'soleus stretch'], pattern: 'mobility', muscles: ['calves'], level: 'beginner' },
  'landmine-press': { name: 'landmine press', names: ['landmine', 'landmine shoulder press', 'landmine push press'], pattern: 'push', muscles: ['shoulders', 'triceps'], level: 'intermediate' },
  carioca: { name: 'carioca', names: ['karaoke', 'karaoke drill', 'grapevine drill', 'crossover drill'], pattern: 'lateral-hip', muscles: ['abductors', 'adductors', 'gluteus-medius'], level: 'beginner' },
  'lateral-shuffle': { name: 'lateral shuffle', names: ['side shuffle', 'defensive shuffle', 'shuffle'], pattern: 'lateral-hip', muscles: ['gluteus-medius', 'quadriceps', 'calves'], level: 'beginner' },
  'sumo-deadlift': { name: 'sumo deadlift', names: ['sumo deadlifts', 'wide-stance deadlift'], pattern: 'hinge', muscles: ['glutes', 'hamstrings', 'quadriceps', 'adductors'], level: 'intermediate' },
  'renegade-row': { name: 'renegade row', names: ['plank row', 'renegade rows'], pattern: 'pull', muscles: ['middle-back', 'lats', 'abdominals'], level: 'intermediate' },
  'sit-up': { name: 'sit-up', names: ['situp', 'sit up'], pattern: 'core-flexion-rotation', muscles: ['abdominals', 'hip-flexors'], level: 'beginner' },
  'bear-crawl': { name: 'bear crawl', names: ['bear crawls', 'bear walk'], pattern: 'core-anti-extension', muscles: ['abdominals', 'shoulders', 'quadriceps'], level: 'beginner' },
  inchworm: { name: 'inchworm', names: ['walkout', 'walk out', 'hand walkout'], pattern: 'mobility', muscles: ['hamstrings', 'shoulders', 'abdominals'], level: 'beginner' },
  'leg-swing': { name: 'leg swing', names: ['leg swings', 'front-to-back leg swing', 'side-to-side leg swing'], pattern: 'mobility', muscles: ['hip-flexors', 'hamstrings', 'adductors'], level: 'beginner' },
  'hip-circle': { name: 'hip circle', names: ['hip circles', 'standing hip circle', 'hip rotations'], pattern: 'mobility', muscles: ['glutes', 'hip-flexors', 'adductors'], level: 'beginner' },
  'frog-stretch': { name: 'frog stretch', names: ['frog pose', 'adductor rock back'], pattern: 'mobility', muscles: ['adductors'], level: 'beginner' },
  'jumping-jack': { name: 'jumping jack', names: ['jumping jacks', 'star jump', 'star jumps'], pattern: 'plyometric', muscles: ['calves'], level: 'beginner' },
  'tuck-jump': { name: 'tuck jump', names: ['tuck jumps', 'knee tuck jump'], pattern: 'plyometric', muscles: ['quadriceps', 'calves', 'glutes'], level: 'intermediate' },
  'broad-jump': { name: 'broad jump', names: ['standing long jump', 'standing broad jump'], pattern: 'plyometric', muscles: ['glutes', 'quadriceps', 'hamstrings'], level: 'intermediate' },
  'depth-jump': { name: 'depth jump', names: ['drop jump', 'depth drop'], pattern: 'plyometric', muscles: ['quadriceps', 'calves', 'glutes'], level: 'advanced' },
  'sled-push': { name: 'sled push', names: ['prowler push', 'sled', 'prowler', 'sled drag'], muscles: ['quadriceps', 'glutes', 'calves'], level: 'intermediate' },
  'overhead-squat': { name: 'overhead squat', names: ['OHS', 'barbell overhead squat', 'dumbbell overhead squat'], pattern: 'squat', muscles: ['quadriceps', 'glutes', 'shoulders'], level: 'advanced' },
  thruster: { name: 'thruster', names: ['thrusters', 'dumbbell thruster', 'barbell thruster', 'squat to press'], pattern: 'squat', muscles: ['quadriceps', 'glutes', 'shoulders'], level: 'intermediate' },
  'jump-rope': { name: 'jump rope', names: ['skipping rope', 'rope skipping', 'jumping rope', 'double unders'], pattern: 'plyometric', muscles: ['calves'], level: 'beginner' },
} as const satisfies Record<string, MissingExercise>;
