/**
 * compromise, loaded on first use. Importing it costs ~0.4 s and ~40 MB of memory, and most work
 * (parsing listings, streaming, links, most quantities) never needs it; the extractors call it only
 * on a few candidate phrases.
 *
 * On Node.js the module is required lazily (`process.getBuiltinModule('node:module').createRequire`,
 * Node >= 20.16). The bundler build of `papermeta/extract` (export conditions `module`, `browser`) replaces this module with
 * `compromise-static.ts`, which imports compromise up front (see tsup.config.ts).
 *
 * @internal
 * @module
 */
import type Nlp from 'compromise'
import { PapermetaError } from '../errors.js'

/** The compromise function (`nlp(text)`). */
export type Compromise = typeof Nlp

let instance: Compromise | undefined

/** compromise's `nlp`, required on the first call. */
export function compromise(): Compromise {
  instance ??= load()
  return instance
}

function load(): Compromise {
  // No bare `require` here: bundlers would turn it into a shim that throws in ESM.
  const nodeRequire: ((id: string) => unknown) | undefined = globalThis.process
    ?.getBuiltinModule?.('node:module')
    ?.createRequire(import.meta.url)
  if (!nodeRequire) {
    throw new PapermetaError(
      'missing_runtime',
      'Expected Node.js >= 20.16 to load compromise on demand, found another runtime; bundle `papermeta/extract` (its `module`/`browser` build includes compromise)',
    )
  }
  const loaded = nodeRequire('compromise') as Compromise | { default: Compromise }
  return typeof loaded === 'function' ? loaded : loaded.default
}
