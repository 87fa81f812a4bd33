'use strict'
// Assertions shared by esm.mjs (entries loaded with `import`) and cjs.cjs (loaded with `require`):
// both hand over the modules they loaded, so ESM and CJS are held to the same values.
// Prints one JSON line of observed values; test/package.test.ts compares it with what it expects.
const assert = require('node:assert/strict')
const { readFileSync } = require('node:fs')
const { join } = require('node:path')

/**
 * @param {{ root: any, extract: any, data: any, schema: any, schemaJson: any, pkg: any }} entries
 * @param {{ system: 'esm' | 'cjs', resolved: Record<string, string> }} info
 */
module.exports = function check(entries, info) {
  const { root, extract, data, schema, schemaJson, pkg } = entries
  const listing = readFileSync(join(__dirname, 'listing.txt'), 'utf8')

  // papermeta: the typed errors and the guard.
  assert.equal(typeof root.isPapermetaError, 'function', 'papermeta exports isPapermetaError')
  assert.equal(root.isPapermetaError(new root.InvalidArgumentError('Expected string, not `42`')), true)
  assert.equal(root.isPapermetaError(new Error('plain')), false)

  // papermeta/extract: a two-line listing is one record; a broken contract throws a typed error.
  const parsed = extract.parseListing(listing)
  assert.equal(parsed.format, 'hf-text')
  assert.equal(parsed.records.length, 1)
  assert.equal(parsed.issues.length, 0)
  assert.equal(parsed.records[0].title, 'Glimmer: Sparse Routing for Tiny Language Models')
  assert.match(parsed.records[0].abstract, /^We introduce Glimmer, .* https:\/\/github\.com\/example-org\/glimmer\.$/)
  let thrown
  try {
    extract.parseListing(42)
  } catch (error) {
    thrown = error
  }
  assert.ok(thrown, 'parseListing(42) throws')
  // The error comes from papermeta/extract, the guard from papermeta: works across entries (and copies).
  assert.equal(root.isPapermetaError(thrown), true)
  assert.equal(thrown.message, 'Expected string, not `42`')

  const { papers: extracted } = extract.parsePapers(listing)
  assert.equal(extracted.length, 1)
  const paper = extracted[0]
  const link = paper.links[0]
  assert.deepEqual(
    { url: link.url, kind: link.kind, github: link.github },
    { url: 'https://github.com/example-org/glimmer', kind: 'github', github: { owner: 'example-org', repo: 'glimmer', path: null } },
  )
  assert.equal(paper.abstract.slice(link.span.start, link.span.end), link.text)
  const percent = paper.quantities.find((q) => q.text === '12%')
  assert.ok(percent, 'the 12% quantity is found')
  assert.deepEqual([percent.value, percent.unit], [12, 'percent'])

  // papermeta/schema: the zod schemas accept papermeta's own records and reject a bad one.
  assert.equal(schema.PaperSchema.safeParse(paper).success, true, 'an extracted Paper is schema-valid')
  const bad = schema.PaperSchema.safeParse({ ...paper, title: 42 })
  assert.equal(bad.success, false, 'a Paper whose title is a number is rejected')
  assert.deepEqual(bad.error.issues.map((issue) => issue.path.join('.')), ['title'])

  // papermeta/data: the bundled dataset, valid against the schema.
  assert.equal(data.papers.length, 235)
  assert.equal(data.dataset.count, data.papers.length)
  assert.equal(schema.PaperSchema.safeParse(data.papers[0]).success, true)
  assert.equal(schema.DatasetInfoSchema.safeParse(data.dataset).success, true)

  // papermeta/schema.json: the shipped JSON Schema is exactly what toJsonSchema() generates.
  assert.deepEqual(schemaJson, schema.toJsonSchema())
  assert.ok(schemaJson.$defs.Paper, 'schema.json has $defs.Paper')

  assert.equal(pkg.name, 'papermeta')

  process.stdout.write(
    `${JSON.stringify({
      system: info.system,
      resolved: info.resolved,
      papers: data.papers.length,
      records: parsed.records.length,
      title: parsed.records[0].title,
      error: `${thrown.name}: ${thrown.message}`,
      badRecordRejected: !bad.success,
      linkUrl: link.url,
      schemaDefs: Object.keys(schemaJson.$defs).sort(),
      packageName: pkg.name,
    })}\n`,
  )
}
