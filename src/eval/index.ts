/**
 * Evaluation: the dev gold (port of `gold/score.mjs`), the SDU-21 acronym set (port of
 * `corpora/score-sdu.mjs`) and the HF repo-mention figure, with one summary table.
 * Used by `papermeta eval` and `npm run eval`.
 *
 * @module
 */
export { scorePapers, formatEvalReport } from './score.js'
export type { EvalReport, GoldPaper, PredictedPaper, Prf } from './score.js'
export { readJsonRecords } from './read.js'
export type { JsonRecord, JsonRecordProblem } from './read.js'
export { scoreSdu, formatSduReport } from './sdu.js'
export type { SduReport, SduSentence } from './sdu.js'
export { scoreRepoMentions, formatRepoMentionReport, githubSlugOf } from './repo-mentions.js'
export type { RepoMentionReport, RepoMentionRow } from './repo-mentions.js'
export { summarize, formatSummary } from './summary.js'
export type { EvalReports, SummaryRow } from './summary.js'
