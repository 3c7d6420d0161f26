/** How much lifting experience an exercise assumes, and the planes of motion it works in. */
export const LEVELS = {
  beginner: { label: 'Beginner' },
  intermediate: { label: 'Intermediate' },
  advanced: { label: 'Advanced' },
} as const;
export type LevelId = keyof typeof LEVELS;
export const levelIds = Object.keys(LEVELS) as [LevelId, ...LevelId[]];

export const PLANES = {
  sagittal: { label: 'Sagittal (forward and back)' },
  frontal: { label: 'Frontal (side to side)' },
  transverse: { label: 'Transverse (rotation)' },
} as const;
export type PlaneId = keyof typeof PLANES;
export const planeIds = Object.keys(PLANES) as [PlaneId, ...PlaneId[]];
