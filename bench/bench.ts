/**
 * What the action costs on top of Packer, and how close its setup is to the floor. Every figure
 * is measured against a baseline in the same run, alternating the two, on loopback with the test
 * bed's real programs. Prints a markdown table and writes bench/results.md.
 *
 *   npm run bench               (BENCH_RUNS=N to change the repetitions of the heavy figures)
 */
import { execFileSync, spawn } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { startReleaseBed, type ReleaseBed } from '../testbed/release-bed.js'
import {
  DEBIAN_ANSIBLE_CORE,
  DEBIAN_PACKER_VERSION,
  DEBIAN_PYTHON,
  offlinePipEnv,
  packerZip,
  tempDir,
  wheelhouse
} from '../testbed/fixtures.js'
import { newJob, runMain, type Job } from '../testbed/runner.js'
import { hclTemplate } from '../testbed/templates.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const RUNS = Number(process.env['BENCH_RUNS'] ?? 5)
/** How late EC2 answers in the `latency` figure: a runner and a region apart. */
const LATENCY_MS = 50
const LIGHT_RUNS = RUNS * 3
/** BENCH_ONLY=cold-packer,both runs some figures, prints them and leaves bench/results.md alone. */
const only = process.env['BENCH_ONLY']?.split(',')
const FIGURES = [
  'build',
  'latency',
  'reuse',
  'install',
  'cold-packer',
  'cold-ansible',
  'both',
  'startup',
  'requests'
]
const unknown = only?.filter(f => !FIGURES.includes(f)) ?? []
if (unknown.length > 0)
  throw new Error(`BENCH_ONLY: no figure ${unknown.join(', ')}; there are ${FIGURES.join(', ')}`)
const wanted = (figure: string) => !only || only.includes(figure)

interface Stats {
  median: number
  min: number
  max: number
}

function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  const median =
    sorted.length % 2
      ? (sorted[mid] as number)
      : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
  return { median, min: sorted[0] as number, max: sorted.at(-1) as number }
}

async function time(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now()
  await work()
  return performance.now() - start
}

/** Runs candidate and baseline alternately, `runs` times each. */
async function pair(
  runs: number,
  candidate: (i: number) => Promise<number>,
  baseline: (i: number) => Promise<number>
) {
  const c: number[] = []
  const b: number[] = []
  for (let i = 0; i < runs; i++) {
    c.push(await candidate(i))
    b.push(await baseline(i))
  }
  return { candidate: stats(c), baseline: stats(b) }
}

/** The environment of the steps: no NODE_EXTRA_CA_CERTS (it adds ~85 ms to every node start here). */
function cleanEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '',
    HOME: process.env['HOME'] ?? '/root',
    LANG: 'C.UTF-8',
    ...extra
  }
  return env
}

function spawnTimed(
  file: string,
  args: string[],
  env: Record<string, string>,
  cwd: string,
  untilFirstOutput = false
): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = performance.now()
    const child = spawn(file, args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] })
    let done = false
    const finish = () => {
      if (!done) {
        done = true
        resolve(performance.now() - start)
      }
    }
    if (untilFirstOutput) child.stdout.once('data', finish)
    child.stdout.resume()
    child.stderr.resume()
    child.on('error', reject)
    child.on('close', code =>
      code === 0 || untilFirstOutput ? finish() : reject(new Error(`${file} exited ${code}`))
    )
  })
}

const nodeFloor = () => spawnTimed(process.execPath, ['-e', '0'], cleanEnv(), root)

interface Row {
  figure: string
  value: Stats
  baseline: { name: string; stats: Stats } | undefined
  target: string
  met: boolean
}

/** A target: at most `more` ms over the baseline, at most `times` the baseline, or under `under` ms. */
type Target = { more: number } | { times: number } | { under: number }

interface Paired {
  candidate: Stats
  baseline: Stats
}

/** A row of the table: a figure alone, or paired with the baseline named `baselineName`. */
function row(figure: string, target: Target, measured: Stats | Paired, baselineName = ''): Row {
  const [value, stats] =
    'candidate' in measured ? [measured.candidate, measured.baseline] : [measured]
  const baseline = stats && { name: baselineName, stats }
  const base = stats?.median ?? NaN
  if ('more' in target)
    return {
      figure,
      value,
      baseline,
      target: `≤ ${ms(target.more)} more`,
      met: value.median - base <= target.more
    }
  if ('times' in target)
    return {
      figure,
      value,
      baseline,
      target: `≤ ${target.times}×`,
      met: value.median / base <= target.times
    }
  return {
    figure,
    value,
    baseline,
    target: `< ${ms(target.under)}`,
    met: value.median < target.under
  }
}

/** Times a shell baseline in a fresh temporary folder, removed afterwards. */
function timeScript(name: string, script: string, env = cleanEnv()): Promise<number> {
  const dir = tempDir(name)
  return spawnTimed('bash', ['-c', script], env, dir).finally(() =>
    fs.rmSync(dir, { recursive: true, force: true })
  )
}

const ms = (n: number) => (n >= 1000 ? `${(n / 1000).toFixed(2)} s` : `${Math.round(n)} ms`)
const spread = (s: Stats) => `${ms(s.min)} – ${ms(s.max)}`

function table(rows: Row[]): string {
  const lines = [
    '| figure | median | spread | baseline (median) | ratio | over baseline | target | met |',
    '|---|---|---|---|---|---|---|---|'
  ]
  for (const r of rows) {
    const b = r.baseline?.stats.median
    const ratio = b ? `${(r.value.median / b).toFixed(2)}×` : '—'
    const over = b ? ms(r.value.median - b) : '—'
    const base = r.baseline && b ? `${r.baseline.name}: ${ms(b)}` : '—'
    lines.push(
      `| ${r.figure} | ${ms(r.value.median)} | ${spread(r.value)} | ${base} | ${ratio} | ${over} | ${r.target} | ${r.met ? 'yes' : 'no'} |`
    )
  }
  return lines.join('\n')
}

/** The cache's Packer folder: its name carries the signing key (`packer-<key digest>`). */
const packerTool = (toolCache: string) =>
  fs.readdirSync(toolCache).find(name => /^packer-[0-9a-f]{16}$/.test(name)) ?? 'packer'

function copyPackerCache(from: Job, to: Job): void {
  const tool = packerTool(from.toolCache)
  fs.cpSync(path.join(from.toolCache, tool), path.join(to.toolCache, tool), { recursive: true })
}

function installInputs(bed: ReleaseBed, ansible: boolean): Record<string, string> {
  return { ...bed.inputs({ mode: 'install' }), ...(ansible ? {} : { 'ansible-version': 'none' }) }
}

/**
 * Times one `mode: install` run of the bundle in a fresh job (nothing cached but what `prepare`
 * puts there), then removes the job.
 */
async function timeColdInstall(
  bed: ReleaseBed,
  ansible: boolean,
  prepare?: (job: Job) => void
): Promise<number> {
  const job = newJob()
  prepare?.(job)
  try {
    return await time(async () => {
      const r = await runMain(job, { inputs: installInputs(bed, ansible), env: offlinePipEnv() })
      if (r.exitCode !== 0) throw new Error(r.stdout)
    })
  } finally {
    fs.rmSync(path.dirname(job.toolCache), { recursive: true, force: true })
  }
}

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(root, 'dist/main.js')))
    execFileSync('npm', ['run', 'bundle'], { cwd: root, stdio: 'inherit' })
  // Other tenants' load slows figure and baseline alike, but a difference in ms grows with it.
  const load = () => os.loadavg()[0]?.toFixed(2) ?? '?'
  const loadBefore = load()
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.type()} ${os.release()}, node ${process.version}`
  console.log(`Benchmarking on ${machine}; ${RUNS} runs (${LIGHT_RUNS} for the light figures)`)
  const bed = await startReleaseBed()
  const rows: Row[] = []
  const requestRows: string[] = []
  try {
    packerZip() // built once, before anything is timed
    const wheels = wheelhouse()
    const pip = offlinePipEnv()

    // Warm job: both tools cached, as on a self-hosted runner or the second step of a job.
    const warm = bed.job
    const warmRun = await bed.main({ inputs: installInputs(bed, true) })
    if (warmRun.exitCode !== 0) throw new Error(`warm-up failed:\n${warmRun.stdout}`)

    const template = bed.write(
      'bench/app.pkr.hcl',
      hclTemplate({
        endpoint: bed.endpoint.url,
        target: { communicator: 'none' },
        builds: [{ name: 'bench' }]
      })
    )
    const templatePath = path.join(warm.workspace, template)
    const packerBinary = path.join(
      warm.toolCache,
      packerTool(warm.toolCache),
      DEBIAN_PACKER_VERSION,
      'x64',
      'packer'
    )

    // A release of a new tag by the action, and Packer alone on the same template.
    const timeBuild = (id: string) =>
      time(async () => {
        const r = await bed.main({
          ref: `refs/tags/release-bench-action-${id}`,
          inputs: bed.inputs({ template })
        })
        if (r.exitCode !== 0) throw new Error(r.stdout)
      })
    const rawPacker = (version: string) =>
      spawnTimed(
        packerBinary,
        ['build', '-machine-readable', '-color=false', templatePath],
        cleanEnv({
          AWS_ACCESS_KEY_ID: 'AKIDTESTTESTTEST',
          AWS_SECRET_ACCESS_KEY: 'test-secret',
          AWS_EC2_METADATA_DISABLED: 'true',
          CHECKPOINT_DISABLE: '1',
          PKR_VAR_image_version: `release-bench-${version}`,
          ...bed.tripwire.env
        }),
        warm.workspace
      )
    const timeRaw = (id: string) => rawPacker(`raw-${id}`)

    // 1. A full build with tools cached, against the raw packer build of the same template.
    if (wanted('build')) {
      console.log('full build, tools cached …')
      const build = await pair(
        RUNS,
        i => timeBuild(String(i)),
        i => timeRaw(String(i))
      )
      rows.push(row('`mode: build`, tools cached', { more: 500 }, build, 'raw `packer build`'))
    }

    // 1b. The same with every EC2 answer 50 ms late, as from a runner to a region: what the
    // action's own round trips cost a user, beside Packer's.
    if (wanted('latency')) {
      console.log(`full build, tools cached, EC2 answering ${LATENCY_MS} ms late …`)
      bed.endpoint.delayAnswers(LATENCY_MS)
      try {
        const build = await pair(
          RUNS,
          i => timeBuild(`latency-${i}`),
          i => timeRaw(`latency-${i}`)
        )
        const figure = `\`mode: build\`, tools cached, EC2 ${LATENCY_MS} ms away`
        rows.push(row(figure, { more: 500 }, build, 'raw `packer build`'))
      } finally {
        bed.endpoint.clearFaults()
      }
    }

    // 2. Reuse: the image exists; nothing is installed or built.
    if (wanted('reuse')) {
      console.log('reuse …')
      const release = { ref: 'refs/tags/release-bench-action-0', inputs: bed.inputs({ template }) }
      const first = await bed.main(release) // builds it unless figure 1 did
      if (first.exitCode !== 0) throw new Error(first.stdout)
      const reuse = await pair(
        LIGHT_RUNS,
        () =>
          time(async () => {
            const r = await bed.main(release)
            if (r.outputs['reused'] !== 'true') throw new Error(r.stdout)
          }),
        nodeFloor
      )
      rows.push(row('reuse run (image exists)', { under: 1000 }, reuse, '`node -e 0`'))
    }

    // 3. The install phase alone, both tools cached, in process.
    if (wanted('install')) {
      console.log('install phase, cached …')
      const installPhase = await measureInstallPhase(bed, warm)
      rows.push(row('install phase, both tools cached', { under: 100 }, installPhase))
    }

    // 4. Cold Packer install, against curl + sha256sum + unzip of the same files.
    if (wanted('cold-packer')) {
      console.log('cold Packer install …')
      const version = DEBIAN_PACKER_VERSION
      const base = `${bed.mirror.url}/packer/${version}`
      const coldPacker = await pair(
        RUNS,
        () => timeColdInstall(bed, false),
        () =>
          timeScript(
            'curl',
            [
              `curl -sf -o packer.zip ${base}/packer_${version}_linux_amd64.zip`,
              `curl -sf -o SHA256SUMS ${base}/packer_${version}_SHA256SUMS`,
              `curl -sf -o SHA256SUMS.sig ${base}/packer_${version}_SHA256SUMS.72D7468F.sig`,
              `echo "$(grep ' packer_${version}_linux_amd64.zip$' SHA256SUMS | cut -d' ' -f1)  packer.zip" | sha256sum -c --quiet`,
              'unzip -q packer.zip -d out'
            ].join(' && ')
          )
      )
      rows.push(
        row(
          'cold Packer install (loopback mirror)',
          { times: 1.2 },
          coldPacker,
          '`curl` + `sha256sum` + `unzip`'
        )
      )
    }

    // 5. Cold Ansible install (Packer cached), against the usual venv + pip install.
    if (wanted('cold-ansible')) {
      console.log('cold Ansible install …')
      const coldAnsible = await pair(
        RUNS,
        () => timeColdInstall(bed, true, job => copyPackerCache(warm, job)),
        () =>
          timeScript(
            'venv',
            `${DEBIAN_PYTHON} -m venv V && V/bin/pip install -q ansible-core==${DEBIAN_ANSIBLE_CORE} && V/bin/ansible-playbook --version`,
            cleanEnv({ ...pip, PIP_FIND_LINKS: wheels })
          )
      )
      rows.push(
        row(
          'cold Ansible install (wheelhouse)',
          { times: 0.5 },
          coldAnsible,
          '`python -m venv` + `pip install`'
        )
      )
    }

    // 6. Both cold at once, against the slower of the two alone, done the action's way. The three
    // alternate, so the machine's load is the same for figure and baseline.
    if (wanted('both')) {
      console.log('both cold …')
      const both: number[] = []
      const slower: number[] = []
      for (let i = 0; i < RUNS; i++) {
        both.push(await timeColdInstall(bed, true))
        slower.push(
          Math.max(
            await timeColdInstall(bed, false),
            await timeColdInstall(bed, true, job => copyPackerCache(warm, job))
          )
        )
      }
      rows.push(
        row(
          'both cold installs together',
          { times: 1.1 },
          { candidate: stats(both), baseline: stats(slower) },
          'slower of the two alone'
        )
      )
    }

    // 8. AWS requests: what the action adds to Packer's own in a one-build, one-region release
    // with cached tools (main and post step), and in a reuse, counted from the endpoints' logs.
    if (wanted('requests')) {
      console.log('AWS requests …')
      const log = () => [...bed.endpoint.requests, ...bed.ssm.requests]
      const during = async (work: () => Promise<unknown>) => {
        const start = log().length
        await work()
        return log()
          .slice(start)
          .map(r => r.action)
      }
      const packer = await during(() => rawPacker('requests-raw'))
      const step = async (ref: string, reused: string) => {
        const r = await bed.main({ ref, inputs: bed.inputs({ template }) })
        if (r.exitCode !== 0 || r.outputs['reused'] !== reused) throw new Error(r.stdout)
        await bed.post({ state: r.state })
      }
      const release = await during(() => step('refs/tags/release-bench-requests', 'false'))
      const reuse = await during(() => step('refs/tags/release-bench-requests', 'true'))
      requestRows.push(
        requestRow('`packer build` alone', packer, undefined),
        requestRow('release, tools cached (main + post)', release, packer, 10),
        requestRow('reuse (main + post)', reuse, [], 3)
      )
    }

    // 7. Start-up to the first log line (a run that is not a release: no network, no AWS).
    if (wanted('startup')) {
      console.log('start-up …')
      const env = cleanEnv({
        GITHUB_REF: 'refs/heads/main',
        RUNNER_TOOL_CACHE: warm.toolCache,
        RUNNER_TEMP: warm.temp,
        GITHUB_OUTPUT: path.join(warm.temp, 'bench-output'),
        'INPUT_AWS-REGION': 'us-east-1',
        INPUT_TEMPLATE: template
      })
      fs.writeFileSync(env['GITHUB_OUTPUT'] as string, '')
      const startup = await pair(
        LIGHT_RUNS,
        () =>
          spawnTimed(
            process.execPath,
            [path.join(root, 'dist/main.js')],
            env,
            warm.workspace,
            true
          ),
        nodeFloor
      )
      rows.push(row('bundle start-up to the first log line', { more: 150 }, startup, '`node -e 0`'))
    }
  } finally {
    await bed.close()
  }
  const requests = [
    '| run | AWS requests | over `packer build` | target | met | calls the action adds |',
    '|---|---|---|---|---|---|',
    ...requestRows
  ].join('\n')
  if (only) {
    console.log(`\n${table(rows)}\n\n${requests}`)
    return
  }

  const sizes = distSizes()
  const out = [
    `# Benchmark results`,
    '',
    `Machine: ${machine}; load average ${loadBefore} before, ${load()} after. Runs: ${RUNS} (${LIGHT_RUNS} for reuse and start-up). Measured with \`npm run bench\`; every baseline in the same run, alternating with the figure.`,
    '',
    table(rows),
    '',
    '## AWS requests',
    '',
    requests,
    '',
    `## dist/ size`,
    '',
    '| file | size | what it holds |',
    '|---|---|---|',
    ...sizes.map(s => `| \`${s.file}\` | ${(s.bytes / 1024).toFixed(0)} KiB | ${s.what} |`),
    ''
  ].join('\n')
  console.log(`\n${out}`)
  fs.writeFileSync(path.join(root, 'bench/results.md'), out)
}

/** The cached install phase in process: the probe of Python and the two tool cache lookups. */
async function measureInstallPhase(bed: ReleaseBed, warm: Job): Promise<Stats> {
  const saved = { ...process.env }
  process.env['RUNNER_TOOL_CACHE'] = warm.toolCache
  process.env['RUNNER_TEMP'] = warm.temp
  process.env['GITHUB_PATH'] = path.join(warm.temp, 'bench-path')
  fs.writeFileSync(process.env['GITHUB_PATH'], '')
  const { checkToolHost, installTools } = await import('../src/install/index.js')
  const { readContext } = await import('../src/context.js')
  const context = readContext()
  const noop = () => undefined
  const inputs = {
    githubToken: '',
    packer: {
      version: DEBIAN_PACKER_VERSION,
      mirror: bed.mirror.url,
      signingKey: bed.key.publicKey,
      amazonPluginVersion: '1.8.2'
    },
    ansible: {
      version: DEBIAN_ANSIBLE_CORE,
      package: 'ansible-core' as const,
      python: DEBIAN_PYTHON,
      requirements: undefined
    }
  }
  const requests = bed.mirror.requests.length
  const samples: number[] = []
  const stdout = process.stdout.write.bind(process.stdout)
  process.stdout.write = () => true // the toolkit's log lines
  try {
    for (let i = 0; i < LIGHT_RUNS; i++)
      samples.push(
        await time(async () =>
          installTools(inputs, await checkToolHost(inputs, context, noop), context, noop)
        )
      )
  } finally {
    process.stdout.write = stdout
    process.env = saved
  }
  if (bed.mirror.requests.length !== requests) throw new Error('a cached install asked the mirror')
  return stats(samples)
}

/** A row of the requests table: the count, and the calls over `baseline` (the same calls taken away once each). */
function requestRow(
  run: string,
  calls: string[],
  baseline: string[] | undefined,
  target?: number
): string {
  const extra = [...calls]
  for (const call of baseline ?? []) {
    const at = extra.indexOf(call)
    if (at >= 0) extra.splice(at, 1)
  }
  const counted = Object.entries(
    extra.reduce<Record<string, number>>((m, a) => ({ ...m, [a]: (m[a] ?? 0) + 1 }), {})
  )
    .map(([a, n]) => `${a} ${n}`)
    .join(', ')
  const over = baseline === undefined ? '—' : String(extra.length)
  const met = target === undefined ? '—' : extra.length <= target ? 'yes' : 'no'
  return `| ${run} | ${calls.length} | ${over} | ${target === undefined ? '—' : `≤ ${target}`} | ${met} | ${baseline === undefined ? '—' : counted || '(none)'} |`
}

function distSizes(): { file: string; bytes: number; what: string }[] {
  const what = (file: string, text: string): string => {
    if (file === 'index.js') return 'the action (main and post steps) and the @actions toolkit'
    if (file === 'main.js' || file === 'post.js') return 'an entry point: calls index.js'
    if (file.endsWith('.txt')) return 'licenses of the bundled packages'
    if (file.endsWith('package.json')) return '`{"type":"module"}`'
    for (const service of ['EC2', 'SSM', 'IAM'])
      if (text.includes(`${service}ServiceException`))
        return `the AWS SDK's ${service} client (every command of the service), loaded on the first ${service} call`
    if (text.includes('SignatureV4'))
      return "the AWS SDK's core (signing, HTTP, retries), loaded with the first client"
    if (text.includes('SymEncryptedIntegrityProtectedDataPacket'))
      return 'openpgp, loaded to verify a Packer download or read a signing key'
    if (text.includes('@octokit/graphql'))
      return '@actions/github (Octokit), loaded for source tags and release notes'
    if (text.includes('AdaptiveRetryStrategy')) return "a client's retry strategy, loaded with it"
    return 'a shared chunk'
  }
  const dir = path.join(root, 'dist')
  const files: string[] = []
  const walk = (d: string) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name)
      if (entry.isDirectory()) walk(full)
      else files.push(path.relative(dir, full))
    }
  }
  walk(dir)
  return files
    .map(file => {
      const text = fs.readFileSync(path.join(dir, file), 'utf8')
      return { file, bytes: Buffer.byteLength(text), what: what(file, text) }
    })
    .sort((a, b) => b.bytes - a.bytes)
}

await main()
