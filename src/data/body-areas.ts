/**
 * Runners' own words for where it aches and what they want from their running: body areas and
 * the complaints named after them ("IT band", "shin splints"), and running goals ("hills",
 * "late-race form"). Each gets a browse page (/areas/<id>/) that search indexes, listing the
 * exercises and guide sections that fit, each with the reason in a sentence.
 *
 * Where the facts come from: how a body part works is standard anatomy and coaching knowledge;
 * anything a source said is worded as "a physio among our sources", as in the guides (see
 * ../../content/guides/ and the shared DOMAIN notes). Nothing here treats anything: every area page
 * says that pain means stop and see a physio and links the pain rule in the safety guide.
 *
 * The build checks every exercise slug and guide section named here (src/content.ts) and fails
 * naming this file, the area and the missing page.
 */
import type { MuscleId } from './muscles';
import type { PatternId } from './patterns';

/** The two groups of the index page, in order; `kicker` names one page of the group on its preview card. */
export const AREA_KINDS = {
  body: { label: 'Body areas and complaints', kicker: 'Body area', blurb: 'Where runners feel it: the muscles and tissues behind the names.' },
  running: { label: 'Running goals', kicker: 'Running goal', blurb: 'What you want your running to do, and the strength work behind it.' },
} as const satisfies Record<string, { label: string; kicker: string; blurb: string }>;

export type AreaKind = keyof typeof AREA_KINDS;

/** An exercise that fits an area, and why, in one sentence a runner reads beside its name. */
export interface AreaExercise {
  /** The exercise's slug (content/exercises/<slug>.md). */
  slug: string;
  /** Why it is here, in the site's own words: "Works the side hip that steadies the knee." */
  why: string;
}

/** A guide section that explains the area, and what the reader finds there. */
export interface AreaGuide {
  /** The guide's slug (content/guides/<slug>.mdx). */
  guide: string;
  /** The id of one of its `##` headings, as on the page ("the-pain-rule"). */
  section: string;
  /** What the section says about this area, in one sentence. */
  why: string;
}

export interface BodyArea {
  /** The name runners type, as the page's heading: "IT band". */
  label: string;
  /** The index group it is listed under. */
  kind: AreaKind;
  /** Other names for the same thing, shown under the heading as "Also called". */
  names: readonly string[];
  /**
   * Other things people type that should find the page (misspellings, plurals, the complaint
   * for a body part: "ITBS", "knee pain"). Not shown; weighted high in search.
   */
  searchTerms: readonly string[];
  /**
   * One word that stands for the label in the search index, for a label made of words found on
   * nearly every page ("it" in "IT band"), which would make Pagefind rank every page to answer it.
   * The area's page and the exercise pages that list it carry the word as a hidden search field,
   * and a search that names the area by its label looks for the word instead (src/lib/search.ts
   * engineQuery): quicker, and it finds only the pages about the area.
   */
  searchWord?: string;
  /** One sentence for cards, search results and the meta description (at most 160 characters). */
  summary: string;
  /** What it is and what strength work can do for it, hedged as the facts are; one or two paragraphs. */
  about: readonly string[];
  /** Said before the general pain rule when this area has a warning of its own. */
  caution?: string;
  /** The muscles involved, linked to their browse pages. */
  muscles: readonly MuscleId[];
  /** Movement patterns worth browsing for it, linked to their pages. */
  patterns?: readonly PatternId[];
  /** The exercises that fit, the best first. */
  exercises: readonly AreaExercise[];
  /** Guide sections that explain it. */
  guides: readonly AreaGuide[];
}

export const BODY_AREAS = {
  'it-band': {
    label: 'IT band',
    kind: 'body',
    names: ['iliotibial band', 'ITB'],
    searchTerms: ['IT band syndrome', 'ITBS', 'ITB syndrome', 'IT band pain', 'iliotibial', 'ilio-tibial band', 'outside of the knee', 'outer knee pain'],
    searchWord: 'itband',
    summary: 'Strength work for the side of the hip, the muscles that steady the pelvis and knee where the IT band runs, with the reason for each exercise.',
    about: [
      'The iliotibial band is a thick strip of connective tissue down the outside of the thigh, from the hip to just below the knee. Strength work cannot change the band itself. What it can train are the muscles at the side of the hip that hold the pelvis level and keep the knee in line each time you land on one leg.',
      'A physio among our sources names IT band syndrome among the overuse problems typical of marathon season. Pain on the outside of the knee is a reason to see a physio, who can find the cause; the exercises below are the side-hip work runners commonly do, not a treatment.',
    ],
    muscles: ['gluteus-medius', 'abductors', 'glutes'],
    patterns: ['lateral-hip'],
    exercises: [
      { slug: 'banded-lateral-walk', why: 'Works the side hip that steadies the knee on every landing.' },
      { slug: 'clamshell', why: 'Wakes up the gluteus medius lying down, with nothing to balance.' },
      { slug: 'side-plank-abduction', why: 'The top leg lifts against gravity while the trunk holds you level.' },
      { slug: 'standing-banded-hip-abduction', why: 'Trains the outer hip standing, on both the moving and the standing leg.' },
      { slug: 'lateral-step-down', why: 'Lowers you on one leg while the side hip keeps the knee over the toes.' },
      { slug: 'hip-airplane', why: 'Holds the pelvis level over one leg as the hip turns, as it must in a stride.' },
    ],
    guides: [
      { guide: 'planes-of-motion-and-single-leg-work', section: 'the-three-planes-of-motion', why: 'Why side-to-side hip strength matters, and what hip drop tells you.' },
      { guide: 'warm-up-and-mobility', section: 'a-four-drill-warm-up', why: 'The banded lateral walk as a warm-up drill for the outer hip.' },
    ],
  },
  'runners-knee': {
    label: 'Runner’s knee',
    kind: 'body',
    names: ['patellofemoral pain', 'front-of-knee pain'],
    searchTerms: ['runners knee', 'runner knee', 'knee pain', 'sore knees', 'knees', 'knee', 'kneecap pain', 'PFPS', 'patellofemoral', 'knee strengthening', 'knee exercises', 'bad knees'],
    summary: 'Strength work for the thigh and hip muscles that control the knee on each landing, with the reason for each exercise and when to see a physio.',
    about: [
      'Runner’s knee is the everyday name for an ache around or behind the kneecap, often worse on stairs, downhills or after sitting for a while. Strength work for it usually aims at two groups: the front of the thigh, which controls the bending knee on every landing, and the hip muscles that keep the knee in line over the foot.',
      'It is a common reason to see a physio, who can tell what is behind the pain and how much load the knee is ready for. A personal trainer among our sources mentions knee-friendly versions of exercises for runners who need them; an easier version or a shorter range comes before pushing on.',
    ],
    muscles: ['quadriceps', 'gluteus-medius', 'glutes'],
    exercises: [
      { slug: 'step-down', why: 'Slow control of the bending knee on one leg, as on stairs and downhills.' },
      { slug: 'lateral-step-down', why: 'The thigh and side hip work together to keep the knee in line.' },
      { slug: 'wall-sit', why: 'Works the front of the thigh hard with no movement at the knee.' },
      { slug: 'spanish-squat', why: 'A band holds the knees back so the front thighs carry the hold.' },
      { slug: 'split-squat', why: 'Thigh and glute strength one leg at a time, through a depth you choose.' },
      { slug: 'banded-lateral-walk', why: 'Strengthens the side hip that stops the knee diving inward.' },
    ],
    guides: [
      { guide: 'technique-and-safety', section: 'every-exercise-has-an-easier-version', why: 'Easier versions of every move, and the knee-friendly changes a trainer mentions.' },
      { guide: 'planes-of-motion-and-single-leg-work', section: 'the-three-planes-of-motion', why: 'Side-to-side control of the hip, which keeps the knee in line.' },
    ],
  },
  'shin-splints': {
    label: 'Shin splints',
    kind: 'body',
    names: ['medial tibial stress syndrome', 'MTSS'],
    searchTerms: ['shin splint', 'shinsplints', 'shin pain', 'sore shins', 'shins', 'shin', 'shin strength'],
    summary: 'Strength work for the calves and the front of the shin, with the reason for each exercise and the signs that need a physio or doctor first.',
    about: [
      'Shin splints is the everyday name for pain along the inner edge of the shinbone that comes with running, often after a quick rise in mileage. A physio among our sources names it among the overuse problems typical of marathon season.',
      'Strength work around the shin means the calves, which take much of the load of each landing, and the muscle down the front of the shin, which lowers the foot. That is general conditioning for the lower leg; it does not treat a sore shin.',
    ],
    caution: 'Pain that sits on one spot of the bone, or hurts when you walk, can be a stress fracture: see a physio or doctor before you run or train on it.',
    muscles: ['tibialis-anterior', 'calves'],
    patterns: ['calf-foot'],
    exercises: [
      { slug: 'tibialis-raise', why: 'Direct work for the muscle down the front of the shin.' },
      { slug: 'heel-and-toe-walk', why: 'Walking on your heels, then your toes, works the front of the shin and the calf in turn.' },
      { slug: 'calf-raise', why: 'The base calf exercise, for muscles that work on every stride.' },
      { slug: 'bent-knee-calf-raise', why: 'Trains the soleus, the deep calf muscle that takes much of running’s load.' },
      { slug: 'single-leg-calf-raise', why: 'One leg at a time, closer to the load of a running stride.' },
    ],
    guides: [
      { guide: 'technique-and-safety', section: 'the-pain-rule', why: 'Shin splints and stress fractures among the problems that need a physio, not a new exercise.' },
      { guide: 'why-runners-strength-train', section: 'stronger-bones', why: 'How loading builds bone, and the stress fractures a gym warns of.' },
    ],
  },
  achilles: {
    label: 'Achilles',
    kind: 'body',
    names: ['Achilles tendon', 'heel cord'],
    searchTerms: ['achilles', 'achillies', 'achilles pain', 'achilles tendinitis', 'achilles tendonitis', 'achilles tendinopathy', 'back of the heel', 'tendon'],
    summary: 'Calf strength for the tendon that joins the calf to the heel, built from slow raises to springy hops, with the reason for each exercise.',
    about: [
      'The Achilles tendon joins the two calf muscles to the heel bone. It stretches and recoils with every stride, storing and returning energy like a spring. Tendons adapt to load more slowly than muscles, so the calf work that builds them is steady and gradual: two feet before one, slow before springy.',
      'A sore Achilles is a common reason to see a physio. If you are in rehab, follow their plan rather than this page.',
    ],
    muscles: ['calves'],
    patterns: ['calf-foot'],
    exercises: [
      { slug: 'calf-raise', why: 'Both feet, full range: where calf and Achilles strength starts.' },
      { slug: 'single-leg-calf-raise', why: 'Puts one calf and Achilles under your whole weight, as a running stride does.' },
      { slug: 'heel-drop-calf-raise', why: 'The heel sinks below the step, so the calf works through a longer range.' },
      { slug: 'bent-knee-calf-raise', why: 'Shifts the work to the soleus, low in the calf near the Achilles.' },
      { slug: 'pogo-hops', why: 'Short, springy hops, for later: once slow raises are easy and nothing hurts.' },
    ],
    guides: [
      { guide: 'planes-of-motion-and-single-leg-work', section: 'the-posterior-chain-and-runners-weak-links', why: 'A coach’s case that weak calves and a stiff ankle waste the power of the hips.' },
      { guide: 'technique-and-safety', section: 'the-pain-rule', why: 'Why a niggle means stop and see a physio.' },
    ],
  },
  'plantar-fascia': {
    label: 'Plantar fascia',
    kind: 'body',
    names: ['heel and arch', 'sole of the foot'],
    searchTerms: ['plantar fasciitis', 'plantar faciitis', 'plantar fasciitus', 'plantar', 'heel pain', 'arch pain', 'foot pain', 'foot', 'feet', 'arch', 'arches'],
    summary: 'Calf and foot strength for the band of tissue under the foot, with the reason for each exercise and why heel pain needs a physio.',
    about: [
      'The plantar fascia is a thick band of tissue under the foot, from the heel to the base of the toes, that helps hold up the arch. Heel pain that is worst with the first steps of the morning is the classic sign of it being irritated, the problem called plantar fasciitis, which a physio among our sources names among the overuse problems of marathon season.',
      'Calf and foot strength is a common part of what physios build for it, since the calf pulls on the heel and the foot stiffens to push off. What your foot needs, and how much, is for a physio to say.',
    ],
    muscles: ['calves'],
    patterns: ['calf-foot'],
    exercises: [
      { slug: 'calf-raise', why: 'Strengthens the calf that pulls on the heel, on both feet.' },
      { slug: 'single-leg-calf-raise', why: 'More load through one foot and calf, as in a running stride.' },
      { slug: 'heel-drop-calf-raise', why: 'Rising from a dropped heel to high on the toes uses the calf and foot through their whole range.' },
      { slug: 'heel-and-toe-walk', why: 'Walking on tiptoe, then on the heels, works the foot, calf and shin in turn.' },
      { slug: 'ankle-dorsiflexion-rock', why: 'Eases the knee forward over the foot, for a stiff calf and ankle.' },
    ],
    guides: [
      { guide: 'technique-and-safety', section: 'the-pain-rule', why: 'Plantar fasciitis among the problems that need a physio, not a website.' },
    ],
  },
  calves: {
    label: 'Calves',
    kind: 'body',
    names: ['calf muscles'],
    searchTerms: ['calf strain', 'calf strains', 'pulled calf', 'tight calves', 'calf pain', 'calf muscle', 'calf strength', 'soleus', 'gastrocnemius'],
    summary: 'Why runners’ calves need strength work, and the exercises for both calf muscles, slow and springy, with the reason for each.',
    about: [
      'Your calf has two main muscles: the gastrocnemius, the one you can see, and the soleus beneath it. Together they push you off the ground and soak up each landing. A university running coach among our sources counts the calves among runners’ weakest links, and a gym notes that calf raises are often skipped even though the calves work on every stride.',
      'Readers on a physio’s page describe calf strains that keep coming back. Those are readers’ stories, not advice: a strain that recurs needs a physio’s assessment.',
    ],
    muscles: ['calves'],
    patterns: ['calf-foot'],
    exercises: [
      { slug: 'calf-raise', why: 'Straight knees on both feet: mostly the gastrocnemius.' },
      { slug: 'bent-knee-calf-raise', why: 'Bent knees hand the work to the soleus, which straight-knee raises leave short.' },
      { slug: 'single-leg-calf-raise', why: 'The whole body’s weight on one calf, like a running stride.' },
      { slug: 'heel-drop-calf-raise', why: 'A longer range off a step, lowered slowly.' },
      { slug: 'pogo-hops', why: 'Quick, springy contacts once slow calf strength is there.' },
    ],
    guides: [
      { guide: 'planes-of-motion-and-single-leg-work', section: 'the-posterior-chain-and-runners-weak-links', why: 'The coach’s case that calves and glutes are runners’ weakest links.' },
      { guide: 'planes-of-motion-and-single-leg-work', section: 'what-readers-ask-about', why: 'Readers’ recurring calf strains, and why they need a physio.' },
    ],
  },
  hamstrings: {
    label: 'Hamstrings',
    kind: 'body',
    names: ['back of the thigh'],
    searchTerms: ['hamstring', 'hamstring strain', 'pulled hamstring', 'tight hamstrings', 'hammies', 'hamstring pain', 'hamstring strength', 'hamstring exercises'],
    summary: 'Hinges and curls for the muscles at the back of the thigh, which brake each stride, with the reason for each exercise.',
    about: [
      'The hamstrings run down the back of the thigh. They straighten the hip, bend the knee, and brake the lower leg as it swings forward before each landing, a job that gets harder the faster you run. A university running coach among our sources counts them among the weak links at the back of a runner’s body.',
      'Two kinds of exercise cover them: hinges, which work them from the hip, and curls, which work them from the knee. A sharp pull at the back of the thigh means stop at once and see a physio.',
    ],
    muscles: ['hamstrings', 'glutes'],
    patterns: ['hinge', 'knee-flexion'],
    exercises: [
      { slug: 'romanian-deadlift', why: 'Works the hamstrings from the hip as you hinge with a long spine.' },
      { slug: 'single-leg-romanian-deadlift', why: 'The same hinge on one leg, with balance and the side hip involved.' },
      { slug: 'hamstring-curl', why: 'Works the hamstrings from the knee, their other job.' },
      { slug: 'nordic-hamstring-curl', why: 'The hamstrings brake your body as they lengthen, the way they brake each stride.' },
      { slug: 'good-morning', why: 'A light hinge to learn the movement and feel the hamstrings load.' },
      { slug: 'single-leg-glute-bridge', why: 'Drives the hips up on one leg, with the hamstrings helping the glutes.' },
    ],
    guides: [
      { guide: 'planes-of-motion-and-single-leg-work', section: 'the-posterior-chain-and-runners-weak-links', why: 'Why coaches call the back of the body a runner’s weak side.' },
      { guide: 'why-runners-strength-train', section: 'form-posture-and-hills', why: 'How stronger glutes take some of the climbing work off the hamstrings.' },
    ],
  },
  'hip-flexors': {
    label: 'Hip flexors',
    kind: 'body',
    names: ['front of the hip'],
    searchTerms: ['hip flexor', 'tight hip flexors', 'hip flexor strength', 'psoas', 'iliopsoas', 'hip flexor pain', 'knee drive', 'hipflexors'],
    summary: 'Strength and stretches for the muscles that lift the knee on every stride, and a coach’s view on why they feel tight.',
    about: [
      'The hip flexors, at the front of the hip, lift the thigh and drive the knee forward on every stride. Runners often call them tight. A university running coach among our sources argues that the tightness is usually weakness, leaving the front and back of the hip out of balance; that is his opinion, but it is a good reason to strengthen them as well as stretch them.',
    ],
    muscles: ['hip-flexors'],
    exercises: [
      { slug: 'banded-knee-raise', why: 'Lifts the knee against a band: direct strength for the hip flexors.' },
      { slug: 'walking-lunge-knee-drive', why: 'Adds a running-style knee drive to every lunge.' },
      { slug: 'high-knees', why: 'A running drill that drives the knee up quickly, over and over.' },
      { slug: 'a-skip', why: 'A skipping drill built around a quick, high knee.' },
      { slug: 'dead-bug', why: 'The hip flexors hold the legs up while the trunk stays still.' },
      { slug: 'hip-flexor-stretch', why: 'Stretches the front of the hip, a partner to the strength work.' },
    ],
    guides: [
      { guide: 'planes-of-motion-and-single-leg-work', section: 'the-posterior-chain-and-runners-weak-links', why: 'A coach’s view that tight hip flexors are usually weak ones.' },
      { guide: 'warm-up-and-mobility', section: 'mobility-as-part-of-the-plan', why: 'Why stretching the front of the hip is only half the answer.' },
      { guide: 'warm-up-and-mobility', section: 'a-four-drill-warm-up', why: 'The banded knee raise as a warm-up for the hip flexors.' },
    ],
  },
  'glute-med': {
    label: 'Glute med',
    kind: 'body',
    names: ['gluteus medius', 'side hip', 'outer hip'],
    searchTerms: ['glute medius', 'gluteus medius', 'glute med', 'hip drop', 'dropping hip', 'Trendelenburg', 'hip stability', 'hip abductors', 'side glute', 'weak glutes', 'lateral hip'],
    summary: 'Exercises for the muscle at the side of the hip that holds the pelvis level on one leg, and what hip drop says about it.',
    about: [
      'The gluteus medius sits at the side of the hip. When you stand on one leg it holds the pelvis level, and running lands you on one leg, stride after stride. A physio among our sources reads a pelvis that sags on the other side, called hip drop, as a sign that this muscle on the standing side is not doing its job.',
      'A dipping pelvis in a running video is a clue, not a diagnosis: with pain in the hip, knee or lower back, see a physio.',
    ],
    muscles: ['gluteus-medius', 'abductors'],
    patterns: ['lateral-hip'],
    exercises: [
      { slug: 'banded-lateral-walk', why: 'Steps sideways against a band; a gym uses it to wake up the gluteus medius.' },
      { slug: 'clamshell', why: 'Isolates the muscle lying down: a good first step.' },
      { slug: 'fire-hydrant', why: 'Lifts the knee out to the side on all fours.' },
      { slug: 'side-plank-abduction', why: 'Lifts the top leg while the side plank holds the trunk.' },
      { slug: 'monster-walk', why: 'Walks against a band with the side hip working the whole time.' },
      { slug: 'hip-airplane', why: 'Holds a level pelvis on one leg while the hip turns.' },
      { slug: 'lateral-step-down', why: 'Trains, and shows, a level pelvis as you lower on one leg.' },
    ],
    guides: [
      { guide: 'planes-of-motion-and-single-leg-work', section: 'the-three-planes-of-motion', why: 'Hip drop explained, and the side-to-side exercises that train against it.' },
      { guide: 'warm-up-and-mobility', section: 'a-four-drill-warm-up', why: 'The banded lateral walk as a warm-up for the gluteus medius.' },
    ],
  },
  groin: {
    label: 'Groin and inner thigh',
    kind: 'body',
    names: ['adductors'],
    searchTerms: ['groin', 'groin strain', 'groin pain', 'pulled groin', 'adductor', 'adductor strength', 'inner thigh', 'inner thighs', 'hip adductors'],
    summary: 'Exercises for the inner-thigh muscles that steady the pelvis and knee on each landing, from side lunges to Copenhagen planks.',
    about: [
      'The adductors run down the inside of the thigh. They work with the outer hip to keep the pelvis and knee steady each time you land on one leg, and more so on trails, cambered roads and turns. A physio among our sources names them among the leg muscles running depends on.',
      'Split squats and lunges work them in passing; the Copenhagen planks put them in charge. Sharp groin pain means stop and see a physio before you load it again.',
    ],
    muscles: ['adductors'],
    exercises: [
      { slug: 'short-lever-copenhagen-plank', why: 'Puts the inner thigh in charge, supported at the knee: the place to start.' },
      { slug: 'copenhagen-plank', why: 'The long-lever version, one of the hardest inner-thigh holds with body weight.' },
      { slug: 'lateral-lunge', why: 'Loads the inner thigh as you sit into one hip and push back.' },
      { slug: 'sumo-squat', why: 'A wide stance brings the inner thighs into the squat.' },
      { slug: 'split-squat', why: 'Works the adductors in passing, along with the thighs and glutes.' },
    ],
    guides: [
      { guide: 'planes-of-motion-and-single-leg-work', section: 'the-muscles-the-sources-name', why: 'The physio’s list of the leg muscles running needs, adductors included.' },
    ],
  },
  'lower-back': {
    label: 'Lower back',
    kind: 'body',
    names: ['low back'],
    searchTerms: ['lower back pain', 'low back pain', 'back pain', 'sore back', 'lumbar', 'lower back strength', 'back'],
    summary: 'Trunk exercises that keep the spine steady while the arms and legs move, with the reason for each, and when back pain needs a doctor.',
    about: [
      'The lower back works with the deep trunk muscles to hold your spine steady while your legs swing and your arms counter. The exercises here train that steadiness: the trunk holding still while an arm or leg moves, and the hips doing the work of lifting, so the lower back does not have to.',
    ],
    caution: 'Back pain that spreads down a leg, or comes with numbness or weakness, needs a doctor. Back pain that does not settle in a few days needs a physio.',
    muscles: ['lower-back', 'abdominals', 'glutes'],
    patterns: ['core-anti-extension'],
    exercises: [
      { slug: 'bird-dog', why: 'Holds a still trunk while an arm and the opposite leg reach away.' },
      { slug: 'dead-bug', why: 'Keeps the lower back quiet on the floor while the limbs move.' },
      { slug: 'side-plank', why: 'Works the sides of the trunk, lower back included.' },
      { slug: 'pallof-press', why: 'Resists a twist without the spine moving.' },
      { slug: 'glute-bridge', why: 'Teaches the hips, not the lower back, to lift you.' },
      { slug: 'suitcase-carry', why: 'Walks with a weight on one side while the trunk refuses to lean.' },
    ],
    guides: [
      { guide: 'technique-and-safety', section: 'form-first', why: 'Form before load: the habit that protects your back in every lift.' },
      { guide: 'technique-and-safety', section: 'the-pain-rule', why: 'Why pain means stop, and a physio rather than pushing on.' },
    ],
  },
  'ankle-stability': {
    label: 'Ankle stability',
    kind: 'body',
    names: ['steady ankles'],
    searchTerms: ['ankle', 'ankles', 'weak ankles', 'wobbly ankles', 'rolled ankle', 'ankle sprain', 'sprained ankle', 'ankle strength', 'balance', 'single-leg balance', 'proprioception'],
    summary: 'Strength and balance work for steadier ankles on uneven ground, with the reason for each exercise.',
    about: [
      'A steady ankle comes from strong calves and shin muscles and from practice on one foot, which trains the quick corrections the foot and ankle make on uneven ground. A university running coach among our sources adds that a stiff ankle wastes the power the hips produce, so mobility belongs here too.',
      'After a sprain, a physio can tell you when and how to load the ankle again.',
    ],
    muscles: ['calves', 'tibialis-anterior'],
    exercises: [
      { slug: 'single-leg-calf-raise', why: 'Strength through the ankle with your whole weight on one foot.' },
      { slug: 'single-leg-romanian-deadlift', why: 'Balancing on one leg as you hinge keeps the foot and ankle correcting.' },
      { slug: 'tibialis-raise', why: 'Strengthens the front of the shin, the other side of the ankle.' },
      { slug: 'heel-and-toe-walk', why: 'Walks on heels and toes, working the ankle from both sides.' },
      { slug: 'ankle-dorsiflexion-rock', why: 'Works the forward bend of an ankle that feels stiff.' },
      { slug: 'skater-hops', why: 'Sideways landings on one leg, for experienced lifters.' },
    ],
    guides: [
      { guide: 'planes-of-motion-and-single-leg-work', section: 'running-is-a-one-leg-activity', why: 'Why each stride, landing on one foot, calls for single-leg work.' },
      { guide: 'planes-of-motion-and-single-leg-work', section: 'the-posterior-chain-and-runners-weak-links', why: 'A coach’s image of a stiff ankle as a door wedged half shut.' },
    ],
  },
  core: {
    label: 'Core',
    kind: 'body',
    names: ['trunk', 'abs'],
    searchTerms: ['core for runners', 'core exercises', 'core strength', 'core stability', 'core workout', 'abs', 'ab exercises', 'abdominals', 'stomach', 'midsection', 'six pack'],
    summary: 'Core work for runners: holds that stop the trunk arching, twisting and bending sideways first, crunches and twists as extras.',
    about: [
      'For a runner, the core’s main job is to keep the trunk steady while the legs and arms swing in opposition: to resist arching, twisting and bending to the side. So this site puts those holds first (anti-extension, anti-rotation and side core work, a mix our sources use) and treats crunches and twists as extras. Two of our sources tie core strength to posture, one of them to staying upright late in a race.',
    ],
    muscles: ['abdominals', 'obliques'],
    patterns: ['core-anti-extension', 'core-anti-rotation', 'core-anti-lateral-flexion'],
    exercises: [
      { slug: 'plank', why: 'Resists a sagging lower back: the basic anti-extension hold.' },
      { slug: 'dead-bug', why: 'Keeps the trunk still while the opposite arm and leg reach away.' },
      { slug: 'side-plank', why: 'Resists bending sideways, the side core a one-legged stride needs.' },
      { slug: 'pallof-press', why: 'Resists a twist as a band pulls you sideways.' },
      { slug: 'bird-dog', why: 'Holds the trunk still on all fours while an arm and leg reach.' },
      { slug: 'suitcase-carry', why: 'Walks with a weight in one hand while the trunk stays upright.' },
      { slug: 'stir-the-pot', why: 'A plank on a ball drawing slow circles: anti-extension made harder.' },
    ],
    guides: [
      { guide: 'planes-of-motion-and-single-leg-work', section: 'the-three-planes-of-motion', why: 'Anti-rotation work for the twisting plane of running.' },
      { guide: 'why-runners-strength-train', section: 'form-posture-and-hills', why: 'What sources claim for core strength and posture late in a race.' },
    ],
  },
  hills: {
    label: 'Uphill running',
    kind: 'running',
    names: ['hills', 'climbing'],
    searchTerms: ['hill', 'hills', 'hill running', 'uphill', 'uphills', 'running uphill', 'hill strength', 'climbs', 'trail running', 'trails'],
    summary: 'The strength behind climbing: glutes, thighs and calves, one leg at a time, with the reason for each exercise.',
    about: [
      'Climbing asks your hips, thighs and calves to lift your whole body with every step. One coach among our sources links stronger glutes and hips to stronger running uphill and on trails, because they take some of the work off the hamstrings. Step-ups and other single-leg work match a climb most closely.',
    ],
    muscles: ['glutes', 'quadriceps', 'calves'],
    exercises: [
      { slug: 'step-up', why: 'Lifts you onto a box on one leg, like a steep step uphill.' },
      { slug: 'bulgarian-split-squat', why: 'Heavy single-leg work for the glutes and thighs.' },
      { slug: 'hip-thrust', why: 'Glute strength for driving the hips forward on a climb.' },
      { slug: 'walking-lunge-knee-drive', why: 'A lunge that finishes in a knee drive, close to a climbing stride.' },
      { slug: 'single-leg-calf-raise', why: 'Calves that lift you onto the forefoot on a steep grade.' },
      { slug: 'bounding', why: 'Long, powerful strides, for experienced lifters with a strength base.' },
    ],
    guides: [
      { guide: 'why-runners-strength-train', section: 'form-posture-and-hills', why: 'Stronger glutes and hips take some of the climbing work off the hamstrings.' },
      { guide: 'planes-of-motion-and-single-leg-work', section: 'the-posterior-chain-and-runners-weak-links', why: 'The back of the body, which does most of the lifting.' },
    ],
  },
  downhill: {
    label: 'Downhill running',
    kind: 'running',
    names: ['descents'],
    searchTerms: ['downhill', 'downhills', 'running downhill', 'descending', 'descent', 'sore quads', 'eccentric', 'braking'],
    summary: 'Slow, single-leg lowering for the thigh muscles that brake every downhill stride, with the reason for each exercise.',
    about: [
      'Running downhill makes the front of the thighs work while they lengthen, braking each landing as gravity pulls you on. That braking is what leaves thighs sore after a hilly race. Exercises that lower you slowly, especially on one leg, train it directly.',
    ],
    muscles: ['quadriceps', 'glutes'],
    exercises: [
      { slug: 'step-down', why: 'Lowers you slowly on one leg: the braking of each downhill stride.' },
      { slug: 'lateral-step-down', why: 'The same braking from the side of a step, with the hip keeping the knee in line.' },
      { slug: 'wall-sit', why: 'Keeps the front thighs working through a burn, without impact.' },
      { slug: 'split-squat', why: 'Strength for the front thigh, one leg at a time, with a slow way down.' },
      { slug: 'deficit-lunge', why: 'A deep lunge from a step: more range for the braking thigh.' },
      { slug: 'single-leg-squat', why: 'A slow single-leg lowering to a box: full control of the bending knee.' },
    ],
    guides: [
      { guide: 'why-runners-strength-train', section: 'what-running-asks-of-your-body', why: 'The load each landing puts through one leg.' },
      { guide: 'planes-of-motion-and-single-leg-work', section: 'running-is-a-one-leg-activity', why: 'Why single-leg strength matches what running asks.' },
    ],
  },
  posture: {
    label: 'Posture',
    kind: 'running',
    names: ['running tall'],
    searchTerms: ['running posture', 'upper back', 'hunched', 'hunching', 'slouching', 'rounded shoulders', 'running form', 'stand tall'],
    summary: 'Upper-back and trunk work that holds a runner tall, from the sources that put the back muscles first, with the reason for each exercise.',
    about: [
      'A physio among our sources says the back muscles do most of the work of holding a runner tall, and favours pull-ups and reverse flyes for it. A coach adds that a stronger core keeps you upright as you tire. The exercises here draw the shoulder blades back and down and train the trunk to stay stacked over the hips.',
    ],
    muscles: ['middle-back', 'traps', 'lats', 'abdominals'],
    patterns: ['pull'],
    exercises: [
      { slug: 'reverse-fly', why: 'Works the upper back that holds the shoulders back; one of the physio’s picks.' },
      { slug: 'pull-up', why: 'The physio’s other pick: the big back muscles that hold you tall.' },
      { slug: 'band-pull-apart', why: 'A light band drill for the upper back, easy to do every day.' },
      { slug: 'supported-single-arm-row', why: 'A steady row for the middle back, one arm at a time.' },
      { slug: 'plank', why: 'Trains the trunk to stay long and still.' },
      { slug: 'farmers-carry', why: 'Walks tall with a weight in each hand.' },
    ],
    guides: [
      { guide: 'myths', section: 'runners-dont-need-upper-body-work', why: 'Why sources say the upper back belongs in a runner’s plan.' },
      { guide: 'why-runners-strength-train', section: 'form-posture-and-hills', why: 'Posture late in a race, and what sources claim for it.' },
    ],
  },
  'late-race-form': {
    label: 'Late-race form',
    kind: 'running',
    names: ['finishing strong', 'form when tired'],
    searchTerms: ['late race', 'end of a race', 'tired form', 'form breaking down', 'fatigue', 'marathon form', 'last miles', 'finish strong', 'finishing kick'],
    summary: 'The trunk, hip and single-leg strength that tired strides lean on, and what sources say about finishing stronger.',
    about: [
      'As you tire, form tends to slip: the trunk sags, the hips drop and the shoulders creep forward. One coach among our sources says a stronger core and supporting muscles keep you upright late in a race, and one small study found that heavy strength work helped trained athletes perform better at the end of a long effort. The exercises here train the trunk, the side hips and single-leg strength.',
    ],
    muscles: ['abdominals', 'gluteus-medius', 'glutes'],
    exercises: [
      { slug: 'plank', why: 'Holds the trunk long, where tiring runners start to sag.' },
      { slug: 'side-plank', why: 'Holds the trunk level from the side, against the lean of tired hips.' },
      { slug: 'pallof-press', why: 'Resists the twist that grows as arm swing gets ragged.' },
      { slug: 'banded-lateral-walk', why: 'Side-hip work against the hip drop of tired legs.' },
      { slug: 'single-leg-romanian-deadlift', why: 'Single-leg strength and balance for the back of the body.' },
      { slug: 'step-up', why: 'Single-leg strength for thighs and glutes.' },
      { slug: 'reverse-fly', why: 'Upper back for shoulders that round forward as you tire.' },
    ],
    guides: [
      { guide: 'why-runners-strength-train', section: 'endurance-late-in-a-long-effort', why: 'What one small study found about strength work and finishing strong.' },
      { guide: 'why-runners-strength-train', section: 'form-posture-and-hills', why: 'A coach on core strength and staying upright as you tire.' },
    ],
  },
  speed: {
    label: 'Speed and power',
    kind: 'running',
    names: ['spring', 'stride power'],
    searchTerms: ['speed', 'faster', 'running faster', 'power', 'explosive', 'plyometrics', 'plyometric', 'plyos', 'plyo', 'jumps', 'jumping', 'sprint', 'sprinting', 'running economy', 'agility'],
    summary: 'Heavy lifts, fast hinges and jumps for more force in less time on the ground, and why the jump doses on this site are its own.',
    about: [
      'Speed comes from putting more force into the ground in the short time each foot is down. Sources link heavier lifting to more power, and one meta-analysis of trained runners found better running economy after strength programmes that mixed moderate loads with jumps. Jumps and bounds come after a base of strength, and none of our sources gives a dose for them: the numbers on this site’s plyometric pages are its own suggestions.',
    ],
    muscles: ['glutes', 'calves', 'hamstrings', 'quadriceps'],
    patterns: ['plyometric'],
    exercises: [
      { slug: 'kettlebell-swing', why: 'A fast hip drive with a weight: power from the hinge.' },
      { slug: 'pogo-hops', why: 'Short, springy contacts for stiff, elastic calves.' },
      { slug: 'bounding', why: 'Long, powerful strides: running made bigger.' },
      { slug: 'box-jump', why: 'A jump up with a soft landing on the box.' },
      { slug: 'skater-hops', why: 'Side-to-side jumps that land on one leg.' },
      { slug: 'a-skip', why: 'A rhythmic drill for a quick knee and a fast foot.' },
    ],
    guides: [
      { guide: 'sets-reps-and-load', section: 'jumps-and-power-work', why: 'What the sources say about jumps, and why the doses here are the site’s own.' },
      { guide: 'why-runners-strength-train', section: 'running-economy-and-speed', why: 'The evidence on lifting, running economy and speed.' },
    ],
  },
} as const satisfies Record<string, BodyArea>;

export type AreaId = keyof typeof BODY_AREAS;
export const areaIds = Object.keys(BODY_AREAS) as [AreaId, ...AreaId[]];
