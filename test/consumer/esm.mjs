// ESM consumer: `import` of every entry of the installed tarball (run by test/package.test.ts).
import * as root from 'papermeta'
import * as data from 'papermeta/data'
import * as extract from 'papermeta/extract'
import * as schema from 'papermeta/schema'
import schemaJson from 'papermeta/schema.json' with { type: 'json' }
import pkg from 'papermeta/package.json' with { type: 'json' }
import check from './check.cjs'

const resolved = Object.fromEntries(
  ['papermeta', 'papermeta/extract', 'papermeta/data', 'papermeta/schema', 'papermeta/schema.json'].map((id) => [
    id,
    import.meta.resolve(id).replace(/^.*\/node_modules\//, ''),
  ]),
)
check({ root, extract, data, schema, schemaJson, pkg }, { system: 'esm', resolved })
