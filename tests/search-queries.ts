// What runners and coaches type into search, each with the pages that count as a right answer.
// tests/e2e/search-queries.spec.ts types every query into the search page and checks that a right
// page is among the first three results for at least 90% of them, and that no query for an
// exercise is answered first by an exercise that is not one of its right pages. Paths are the
// pages' addresses; for an exercise the library lacks ("missing"), the right pages are the nearest
// ones the page offers instead (src/data/missing-exercises.ts).

export type QueryKind =
  | 'name'
  | 'other name'
  | 'misspelling'
  | 'missing'
  | 'body area'
  | 'complaint'
  | 'goal'
  | 'equipment'
  | 'muscle'
  | 'pattern'
  | 'question';

export interface SearchQuery {
  query: string;
  kind: QueryKind;
  /** Pages that answer it, any of them in the first three is a hit. */
  right: string[];
}

/** Queries that ask for one exercise: the first answer must never be another, unrelated one. */
export const EXERCISE_KINDS: readonly QueryKind[] = ['name', 'other name', 'misspelling', 'missing'];

const ex = (...slugs: string[]) => slugs.map((slug) => `/exercises/${slug}/`);
const area = (id: string) => `/areas/${id}/`;

const LATERAL_HIP = ex('banded-lateral-walk', 'clamshell', 'side-plank-abduction', 'standing-banded-hip-abduction', 'lateral-step-down', 'hip-airplane', 'monster-walk', 'fire-hydrant');
const CALF = ex('calf-raise', 'single-leg-calf-raise', 'heel-drop-calf-raise', 'bent-knee-calf-raise');
const STEADY_CORE = ex('plank', 'dead-bug', 'side-plank', 'pallof-press', 'bird-dog', 'suitcase-carry', 'stir-the-pot', 'body-saw', 'hollow-hold');

export const SEARCH_QUERIES: SearchQuery[] = [
  // Exercise names, as a runner or coach writes them.
  { query: 'goblet squat', kind: 'name', right: ex('goblet-squat') },
  { query: 'nordic curl', kind: 'name', right: ex('nordic-hamstring-curl') },
  { query: 'copenhagen plank', kind: 'name', right: ex('copenhagen-plank', 'short-lever-copenhagen-plank') },
  { query: 'kettlebell swing', kind: 'name', right: ex('kettlebell-swing') },
  { query: 'box jump', kind: 'name', right: ex('box-jump') },
  { query: 'pogo hops', kind: 'name', right: ex('pogo-hops') },
  { query: 'single leg calf raise', kind: 'name', right: ex('single-leg-calf-raise') },
  { query: 'tibialis raise', kind: 'name', right: ex('tibialis-raise') },
  { query: 'spanish squat', kind: 'name', right: ex('spanish-squat') },
  { query: 'bulgarian split squat', kind: 'name', right: ex('bulgarian-split-squat') },
  { query: 'hip thrust', kind: 'name', right: ex('hip-thrust', 'single-leg-hip-thrust') },
  { query: 'side plank', kind: 'name', right: ex('side-plank', 'side-plank-abduction') },
  { query: 'dead bug', kind: 'name', right: ex('dead-bug') },
  { query: 'step down', kind: 'name', right: ex('step-down', 'lateral-step-down') },
  { query: 'monster walk', kind: 'name', right: ex('monster-walk') },
  { query: "world's greatest stretch", kind: 'name', right: ex('worlds-greatest-stretch') },
  { query: 'a skip', kind: 'name', right: ex('a-skip') },
  { query: 'wall sit', kind: 'name', right: ex('wall-sit') },
  { query: 'glute bridge', kind: 'name', right: ex('glute-bridge', 'single-leg-glute-bridge', 'staggered-stance-glute-bridge') },
  { query: 'suitcase carry', kind: 'name', right: ex('suitcase-carry') },
  { query: 'single leg deadlift', kind: 'name', right: ex('single-leg-romanian-deadlift', 'single-leg-deadlift-row') },
  { query: 'skater hops', kind: 'name', right: ex('skater-hops') },
  { query: 'plank', kind: 'name', right: ex('plank') },
  { query: 'lunge', kind: 'name', right: [...ex('forward-lunge', 'reverse-lunge', 'walking-lunge', 'split-squat'), '/patterns/lunge/'] },
  { query: 'squat', kind: 'name', right: [...ex('bodyweight-squat', 'goblet-squat', 'back-squat', 'front-squat'), '/patterns/squat/'] },

  // Other names, abbreviations and close variants.
  { query: 'RDL', kind: 'other name', right: ex('romanian-deadlift', 'single-leg-romanian-deadlift', 'staggered-stance-deadlift') },
  { query: 'SL RDL', kind: 'other name', right: ex('single-leg-romanian-deadlift') },
  { query: 'BSS', kind: 'other name', right: ex('bulgarian-split-squat') },
  { query: 'static lunge', kind: 'other name', right: ex('split-squat') },
  { query: 'OHP', kind: 'other name', right: ex('overhead-press') },
  { query: 'press up', kind: 'other name', right: ex('push-up', 'incline-push-up') },
  { query: 'leg curl', kind: 'other name', right: ex('hamstring-curl', 'nordic-hamstring-curl') },
  { query: 'soleus raise', kind: 'other name', right: ex('bent-knee-calf-raise') },
  { query: 'seated calf raise', kind: 'other name', right: ex('bent-knee-calf-raise') },
  { query: 'farmers walk', kind: 'other name', right: ex('farmers-carry') },
  { query: 'chin up', kind: 'other name', right: ex('pull-up') },
  { query: 'trap bar deadlift', kind: 'other name', right: ex('deadlift') },
  { query: 'kickstand RDL', kind: 'other name', right: ex('staggered-stance-deadlift') },
  { query: 'crab walk', kind: 'other name', right: ex('banded-lateral-walk', 'monster-walk') },

  // Misspellings, plurals and run-together words.
  { query: 'paloff', kind: 'misspelling', right: ex('pallof-press') },
  { query: 'clams', kind: 'misspelling', right: ex('clamshell') },
  { query: 'pushups', kind: 'misspelling', right: ex('push-up') },
  { query: 'push ups', kind: 'misspelling', right: ex('push-up') },
  { query: 'romainian deadlift', kind: 'misspelling', right: ex('romanian-deadlift') },
  { query: 'copenhagan plank', kind: 'misspelling', right: ex('copenhagen-plank', 'short-lever-copenhagen-plank') },
  { query: 'kettlebel swings', kind: 'misspelling', right: ex('kettlebell-swing') },
  { query: 'burpies', kind: 'misspelling', right: ex('burpee') },
  { query: 'deadbugs', kind: 'misspelling', right: ex('dead-bug') },
  { query: 'tib raises', kind: 'misspelling', right: ex('tibialis-raise') },
  { query: 'nordics', kind: 'misspelling', right: ex('nordic-hamstring-curl') },
  { query: 'step ups', kind: 'misspelling', right: ex('step-up') },

  // Exercises the library has no page for: the nearest pages it offers.
  { query: 'leg press', kind: 'missing', right: [...ex('back-squat', 'front-squat', 'goblet-squat', 'single-leg-squat'), '/patterns/squat/'] },
  { query: 'hack squat', kind: 'missing', right: [...ex('back-squat', 'front-squat'), '/patterns/squat/'] },
  { query: 'leg extension', kind: 'missing', right: [...ex('wall-sit', 'spanish-squat'), '/muscles/quadriceps/'] },
  { query: 'lat pulldown', kind: 'missing', right: [...ex('pull-up', 'supported-single-arm-row', 'bent-over-row'), '/muscles/lats/'] },
  { query: 'bicep curls', kind: 'missing', right: ex('supported-single-arm-row', 'pull-up', 'bent-over-row') },
  { query: 'ab wheel', kind: 'missing', right: [...ex('body-saw', 'plank', 'hollow-hold', 'stir-the-pot'), '/patterns/core-anti-extension/'] },
  { query: 'pigeon stretch', kind: 'missing', right: ex('90-90-hip-switch', 'hip-flexor-stretch', 'worlds-greatest-stretch') },
  { query: 'calf stretch', kind: 'missing', right: [...ex('ankle-dorsiflexion-rock', 'heel-drop-calf-raise'), '/patterns/mobility/'] },
  { query: 'landmine press', kind: 'missing', right: ex('overhead-press', 'single-arm-shoulder-press') },
  { query: 'karaoke drill', kind: 'missing', right: [...LATERAL_HIP, '/patterns/lateral-hip/'] },
  { query: 'sumo deadlift', kind: 'missing', right: [...ex('deadlift', 'kettlebell-swing', 'romanian-deadlift'), '/patterns/hinge/'] },
  { query: 'thruster', kind: 'missing', right: [...ex('back-squat', 'front-squat', 'goblet-squat'), '/patterns/squat/'] },
  { query: 'overhead squat', kind: 'missing', right: [...ex('back-squat', 'front-squat', 'pistol-squat'), '/patterns/squat/'] },
  { query: 'leg swings', kind: 'missing', right: [...ex('worlds-greatest-stretch', 'b-skip', 'butt-kicks'), '/patterns/mobility/'] },
  { query: 'jumping jacks', kind: 'missing', right: [...ex('pogo-hops', 'single-leg-hop', 'box-jump'), '/patterns/plyometric/'] },
  { query: 'back extension', kind: 'missing', right: ex('good-morning', 'romanian-deadlift', 'deadlift', 'bird-dog') },
  { query: 'cossack squat', kind: 'missing', right: ex('lateral-lunge') },

  // Body areas and the complaints named after them.
  { query: 'IT band', kind: 'body area', right: [area('it-band'), ...LATERAL_HIP] },
  { query: 'ITBS', kind: 'complaint', right: [area('it-band'), ...LATERAL_HIP] },
  { query: "runner's knee", kind: 'complaint', right: [area('runners-knee'), ...ex('step-down', 'lateral-step-down', 'wall-sit', 'spanish-squat')] },
  { query: 'knee pain', kind: 'complaint', right: [area('runners-knee'), area('it-band')] },
  { query: 'bad knees', kind: 'complaint', right: [area('runners-knee')] },
  { query: 'glute activation', kind: 'goal', right: ex('glute-bridge', 'clamshell', 'banded-lateral-walk', 'monster-walk') },
  { query: 'eccentric calf raise', kind: 'other name', right: ex('heel-drop-calf-raise') },
  { query: 'shin splints', kind: 'complaint', right: [area('shin-splints'), ...ex('tibialis-raise', 'heel-and-toe-walk')] },
  { query: 'achilles', kind: 'body area', right: [area('achilles'), ...CALF] },
  { query: 'plantar fasciitis', kind: 'complaint', right: [area('plantar-fascia')] },
  { query: 'hamstring', kind: 'body area', right: [area('hamstrings'), '/muscles/hamstrings/', ...ex('hamstring-curl', 'nordic-hamstring-curl', 'romanian-deadlift')] },
  { query: 'tight hip flexors', kind: 'complaint', right: [area('hip-flexors'), '/muscles/hip-flexors/', ...ex('hip-flexor-stretch', 'banded-knee-raise')] },
  { query: 'glute med', kind: 'body area', right: [area('glute-med'), '/muscles/gluteus-medius/', '/patterns/lateral-hip/', ...LATERAL_HIP] },
  { query: 'hip drop', kind: 'complaint', right: [area('glute-med'), '/guides/planes-of-motion-and-single-leg-work/', ...LATERAL_HIP] },
  { query: 'lower back pain', kind: 'complaint', right: [area('lower-back'), ...ex('bird-dog', 'dead-bug', 'side-plank')] },
  { query: 'weak ankles', kind: 'complaint', right: [area('ankle-stability')] },
  { query: 'groin strain', kind: 'complaint', right: [area('groin'), ...ex('copenhagen-plank', 'short-lever-copenhagen-plank')] },
  { query: 'calf strain', kind: 'complaint', right: [area('calves'), ...CALF] },
  { query: 'core for runners', kind: 'body area', right: [area('core'), '/patterns/core-anti-extension/', '/patterns/core-anti-rotation/', '/patterns/core-anti-lateral-flexion/', ...STEADY_CORE] },

  // What runners want from their running.
  { query: 'hills', kind: 'goal', right: [area('hills'), ...ex('step-up', 'bulgarian-split-squat')] },
  { query: 'downhill running', kind: 'goal', right: [area('downhill'), ...ex('step-down', 'lateral-step-down')] },
  { query: 'posture', kind: 'goal', right: [area('posture'), ...ex('reverse-fly', 'pull-up', 'band-pull-apart')] },
  { query: 'late race form', kind: 'goal', right: [area('late-race-form')] },
  { query: 'plyometrics', kind: 'goal', right: [area('speed'), '/patterns/plyometric/', '/guides/sets-reps-and-load/'] },
  { query: 'run faster', kind: 'goal', right: [area('speed'), '/guides/why-runners-strength-train/'] },

  // Equipment.
  { query: 'kettlebell', kind: 'equipment', right: ['/equipment/kettlebell/', ...ex('kettlebell-swing')] },
  { query: 'dumbbells', kind: 'equipment', right: ['/equipment/dumbbell/'] },
  { query: 'resistance band', kind: 'equipment', right: ['/equipment/band/', '/routines/full-body-dumbbell-and-band/'] },
  { query: 'dumbbell workout', kind: 'equipment', right: ['/equipment/dumbbell/', '/routines/nine-move-dumbbell-circuit/', '/routines/full-body-dumbbell-and-band/'] },
  { query: 'no equipment', kind: 'equipment', right: ['/equipment/bodyweight/', '/routines/bodyweight-starter/', '/guides/equipment/'] },
  { query: 'stability ball', kind: 'equipment', right: ['/equipment/stability-ball/', ...ex('hamstring-curl', 'stir-the-pot')] },

  // Muscles and movement patterns.
  { query: 'glutes', kind: 'muscle', right: ['/muscles/glutes/', ...ex('glute-bridge', 'hip-thrust', 'single-leg-glute-bridge', 'staggered-stance-glute-bridge')] },
  { query: 'quads', kind: 'muscle', right: ['/muscles/quadriceps/'] },
  { query: 'abs', kind: 'muscle', right: ['/muscles/abdominals/', area('core'), ...ex('crunch', 'plank', 'dead-bug')] },
  { query: 'lats', kind: 'muscle', right: ['/muscles/lats/', ...ex('pull-up', 'supported-single-arm-row', 'bent-over-row')] },
  { query: 'calves', kind: 'muscle', right: ['/muscles/calves/', area('calves'), ...CALF] },
  { query: 'inner thigh', kind: 'muscle', right: ['/muscles/adductors/', area('groin'), ...ex('copenhagen-plank', 'short-lever-copenhagen-plank')] },
  { query: 'hinge', kind: 'pattern', right: ['/patterns/hinge/', ...ex('romanian-deadlift', 'deadlift', 'good-morning')] },
  { query: 'anti rotation', kind: 'pattern', right: ['/patterns/core-anti-rotation/', ...ex('pallof-press')] },
  { query: 'single leg exercises', kind: 'pattern', right: ['/guides/planes-of-motion-and-single-leg-work/'] },

  // Questions the guides answer.
  { query: 'how often should runners lift', kind: 'question', right: ['/guides/how-often-and-how-long/'] },
  { query: 'warm up', kind: 'question', right: ['/guides/warm-up-and-mobility/', '/routines/warm-up/'] },
  { query: 'training plan', kind: 'question', right: ['/plan/'] },
  { query: 'calendar', kind: 'question', right: ['/plan/'] },
  { query: 'guides', kind: 'question', right: ['/guides/'] },
  { query: 'exercise list', kind: 'question', right: ['/exercises/'] },
  { query: 'routines', kind: 'question', right: ['/routines/'] },
  { query: 'sets and reps', kind: 'question', right: ['/guides/sets-reps-and-load/'] },
  { query: 'marathon training', kind: 'question', right: ['/routines/marathon-block-maintenance/', '/guides/seasons-and-phases/', '/guides/fitting-strength-around-runs/'] },
  { query: 'lift before or after running', kind: 'question', right: ['/guides/fitting-strength-around-runs/'] },
  { query: 'will lifting make me bulky', kind: 'question', right: ['/guides/myths/'] },
];
