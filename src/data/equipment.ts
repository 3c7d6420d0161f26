/** Equipment an exercise can need. `bodyweight` means nothing beyond the floor and your body. */
export const EQUIPMENT = {
  bodyweight: { label: 'Bodyweight' },
  dumbbell: { label: 'Dumbbell' },
  kettlebell: { label: 'Kettlebell' },
  barbell: { label: 'Barbell' },
  band: { label: 'Resistance band' },
  cable: { label: 'Cable machine' },
  machine: { label: 'Weight machine' },
  'medicine-ball': { label: 'Medicine ball' },
  'stability-ball': { label: 'Stability ball' },
  'foam-roller': { label: 'Foam roller' },
  bench: { label: 'Bench' },
  box: { label: 'Box or step' },
  plate: { label: 'Weight plate' },
  'pull-up-bar': { label: 'Pull-up bar' },
  'suspension-trainer': { label: 'Suspension trainer' },
  sandbag: { label: 'Sandbag' },
  mat: { label: 'Mat' },
  other: { label: 'Other' },
} as const satisfies Record<string, { label: string }>;

export type EquipmentId = keyof typeof EQUIPMENT;
export const equipmentIds = Object.keys(EQUIPMENT) as [EquipmentId, ...EquipmentId[]];
