// The part of the island that plans and draws: loaded on demand by plan-builder.ts, so a visit
// that only reads the default plan (already in the HTML) never downloads it.
export { buildBlock } from '../../lib/plan/block';
export { planSummary, renderBlock, renderPrint } from '../../lib/plan/render';
