/**
 * Evaluation against a gold annotation (used by `papermeta eval`; shared later with `npm run eval`).
 *
 * @module
 */
export { scorePapers, formatEvalReport } from './score.js'
export type { EvalReport, GoldPaper, PredictedPaper, Prf } from './score.js'
export { readJsonRecords } from './read.js'
export type { JsonRecord, JsonRecordProblem } from './read.js'
