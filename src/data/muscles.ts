/**
 * The muscles an exercise can name, with the label readers see and the side of the body
 * figure they are drawn on. Ids are closed: a typo in an exercise file fails the build.
 */
export const MUSCLES = {
  abdominals: { label: 'Abdominals', view: 'front' },
  obliques: { label: 'Obliques', view: 'front' },
  'lower-back': { label: 'Lower back', view: 'back' },
  glutes: { label: 'Glutes', view: 'back' },
  'gluteus-medius': { label: 'Gluteus medius', view: 'back' },
  'hip-flexors': { label: 'Hip flexors', view: 'front' },
  adductors: { label: 'Adductors (inner thigh)', view: 'front' },
  abductors: { label: 'Abductors (outer hip)', view: 'front' },
  quadriceps: { label: 'Quadriceps', view: 'front' },
  hamstrings: { label: 'Hamstrings', view: 'back' },
  calves: { label: 'Calves', view: 'back' },
  'tibialis-anterior': { label: 'Tibialis anterior (shin)', view: 'front' },
  chest: { label: 'Chest', view: 'front' },
  shoulders: { label: 'Shoulders', view: 'front' },
  triceps: { label: 'Triceps', view: 'back' },
  biceps: { label: 'Biceps', view: 'front' },
  lats: { label: 'Lats', view: 'back' },
  'middle-back': { label: 'Middle back', view: 'back' },
  traps: { label: 'Trapezius', view: 'back' },
  forearms: { label: 'Forearms', view: 'front' },
  neck: { label: 'Neck', view: 'front' },
} as const satisfies Record<string, { label: string; view: 'front' | 'back' }>;

export type MuscleId = keyof typeof MUSCLES;
export const muscleIds = Object.keys(MUSCLES) as [MuscleId, ...MuscleId[]];
