import type { Paper } from '../src/schema.js'
/** The i-th synthetic paper (see query-synthetic.mjs for its properties). */
export declare function syntheticPaper(i: number): Paper
/** `count` synthetic papers, index 0 first. */
export declare function syntheticPapers(count: number): Paper[]
