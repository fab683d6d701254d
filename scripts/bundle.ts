/**
 * Bundles the action into dist/: one ncc bundle, dist/index.js with its lazily loaded chunks,
 * shared by two small entry points, dist/main.js and dist/post.js. The post step reuses the main
 * step's code instead of shipping a second copy of it and of the AWS SDK.
 */
import { execFileSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const dist = path.join(root, 'dist')

// ncc leaves chunks of earlier builds behind; they would be committed with the new ones.
fs.rmSync(dist, { recursive: true, force: true })
execFileSync(
  path.join(root, 'node_modules/.bin/ncc'),
  ['build', 'src/index.ts', '-o', 'dist', '--license', 'licenses.txt'],
  { cwd: root, stdio: 'inherit' }
)
const entries = { main: 'run', post: 'runPost' }
for (const [file, run] of Object.entries(entries)) {
  fs.writeFileSync(
    path.join(dist, `${file}.js`),
    `import { ${run} } from './index.js'\n\nawait ${run}()\n`
  )
}
