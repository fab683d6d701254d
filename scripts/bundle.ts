/**
 * Bundles the action into dist/: one ncc bundle, dist/index.js with its lazily loaded chunks,
 * shared by two small entry points, dist/main.js and dist/post.js. The post step reuses the main
 * step's code instead of shipping a second copy of it and of the AWS SDK.
 *
 * Then terser drops the code nothing uses (most of it in openpgp and the toolkit). The AWS SDK's
 * clients come from their CommonJS builds, which export every command, so each client chunk
 * keeps all of its service's commands. Only that: no other rewrites and no renaming, and the
 * result is indented, so dist/ stays as readable as ncc's own output.
 */
import { execFileSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { minify } from 'terser'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
// BUNDLE_OUT bundles elsewhere, e.g. to try a change without touching the committed dist/.
const dist = path.resolve(root, process.env['BUNDLE_OUT'] || 'dist')

// ncc leaves chunks of earlier builds behind; they would be committed with the new ones.
fs.rmSync(dist, { recursive: true, force: true })
execFileSync(
  path.join(root, 'node_modules/.bin/ncc'),
  ['build', 'src/index.ts', '-o', dist, '--license', 'licenses.txt'],
  { cwd: root, stdio: 'inherit' }
)

for (const file of fs.readdirSync(dist).filter(f => f.endsWith('.js'))) {
  const full = path.join(dist, file)
  const code = fs.readFileSync(full, 'utf8')
  const result = await minify(code, {
    module: true,
    mangle: false,
    compress: {
      defaults: false,
      unused: true,
      dead_code: true,
      reduce_vars: true,
      side_effects: true,
      passes: 2
    },
    format: { beautify: true, indent_level: 2, comments: 'some' }
  })
  if (result.code === undefined) throw new Error(`terser returned nothing for ${file}`)
  fs.writeFileSync(full, result.code)
  console.log(`${file}: ${kib(code.length)} -> ${kib(result.code.length)} after terser`)
}

const entries = { main: 'run', post: 'runPost' }
for (const [file, run] of Object.entries(entries)) {
  fs.writeFileSync(
    path.join(dist, `${file}.js`),
    `import { ${run} } from './index.js'\n\nawait ${run}()\n`
  )
}

function kib(chars: number): string {
  return `${Math.round(chars / 1024)} KiB`
}
