/**
 * The muscles an exercise can name, with the label readers see, other names people call them by
 * (shown on the muscle's page and searched), and the side of the body figure they are drawn on.
 * Ids are closed: a typo in an exercise file fails the build.
 */
export const MUSCLES = {
  abdominals: { label: 'Abdominals', view: 'front', names: ['abs', 'stomach muscles', 'six-pack', 'rectus abdominis'] },
  obliques: { label: 'Obliques', view: 'front', names: ['side abs'] },
  'lower-back': { label: 'Lower back', view: 'back', names: ['spinal erectors', 'erector spinae'] },
  glutes: { label: 'Glutes', view: 'back', names: ['gluteus maximus', 'glute max', 'bum', 'butt'] },
  'gluteus-medius': { label: 'Gluteus medius', view: 'back', names: ['glute med', 'side glute'] },
  'hip-flexors': { label: 'Hip flexors', view: 'front', names: ['psoas', 'iliopsoas'] },
  adductors: { label: 'Adductors (inner thigh)', view: 'front', names: ['inner thighs', 'groin muscles'] },
  abductors: { label: 'Abductors (outer hip)', view: 'front', names: ['outer hip', 'TFL'] },
  quadriceps: { label: 'Quadriceps', view: 'front', names: ['quads', 'front of the thigh'] },
  hamstrings: { label: 'Hamstrings', view: 'back', names: ['hammies', 'back of the thigh'] },
  calves: { label: 'Calves', view: 'back', names: ['calf muscles', 'gastrocnemius', 'soleus'] },
  'tibialis-anterior': { label: 'Tibialis anterior (shin)', view: 'front', names: ['shins', 'tibialis', 'tib'] },
  chest: { label: 'Chest', view: 'front', names: ['pecs', 'pectorals'] },
  shoulders: { label: 'Shoulders', view: 'front', names: ['delts', 'deltoids'] },
  triceps: { label: 'Triceps', view: 'back', names: ['tris'] },
  biceps: { label: 'Biceps', view: 'front', names: ['bis'] },
  lats: { label: 'Lats', view: 'back', names: ['latissimus dorsi', 'lat muscles'] },
  'middle-back': { label: 'Middle back', view: 'back', names: ['upper back', 'rhomboids'] },
  traps: { label: 'Trapezius', view: 'back', names: ['traps'] },
  forearms: { label: 'Forearms', view: 'front', names: ['grip'] },
  neck: { label: 'Neck', view: 'front', names: [] },
} as const satisfies Record<string, { label: string; view: 'front' | 'back'; names: readonly string[] }>;

export type MuscleId = keyof typeof MUSCLES;
export const muscleIds = Object.keys(MUSCLES) as [MuscleId, ...MuscleId[]];
