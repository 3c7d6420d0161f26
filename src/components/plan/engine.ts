// The part of the island that plans and draws: loaded on demand by plan-builder.ts, so a visit
// that only reads the default plan (already in the HTML) never downloads it. The catalogue's file
// is read here too, since it is fetched with the engine.
export { buildBlock } from '../../lib/plan/block';
export { parseCatalogue } from '../../lib/plan/catalogue-file';
export { planSummary, renderBlock, renderPrint } from '../../lib/plan/render';
