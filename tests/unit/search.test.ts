import { describe, expect, it } from 'vitest';
import { exerciseSchema } from '../../src/schemas/exercise';
import {
  engineQuery,
  exactFirst,
  markQueryWords,
  pagefindFilters,
  parseTitles,
  searchDelay,
  readSearchParams,
  resultKind,
  resultsMessage,
  searchFilters,
  searchParams,
  type SearchFilter,
} from '../../src/lib/search';
import { readCollection } from '../helpers/content-files';

const library = readCollection('exercises').map(({ slug, frontmatter }) => ({ slug, data: exerciseSchema.parse(frontmatter) }));
const offered: SearchFilter[] = [
  { key: 'muscle', legend: 'Main muscle', values: ['Calves', 'Glutes'] },
  { key: 'equipment', legend: 'Equipment', values: ['Barbell', 'Resistance band'] },
  { key: 'pattern', legend: 'Movement pattern', values: ['Squat'] },
  { key: 'level', legend: 'Level', values: ['Beginner'] },
];

describe('searchFilters', () => {
  const filters = searchFilters(library);

  it('offers muscle, equipment, pattern and level, each value one some exercise has', () => {
    expect(filters.map((f) => f.key)).toEqual(['muscle', 'equipment', 'pattern', 'level']);
    const equipment = filters.find((f) => f.key === 'equipment')!.values;
    expect(equipment).toContain('Barbell');
    expect(equipment).not.toContain('Sandbag'); // in the list of equipment, but no exercise uses one
  });

  it('counts a muscle only where it is a primary muscle, as the exercise pages do', () => {
    const muscles = filters.find((f) => f.key === 'muscle')!.values;
    expect(muscles).toContain('Calves');
    expect(muscles.length).toBeLessThanOrEqual(new Set(library.flatMap((e) => e.data.muscles.primary)).size);
  });
});

describe('the search address', () => {
  it('reads the query and the filters the site offers', () => {
    const state = readSearchParams(new URLSearchParams('q=+goblet+squat+&equipment=Barbell&muscle=Glutes&muscle=Calves'), offered);
    expect(state).toEqual({ query: 'goblet squat', filters: { equipment: ['Barbell'], muscle: ['Glutes', 'Calves'] }, dropped: [] });
  });

  it('drops values the site does not offer and says which, keeping the rest', () => {
    const state = readSearchParams(new URLSearchParams('muscle=Wings&muscle=Calves&muscle=Calves&level=<script>'), offered);
    expect(state.filters).toEqual({ muscle: ['Calves'] });
    expect(state.dropped).toEqual(['muscle “Wings”', 'level “<script>”']);
  });

  it('writes a search in a stable order, so the same search always has the same link', () => {
    const a = searchParams({ query: 'squat', filters: { level: ['Beginner'], equipment: ['Resistance band', 'Barbell'] } });
    expect(a.toString()).toBe('q=squat&equipment=Resistance+band&equipment=Barbell&level=Beginner');
    expect(searchParams({ query: '', filters: {} }).toString()).toBe('');
  });

  it('round-trips through the address', () => {
    const state = { query: 'single-leg “RDL”', filters: { muscle: ['Glutes'], pattern: ['Squat'] } };
    expect(readSearchParams(searchParams(state), offered)).toEqual({ ...state, dropped: [] });
  });
});

describe('what the page says', () => {
  it('asks Pagefind only for filters that have a value', () => {
    expect(pagefindFilters({ muscle: [], equipment: ['Barbell'] })).toEqual({ equipment: ['Barbell'] });
  });

  it('counts results and names the query and filters', () => {
    expect(resultsMessage(1, { query: 'plank', filters: {} })).toBe('1 result for “plank”');
    expect(resultsMessage(12, { query: 'squat', filters: { equipment: ['Barbell'] } })).toBe('12 results for “squat” (filtered by Barbell)');
    expect(resultsMessage(0, { query: 'zzz', filters: {} })).toMatch(/^No results for “zzz”\. Try/);
  });

  it('tells exercises, guides and routines apart by their address', () => {
    expect(resultKind('/exercises/plank/')).toBe('Exercise');
    expect(resultKind('/guides/how-often/#sessions')).toBe('Guide');
    expect(resultKind('/routines/twenty-minute-basics/')).toBe('Routine');
    expect(resultKind('/exercises/')).toBe('Page');
  });

  it('calls a page what it declares itself, such as a body area or a running goal', () => {
    expect(resultKind('/areas/hills/', 'Running goal')).toBe('Running goal');
    expect(resultKind('/muscles/calves/', 'Muscle')).toBe('Muscle');
  });
});

describe('a result’s description', () => {
  const marked = (text: string, query: string) => markQueryWords(text, query).filter((part) => part.marked).map((part) => part.text);

  it('marks every word that starts with a searched word, in any case and form', () => {
    expect(marked('Squats: a squat holding one dumbbell, squatting deep.', 'squat')).toEqual(['Squats', 'squat', 'squatting']);
    expect(marked('Works the glutes and hips.', 'Hips Glute')).toEqual(['glutes', 'hips']);
  });

  it('keeps all of the text, in order', () => {
    const text = 'A squat holding one dumbbell upright at your chest.';
    expect(markQueryWords(text, 'dumbbell chest').map((part) => part.text).join('')).toBe(text);
  });

  it('does not mark a searched word inside another word', () => {
    expect(marked('A press-up, not an express lift.', 'press')).toEqual(['press']);
  });

  it('marks nothing for one-letter or empty searches', () => {
    expect(markQueryWords('A squat.', 'a')).toEqual([{ text: 'A squat.', marked: false }]);
    expect(markQueryWords('A squat.', '  ')).toEqual([{ text: 'A squat.', marked: false }]);
  });
});

describe('the query Pagefind is asked', () => {
  const words = [{ label: 'IT band', word: 'itband' }];

  it('asks for an area’s one word where the query names the area', () => {
    expect(engineQuery('IT band', words)).toBe('itband');
    expect(engineQuery('it-band exercises', words)).toBe('itband exercises');
    expect(engineQuery('sore IT  Bands', words)).toBe('sore itband');
  });

  it('leaves other words alone, even those that contain the label’s words', () => {
    expect(engineQuery('bit band', words)).toBe('bit band');
    expect(engineQuery('it is a band', words)).toBe('it is a band');
    expect(engineQuery('banded walk', words)).toBe('banded walk');
    expect(engineQuery('IT bandwidth', words)).toBe('IT bandwidth');
  });
});

describe('the first page of results', () => {
  const result = (title: string, names?: string) => ({ meta: { title, ...(names === undefined ? {} : { names }) } });
  const results = [
    result('Staggered-stance glute bridge', 'staggered glute bridge, B-stance glute bridge'),
    result('Single-leg glute bridge'),
    result('Glute bridge', 'hip bridge, floor bridge'),
    result('Guide: why bridges'),
  ];

  it('opens on the result named exactly as the query, the rest in Pagefind’s order', () => {
    expect(exactFirst('Glute bridges', results).map((r) => r.meta.title)).toEqual([
      'Glute bridge',
      'Staggered-stance glute bridge',
      'Single-leg glute bridge',
      'Guide: why bridges',
    ]);
  });

  it('counts an exact other name as the name', () => {
    expect(exactFirst('floor bridge', results)[0]!.meta.title).toBe('Glute bridge');
  });

  it('knows a name written with or without its spaces and hyphens, and "ups" as one "up"', () => {
    const pushUps = [result('One-arm push-up'), result('Incline push-up', 'elevated push-up'), result('Push-up', 'press-up')];
    for (const query of ['push ups', 'pushups', 'Push-Ups', 'push up']) expect(exactFirst(query, pushUps)[0]!.meta.title, query).toBe('Push-up');
    expect(exactFirst('pressups', pushUps)[0]!.meta.title).toBe('Push-up');
  });

  it('leaves the order alone when every name holds the query, or none is named exactly as it nor holds its words', () => {
    expect(exactFirst('bridge', results)).toEqual(results);
    expect(exactFirst('hip thrust', results)).toEqual(results);
  });

  it('puts a name holding every word of the query as a whole word before one that only starts like it', () => {
    const plan = [result('Plank'), result('Plan builder'), result('Side plank')];
    expect(exactFirst('plan', plan).map((r) => r.meta.title)).toEqual(['Plan builder', 'Plank', 'Side plank']);
    expect(exactFirst('single bridge', results).map((r) => r.meta.title)).toEqual([
      'Single-leg glute bridge',
      'Staggered-stance glute bridge',
      'Glute bridge',
      'Guide: why bridges',
    ]);
  });
});

describe('the titles file', () => {
  const rows = [
    ['en_a1b2', '/exercises/glute-bridge/', 'Glute bridge', 'hip bridge, floor bridge', '', 1],
    ['en_c3d4', '/areas/it-band/', 'IT band', 'ITB', 'Body area', 0],
  ];

  it('gives each page, by its index name, what its result shows before the excerpt arrives', () => {
    const titles = parseTitles(rows)!;
    expect(titles.get('en_a1b2')).toEqual({ id: 'en_a1b2', url: '/exercises/glute-bridge/', meta: { title: 'Glute bridge', names: 'hip bridge, floor bridge' }, kind: undefined, figure: true });
    expect(titles.get('en_c3d4')).toMatchObject({ kind: 'Body area', figure: false });
    // Ordered by the same rule as whole results, so nothing moves when the excerpts arrive.
    expect(exactFirst('floor bridge', [titles.get('en_c3d4')!, titles.get('en_a1b2')!])[0]!.id).toBe('en_a1b2');
  });

  it('is refused whole when any row is not one, so the page names results from their excerpts instead', () => {
    expect(parseTitles({ rows })).toBeNull();
    expect(parseTitles([...rows, ['en_e5f6', '/x/', 'X', '', '']])).toBeNull();
    expect(parseTitles([...rows, ['en_e5f6', '/x/', 7, '', '', 0]])).toBeNull();
    expect(parseTitles([...rows, ['en_e5f6', '/x/', 'X', '', '', 2]])).toBeNull();
  });
});

describe('when a keystroke searches', () => {
  it('waits for a pause until Pagefind has loaded, and for one or two letters', () => {
    expect(searchDelay('squat', false)).toBeGreaterThan(0);
    expect(searchDelay('sq', true)).toBeGreaterThan(0);
    expect(searchDelay(' s ', true)).toBeGreaterThan(0);
  });

  it('searches at once from three letters on a loaded index', () => {
    expect(searchDelay('RDL', true)).toBe(0);
    expect(searchDelay('hamstring', true)).toBe(0);
  });
});
