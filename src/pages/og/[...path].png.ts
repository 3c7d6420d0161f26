/**
 * Every page's link-preview image, built with the site: /og/<page path>.png (ogImagePath), which
 * Base.astro names in og:image. The list below must cover every page; the previews e2e test checks
 * that each built page's og:image file exists. Content pages come from the collections, so new
 * exercises, guides and routines get their image with no change here.
 */
import type { APIRoute } from 'astro';
import { asRecords, getExercises, getGuides, getRoutines } from '../../content';
import { EQUIPMENT, type EquipmentId } from '../../data/equipment';
import { MUSCLES, type MuscleId } from '../../data/muscles';
import { PATTERNS, type PatternId } from '../../data/patterns';
import { exercisesForEquipment, exercisesForMuscle, exercisesForPattern } from '../../lib/library';
import { ogImageParam, primaryMusclesLine, type OgCard } from '../../lib/og-image';
import { renderOgImage } from '../../build/og-render';

export async function getStaticPaths() {
  const exercises = await getExercises();
  const records = asRecords(exercises);
  const cards: OgCard[] = [
    { path: '/', title: 'Strength training for runners, explained', detail: 'Exercises, guides, routines and a plan builder' },
    { path: '/404/', title: 'Page not found' },
    { path: '/exercises/', title: 'Exercises', detail: `${exercises.length} strength exercises for runners` },
    { path: '/guides/', title: 'Guides', detail: 'Why, how often, when and how heavy to lift, with sources' },
    { path: '/guides/references/', title: 'References', kicker: 'Guides' },
    { path: '/routines/', title: 'Routines', detail: 'Sample strength sessions for runners' },
    { path: '/plan/', title: 'Plan builder', detail: 'Strength sessions placed around your running week' },
    { path: '/search/', title: 'Search', detail: 'Every exercise and guide' },
    { path: '/muscles/', title: 'Exercises by muscle', kicker: 'Browse' },
    { path: '/equipment/', title: 'Exercises by equipment', kicker: 'Browse' },
    { path: '/patterns/', title: 'Exercises by movement pattern', kicker: 'Browse' },
    ...exercises.map((e) => ({
      path: `/exercises/${e.id}/`,
      title: e.data.title,
      kicker: 'Exercise',
      detail: primaryMusclesLine(e.data.muscles.primary),
    })),
    ...(await getGuides()).map((g) => ({ path: `/guides/${g.id}/`, title: g.data.title, kicker: 'Guide' })),
    ...(await getRoutines()).map((r) => ({
      path: `/routines/${r.id}/`,
      title: r.data.title,
      kicker: 'Routine',
      detail: `About ${r.data.minutes} minutes · ${r.data.exercises.length} exercises`,
    })),
    // The browse pages exist only for values some exercise has, as their own getStaticPaths decide.
    ...(Object.keys(MUSCLES) as MuscleId[])
      .filter((id) => Object.values(exercisesForMuscle(records, id)).some((list) => list.length > 0))
      .map((id) => ({ path: `/muscles/${id}/`, title: `${MUSCLES[id].label} exercises`, kicker: 'Muscle' })),
    ...(Object.keys(EQUIPMENT) as EquipmentId[])
      .filter((id) => exercisesForEquipment(records, id).length > 0)
      .map((id) => ({ path: `/equipment/${id}/`, title: `${EQUIPMENT[id].label} exercises`, kicker: 'Equipment' })),
    ...(Object.keys(PATTERNS) as PatternId[])
      .filter((id) => exercisesForPattern(records, id).length > 0)
      .map((id) => ({ path: `/patterns/${id}/`, title: `${PATTERNS[id].label} exercises`, kicker: 'Movement pattern' })),
  ];
  return cards.map((card) => ({ params: { path: ogImageParam(card.path) }, props: { card } }));
}

export const GET: APIRoute<{ card: OgCard }> = async ({ props }) =>
  new Response(new Uint8Array(await renderOgImage(props.card)), { headers: { 'Content-Type': 'image/png' } });
