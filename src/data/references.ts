/**
 * Everything the guides cite: the studies (with DOI or PubMed links) and the articles by coaches
 * and trainers whose advice the site reports. Guides cite entries with <Cite id="..."/>; an
 * unknown id fails the build. The /guides/references/ page lists them all.
 *
 * Years: a study's year is that of its printed issue (some appeared online a year earlier; the
 * note says so); an article's year is the date it carries, published or last updated. PubMed
 * numbers are given only where they are known for certain.
 */
export interface Reference {
  /** Stable anchor on /guides/references/: first author and year, e.g. "vikmoen-2017". */
  id: string;
  /** `study` for research papers, `article` for a coach's or trainer's published advice. */
  kind: 'study' | 'article';
  /** As the reference list shows them: "Vikmoen, O., Rønnestad, B. R., Ellefsen, S., & Raastad, T." */
  authors: string;
  /** Short form for inline citations: "Vikmoen et al." */
  short: string;
  /** Year of the printed issue for a study; the date on the page for an article. */
  year?: number;
  title: string;
  /** Journal or outlet. */
  journal?: string;
  /** Volume, issue and pages as one string: "5(5), e13149". */
  details?: string;
  doi?: string;
  pmid?: string;
  /** What the site uses it for, and any caution about how far it goes. */
  note: string;
}

export const REFERENCES: readonly Reference[] = [
  // Studies: every paper the five source articles cite, checked against public records where we could.
  {
    id: 'watson-2018',
    kind: 'study',
    authors: 'Watson, S. L., Weeks, B. K., Weis, L. J., Harding, A. T., Horan, S. A., & Beck, B. R.',
    short: 'Watson et al.',
    year: 2018,
    title:
      'High-Intensity Resistance and Impact Training Improves Bone Mineral Density and Physical Function in Postmenopausal Women With Osteopenia and Osteoporosis: The LIFTMOR Randomized Controlled Trial',
    journal: 'Journal of Bone and Mineral Research',
    details: '33(2), 211–220',
    doi: '10.1002/jbmr.3284',
    pmid: '28975661',
    note:
      'The LIFTMOR trial: 101 postmenopausal women with low bone mass were randomized; 49 did eight months of supervised, twice-weekly heavy lifting and impact work (5 sets of 5 above 85% of their one-repetition maximum) and 52 a gentle home program. We use it for bone density only. It appeared online in 2017, the year the citing article gives; the printed issue (volume 33, issue 2) is dated 2018. One source article also cites it for running economy, which a bone trial in older women cannot support, so we do not.',
  },
  {
    id: 'vikmoen-2017',
    kind: 'study',
    authors: 'Vikmoen, O., Rønnestad, B. R., Ellefsen, S., & Raastad, T.',
    short: 'Vikmoen et al.',
    year: 2017,
    title:
      'Heavy strength training improves running and cycling performance following prolonged submaximal work in well-trained female athletes',
    journal: 'Physiological Reports',
    details: '5(5), e13149',
    doi: '10.14814/phy2.13149',
    pmid: '28292885',
    note:
      'Nineteen well-trained female duathletes; eleven added two heavy lower-body sessions a week for 11 weeks. That group ran and cycled faster in a 5-minute all-out test taken at the end of long submaximal efforts. During the 90-minute run before the test, their oxygen use and heart rate did not change; during the 3-hour ride both fell. The source article cites it for VO2 max; the trial is about endurance performance late in a long effort, so that is how we describe it. A small study in one group of athletes.',
  },
  {
    id: 'westcott-2012',
    kind: 'study',
    authors: 'Westcott, W. L.',
    short: 'Westcott',
    year: 2012,
    title: 'Resistance training is medicine: Effects of strength training on health',
    journal: 'Current Sports Medicine Reports',
    details: '11(4), 209–216',
    doi: '10.1249/JSR.0b013e31825dabb8',
    pmid: '22777332',
    note:
      'A review of resistance training and general health in adults, not runners. Among its findings: lower resting blood pressure, better blood-sugar control, lower LDL cholesterol and triglycerides with higher HDL cholesterol, and a resting metabolic rate about 7% higher after 10 weeks of training. One source article cites it for blood pressure, blood sugar and blood fats.',
  },
  {
    id: 'balsalobre-2016',
    kind: 'study',
    authors: 'Balsalobre-Fernández, C., Santos-Concejero, J., & Grivas, G. V.',
    short: 'Balsalobre-Fernández et al.',
    year: 2016,
    title:
      'Effects of Strength Training on Running Economy in Highly Trained Runners: A Systematic Review With Meta-Analysis of Controlled Trials',
    journal: 'Journal of Strength and Conditioning Research',
    details: '30(8), 2361–2368',
    doi: '10.1519/JSC.0000000000001316',
    pmid: '26694507',
    note:
      'The citing article gives only PubMed number 26694507; we matched it to this paper using public copies of the record. It pools five controlled trials (93 highly trained middle- and long-distance runners, mostly on moderate loads plus jumps) and finds that two to three strength sessions a week for 8 to 12 weeks improved running economy. The citing article also lists speed and form; the review measured economy only, and its runners were highly trained, so how far it carries to recreational runners is open.',
  },
  {
    id: 'scofield-2012',
    kind: 'study',
    authors: 'Scofield, K. L., & Hecht, S.',
    short: 'Scofield & Hecht',
    year: 2012,
    title: 'Bone health in endurance athletes: runners, cyclists, and swimmers',
    journal: 'Current Sports Medicine Reports',
    details: '11(6), 328–334',
    doi: '10.1249/JSR.0b013e3182779193',
    pmid: '23147022',
    note:
      'A narrative review, not a strength-training trial: endurance athletes often have low bone density, which raises their risk of stress fractures. A personal-training gym cites it, by PubMed number only, for the point that strength work can build and keep bone density; we use it for the risk it describes, not as evidence that lifting prevents fractures.',
  },
  {
    id: 'lauersen-2014',
    kind: 'study',
    authors: 'Lauersen, J. B., Bertelsen, D. M., & Andersen, L. B.',
    short: 'Lauersen et al.',
    year: 2014,
    title:
      'The effectiveness of exercise interventions to prevent sports injuries: a systematic review and meta-analysis of randomised controlled trials',
    journal: 'British Journal of Sports Medicine',
    details: '48(11), 871–877',
    doi: '10.1136/bjsports-2013-092538',
    pmid: '24100287',
    note:
      'The physio article names only "a meta-analysis by Lauersen"; this is the paper usually meant (online in 2013, print in 2014). It pools 25 randomized trials across many sports. Strength-training programs were linked with fewer sports injuries, and exercise programs in general cut overuse injuries, but runners were not analyzed as a group of their own, so it does not show that lifting protects runners in particular.',
  },

  // Articles: the five coaches' and trainers' pieces the site reports. Credentials are as each page states them.
  {
    id: 'sayer-guide',
    kind: 'article',
    authors: 'Amber Sayer, MS, CPT, CNC',
    short: 'Sayer',
    title: '[Guide to strength training for runners: eight benefits, equipment, exercise list, how often and when]',
    journal: 'Running website (a reader comment on the page names Marathonhandbook.com)',
    note:
      'A senior fitness editor who describes herself as a NASM nutrition coach and UESCA running coach with 12 years as a trainer and coach; credentials are self-stated. Undated. The only source with full journal citations. Source of the hard-day stacking advice, the 8–12 rep scheme and the 15-rep signal to go heavier.',
  },
  {
    id: 'wilson-2024',
    kind: 'article',
    authors: 'Jeff Wilson',
    short: 'Wilson',
    year: 2024,
    title: "[Coach's article on why runners should lift heavy, with a seven-exercise routine]",
    journal: 'Guest article on a running-app website',
    note:
      'Dated 1 February 2024. The author describes himself as a running coach at the University of Colorado Colorado Springs; credentials are self-stated. The article appeared as a guest post on a site promoting a running app; his own site is totalbodyrunning.com. Written for almost every runner, with separate posts promised for competitive ones. An opinion piece: heavy lifting at 2–6 reps, the posterior chain, and a plain warning that strength work does not guarantee fewer injuries.',
  },
  {
    id: 'garage1880-2023',
    kind: 'article',
    authors: 'Garage1880',
    short: 'Garage1880',
    year: 2023,
    title: "[Personal-training gym's FAQ on strength training for runners: myths, warm-up, timing and seasons]",
    journal: 'Garage1880 (personal-training business)',
    note:
      'Updated 1 June 2023. A short question-and-answer page from a training business. Source of the named warm-up drills, the six-hour gap between a run and a lift, and the in-season/off-season split. Cites two PubMed records.',
  },
  {
    id: 'physio-james-2023',
    kind: 'article',
    authors: 'James (first name only; surname not given on the page)',
    short: 'Physio James',
    year: 2023,
    title: "[Physio's tips for fitting strength work into marathon training, and whether runners should lift heavy]",
    note:
      'Last updated 26 June 2023. The author is known only as James from reader comments and describes a background in injury rehabilitation and rugby; credentials are self-stated and no outlet is named in the text. Injury-focused. Reader comments on the page are readers’ experience, not the author’s advice, and we label them so.',
  },
  {
    id: 'bomgren-workout',
    kind: 'article',
    authors: 'Lindsey Bomgren',
    short: 'Bomgren',
    title: "[Personal trainer's nine-exercise dumbbell workout for runners, with step-by-step instructions and FAQs]",
    journal: 'Article accompanying a guided YouTube workout',
    note:
      'Undated. The author describes herself as a certified personal trainer and former marathoner; credentials are self-stated. The only source with written step-by-step technique and a modification for every move. Source of the 40-seconds-on, 20-seconds-off circuit and the 5–25 lb dumbbell range.',
  },
];
