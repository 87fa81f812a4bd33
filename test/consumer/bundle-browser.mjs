// esbuild entry (--bundle --platform=browser) of test/package.test.ts: the root entry `papermeta`,
// which must stay light (no zod, no NLP libraries, no dataset). `export *` keeps every module the
// root entry loads in the bundle (nothing tree-shaken away), as Node loads them all on import.
import { InvalidArgumentError, isPapermetaError } from 'papermeta'

export * from 'papermeta'
export const guarded = isPapermetaError(new InvalidArgumentError('Expected string, not `42`'))
export const plain = isPapermetaError(new Error('plain'))
