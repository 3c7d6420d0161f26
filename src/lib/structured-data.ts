/**
 * schema.org JSON-LD for the pages that have a fitting type, so search engines and link
 * unfurlers can read what a page is without scraping it. Types and properties follow
 * https://schema.org (the vocabulary Google's and Schema.org's validators check against):
 *
 * - an exercise is a HowTo: its technique cues are the HowToSteps, its equipment the HowToTools
 *   (ExerciseAction was the alternative, but it is an Action, for logging a workout that happened,
 *   and has no place for steps);
 * - a routine is a HowTo too: one HowToStep per exercise with its sets, reps or time, and
 *   totalTime from its minutes (ExercisePlan has no way to list the exercises in order);
 * - a guide is an Article, its sources the citations;
 * - the home page is the WebSite, with a SearchAction on /search/?q=, the form the site already has.
 *
 * Every builder takes absolute URLs (pages compute them from Astro.site) and plain data, so it
 * can be tested without Astro.
 */
import { EQUIPMENT, type EquipmentId } from '../data/equipment';
import { LEVELS, type LevelId } from '../data/levels';
import type { Reference } from '../data/references';
import { formatSeconds, scriptJson } from './format';
import { referenceLinks } from './references';

export const SITE_NAME = 'StrongStride';

/** A JSON-LD node: plain JSON with schema.org keys. */
export type JsonLd = { '@context'?: 'https://schema.org'; '@type': string } & Record<string, unknown>;

/** What every page-level node shares: a name, what it is, where it lives and its preview image. */
interface PageLdInput {
  /** Absolute URL of the page (its canonical URL). */
  url: string;
  /** Absolute URL of its preview image. */
  image: string;
  title: string;
  description: string;
}

const organization = (site: URL) => ({ '@type': 'Organization', name: SITE_NAME, url: site.href });

/** Equipment as HowTo tools; bodyweight is no tool, so a bodyweight-only exercise has none. */
function tools(equipment: readonly EquipmentId[]) {
  return equipment.filter((id) => id !== 'bodyweight').map((id) => ({ '@type': 'HowToTool', name: EQUIPMENT[id].label }));
}

/** Leaves out keys whose value is undefined or an empty list, so nodes carry no empty properties. */
function compact<T extends Record<string, unknown>>(node: T): T {
  return Object.fromEntries(
    Object.entries(node).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)),
  ) as T;
}

export interface ExerciseLdInput extends PageLdInput {
  cues: readonly string[];
  equipment: readonly EquipmentId[];
  level: LevelId;
}

/** An exercise page as a HowTo: each cue a step that links to its #cue-N anchor on the page. */
export function exerciseJsonLd(ex: ExerciseLdInput): JsonLd {
  return compact({
    '@context': 'https://schema.org',
    '@type': 'HowTo',
    name: ex.title,
    description: ex.description,
    url: ex.url,
    image: ex.image,
    educationalLevel: LEVELS[ex.level].label,
    tool: tools(ex.equipment),
    // Steps are in order; `position` is left out because the list order says it (and every byte
    // here counts against the exercise page's size budget).
    step: ex.cues.map((cue, i) => ({
      '@type': 'HowToStep',
      text: cue,
      url: `${ex.url}#cue-${i + 1}`,
    })),
  });
}

export interface RoutineItem {
  /** Exercise slug. */
  exercise: string;
  sets?: string;
  reps?: string;
  seconds?: number;
  rest?: number;
  note?: string;
}

export interface RoutineLdInput extends PageLdInput {
  site: URL;
  minutes: number;
  rounds: number;
  equipment: readonly EquipmentId[];
  exercises: readonly RoutineItem[];
  /** Exercise titles by slug. */
  titles: Readonly<Record<string, string>>;
}

/** "2–3 sets of 6 reps, rest 90 s. Hands on a bench" / "40 s work, rest 20 s" */
export function routineStepText(item: RoutineItem): string {
  const work =
    item.seconds !== undefined
      ? `${formatSeconds(item.seconds)} work`
      : `${item.sets ? `${item.sets} sets of ` : ''}${item.reps} reps`;
  const rest = item.rest !== undefined ? `, rest ${formatSeconds(item.rest)}` : '';
  const note = item.note ? ` ${item.note.replace(/\.$/, '')}.` : '';
  return `${work}${rest}.${note}`;
}

/** A routine as a HowTo: one step per exercise, in order, each linking to the exercise's page. */
export function routineJsonLd(r: RoutineLdInput): JsonLd {
  return compact({
    '@context': 'https://schema.org',
    '@type': 'HowTo',
    name: r.title,
    description: r.rounds > 1 ? `${r.description} Go through the list ${r.rounds} times.` : r.description,
    url: r.url,
    image: r.image,
    totalTime: `PT${r.minutes}M`,
    tool: tools(r.equipment),
    step: r.exercises.map((item) => ({
      '@type': 'HowToStep',
      name: r.titles[item.exercise] ?? item.exercise,
      text: routineStepText(item),
      url: new URL(`/exercises/${item.exercise}/`, r.site).href,
    })),
  });
}

export interface GuideLdInput extends PageLdInput {
  site: URL;
  references: readonly Reference[];
}

/** A guide as an Article, published by the site, citing the sources it lists. */
export function guideJsonLd(g: GuideLdInput): JsonLd {
  return compact({
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: g.title,
    description: g.description,
    url: g.url,
    mainEntityOfPage: g.url,
    image: g.image,
    inLanguage: 'en',
    author: organization(g.site),
    publisher: organization(g.site),
    citation: g.references.map((ref) =>
      compact({
        '@type': ref.kind === 'study' ? 'ScholarlyArticle' : 'Article',
        name: ref.title,
        // Where it can be read: the DOI, else the PubMed record.
        url: referenceLinks(ref)[0]?.href,
      }),
    ),
  });
}

/** The site itself, with the search box search engines may offer under its result. */
export function websiteJsonLd(site: URL, description: string): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: SITE_NAME,
    url: site.href,
    description,
    inLanguage: 'en',
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${new URL('/search/', site).href}?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    },
  };
}

/** JSON for a <script type="application/ld+json"> block (format.ts scriptJson). */
export function jsonLdScriptText(data: JsonLd | readonly JsonLd[]): string {
  return scriptJson(data);
}
