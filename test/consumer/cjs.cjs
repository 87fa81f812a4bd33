'use strict'
// CJS consumer: `require` of every entry of the installed tarball (run by test/package.test.ts,
// also with `node --no-experimental-require-module`, as on Node < 20.19).
const root = require('papermeta')
const extract = require('papermeta/extract')
const data = require('papermeta/data')
const schema = require('papermeta/schema')
const schemaJson = require('papermeta/schema.json')
const pkg = require('papermeta/package.json')
const check = require('./check.cjs')

const resolved = Object.fromEntries(
  ['papermeta', 'papermeta/extract', 'papermeta/data', 'papermeta/schema', 'papermeta/schema.json'].map((id) => [
    id,
    require.resolve(id).replace(/^.*\/node_modules\//, ''),
  ]),
)
check({ root, extract, data, schema, schemaJson, pkg }, { system: 'cjs', resolved })
