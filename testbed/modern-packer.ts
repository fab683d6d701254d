/**
 * A stand-in for Packer 1.16.0, because Packer newer than 1.6.6 cannot run on these machines
 * (Debian 12 ships 1.6.6, and HashiCorp's releases are out of reach). It is a small node
 * program, zipped as `packer_1.16.0_linux_amd64.zip` and served from the loopback mirror, that
 * does for the commands the action calls what hashicorp/packer v1.16.0 does, read from its
 * source (cited below as `packer@v1.16.0:<path>:<line>`; v1.15.4 has the same lines but for
 * the bundled post-processors), and records every call in a log, with the TMPDIR it ran with:
 *
 * - `version`: prints `Packer v1.16.0` (command/version.go:41) and would ask HashiCorp's
 *   checkpoint service unless CHECKPOINT_DISABLE is set to anything (main.go:175,
 *   checkpoint.go:67-69; hashicorp/go-checkpoint@784cec078f5b:check.go:101-103, as
 *   @1545e56e46de:checkpoint.go:203-206 for 1.15.4). The log says
 *   whether it was set; nothing is asked of anyone.
 * - `plugins install <source> [<version>]`: 1 or 2 positional arguments (command/plugins_install.go:104-108);
 *   a bare `1.8.2` or `v1.8.2` is the constraint `= 1.8.2` (hashicorp/go-version@v1.9.0:constraint.go:22-26,196-197);
 *   the highest release that matches is installed as
 *   `<PACKER_PLUGIN_PATH>/github.com/hashicorp/amazon/packer-plugin-amazon_v<X.Y.Z>_x5.0_linux_amd64`
 *   with `…_SHA256SUM` beside it, the lower-case hex sha256 and no newline
 *   (packer/plugin-getter/plugins.go:699-704,931; release/getter.go:196-205; checksum.go:53-55;
 *   API x5.0: hashicorp/packer-plugin-sdk@v0.6.10:plugin/server.go:57), then
 *   `Installed plugin <source> v<X.Y.Z> in "<path>"` in bold cyan unless PACKER_NO_COLOR is set
 *   (plugins_install.go:209-216; packer/ui.go:54-56,89-106). When that file is there with a
 *   matching checksum, it prints nothing and exits 0 (plugins.go:783-795). Before installing, the
 *   binary is written to `<TMPDIR>/<its file name>`, run for `describe` and removed
 *   (plugins.go:878-903). PACKER_PLUGIN_PATH is one folder (packer/plugin_folders.go:19-28).
 * - `plugins install --path <binary> <source>`: InstallFromBinary (plugins_install.go:222-378):
 *   `<binary> describe`, its `version` and `api_version` name the copy written to
 *   `<dir>/<source>/packer-plugin-<name>_v<version>_<api>_<os>_<arch>` with the hex sha256
 *   beside it, then `Successfully installed plugin <source> from <path> to <file>`. A version
 *   argument with --path is not refused in 1.16.0 (nor 1.15.4): the check reads `pa.Path`, a
 *   field no flag of this command sets (plugins_install.go:114), so the version is ignored.
 * - `init <template>`: one argument (command/init.go:50-55), a file or a folder whose `*.pkr.hcl`
 *   and `*.pkr.json` are read (hcl2template/parser.go:78-79,103; utils.go:77-97); legacy JSON is
 *   refused (packer/core.go:198-206); no required_plugins prints the notice of init.go:72-78; a
 *   requirement some installed plugin already meets is skipped silently (init.go:123-135);
 *   others are installed as above and reported (init.go:166-168). "Downloads" come from a
 *   catalogue of releases below, never from the network.
 * - `validate` and `build`: plugins are found as Packer finds them: the required_plugins first,
 *   the highest installed version that meets each constraint (hcl2template/plugin.go:84-109),
 *   then every other plugin, its highest version (packer/plugin.go:80-119); a component already
 *   registered is kept (plugin.go:166-168). A candidate is walked to with `filepath.WalkDir`,
 *   which follows a linked file but not a linked folder nor a linked root (plugins.go:151-212),
 *   must not sit in the root itself (:174-177), must have a `_SHA256SUM` that matches (:237-256),
 *   a canonical version in its name (:284-287) and a `describe` that agrees with it (:268-319).
 *   An HCL2 source type that no plugin provides fails validation with `Error: Unknown source
 *   type amazon-ebs` (hcl2template/plugin.go:147-165), a legacy JSON builder with `Failed to
 *   initialize build` / `The builder … is unknown by Packer` (packer/core.go:409,458-471); a
 *   required plugin that is not installed with `Missing plugins` (hcl2template/plugin.go:111-123).
 *   Success prints `The configuration is valid.` (command/validate.go:105).
 * - `build -machine-readable`: a few `ui,say` lines and, per build, an amazon artifact in the
 *   layout of command/build.go:398-446 (builder-id `mitchellh.amazonebs`,
 *   packer-plugin-amazon@v1.8.2:builder/ebs/builder.go:32). It creates nothing anywhere.
 *
 * The plugin binaries it installs are shell scripts that answer `describe` with the SDK's JSON
 * (hashicorp/packer-plugin-sdk@v0.6.10:plugin/set.go:27,52-60), so their checksums are real.
 */
import { execFileSync } from 'node:child_process'
import * as fs from 'node:fs'
import * as path from 'node:path'
import {
  publishPacker,
  publishRelease,
  type Mirror,
  type PublishedRelease,
  type SigningKey
} from './mirror.js'

export const MODERN_PACKER_VERSION = '1.16.0'

/** The plugin releases the stand-in can "download", per source. */
export const PLUGIN_RELEASES: Record<string, string[]> = {
  'github.com/hashicorp/amazon': ['1.7.0', '1.8.0', '1.8.1', '1.8.2'],
  'github.com/hashicorp/ansible': ['1.1.6'],
  'github.com/example/comment': ['0.2.0']
}

/** What each plugin's `describe` lists (hashicorp/packer-plugin-amazon@v1.8.2:main.go:25-33; the ansible plugin's default provisioner and `local`). */
const COMPONENTS: Record<
  string,
  { builders: string[]; provisioners: string[]; postProcessors: string[]; datasources: string[] }
> = {
  amazon: {
    builders: ['chroot', 'ebs', 'ebssurrogate', 'ebsvolume', 'instance'],
    provisioners: [],
    postProcessors: ['import'],
    datasources: ['ami', 'parameterstore', 'secretsmanager']
  },
  ansible: {
    builders: [],
    provisioners: ['-packer-default-plugin-name-', 'local'],
    postProcessors: [],
    datasources: []
  },
  comment: {
    builders: [],
    provisioners: ['-packer-default-plugin-name-'],
    postProcessors: [],
    datasources: []
  }
}

/**
 * A plugin stand-in: a shell script that answers `describe` with the SDK's JSON
 * (hashicorp/packer-plugin-sdk@v0.6.10:plugin/set.go:27,52-60), so checksums are real.
 * `marker` is a file it creates when asked anything else.
 */
export function standInPlugin(name: string, version: string, marker?: string): string {
  const c = COMPONENTS[name] ?? {
    builders: [],
    provisioners: [],
    postProcessors: [],
    datasources: []
  }
  const describe = JSON.stringify({
    version,
    sdk_version: '0.6.10',
    api_version: 'x5.0',
    builders: c.builders,
    post_processors: c.postProcessors,
    provisioners: c.provisioners,
    datasources: c.datasources,
    protocol_version: 'v2'
  })
  return `#!/bin/sh\n# packer-plugin-${name} v${version}: a stand-in that only answers describe\nif [ "$1" = describe ]; then echo '${describe}'; exit 0; fi\n${marker ? `touch '${marker}'\n` : ''}echo "stand-in plugin: $1 is not implemented" >&2\nexit 1\n`
}

/** The stand-in's catalogue: source → version → the plugin program. */
const catalogue = () =>
  Object.fromEntries(
    Object.entries(PLUGIN_RELEASES).map(([source, versions]) => [
      source,
      Object.fromEntries(versions.map(v => [v, standInPlugin(source.split('/').at(-1) ?? '', v)]))
    ])
  )

/** One call of the stand-in, as it logged it. */
export interface PackerCall {
  args: string[]
  cwd: string
  checkpointDisable: string | null
  pluginPath: string | null
  tmpdir: string | null
  exitCode: number
  /** Plugin files `plugins install` or `init` wrote (paths). */
  installed: string[]
  /** For validate and build: plugin name → the version and file loaded, and what it links to. */
  loaded: Record<string, { version: string; path: string; realPath: string }>
}

export interface ModernPacker {
  zip: string
  log: string
  /** Every call so far, in order. */
  calls(): PackerCall[]
}

/**
 * The stand-in program. It runs on its own (serialised with `toString()`), so it uses nothing
 * from outside but its arguments and node's built-in modules.
 */
function packerStandIn(
  nodeRequire: NodeJS.Require,
  logFile: string,
  packerVersion: string,
  releases: Record<string, Record<string, string>>
): void {
  const fs = nodeRequire('node:fs') as typeof import('node:fs')
  const path = nodeRequire('node:path') as typeof import('node:path')
  const crypto = nodeRequire('node:crypto') as typeof import('node:crypto')
  const childProcess = nodeRequire('node:child_process') as typeof import('node:child_process')
  const os = nodeRequire('node:os') as typeof import('node:os')

  const OS_ARCH = '_linux_amd64'
  const API = 'x5.0'
  const DEFAULT_NAME = '-packer-default-plugin-name-'
  /** What each plugin's `describe` lists (hashicorp/packer-plugin-amazon@v1.8.2:main.go:25-33; the ansible plugin's default provisioner and `local`). */
  const COMPONENTS: Record<
    string,
    { builders: string[]; provisioners: string[]; postProcessors: string[]; datasources: string[] }
  > = {
    amazon: {
      builders: ['chroot', 'ebs', 'ebssurrogate', 'ebsvolume', 'instance'],
      provisioners: [],
      postProcessors: ['import'],
      datasources: ['ami', 'parameterstore', 'secretsmanager']
    },
    ansible: {
      builders: [],
      provisioners: [DEFAULT_NAME, 'local'],
      postProcessors: [],
      datasources: []
    },
    comment: { builders: [], provisioners: [DEFAULT_NAME], postProcessors: [], datasources: [] }
  }
  /**
   * Bundled with Packer 1.16.0: only these (packer@v1.16.0:command/execute.go:44-69; 1.15.4
   * bundled the same but for the `provenance` post-processor).
   */
  const BUNDLED = {
    builders: ['file', 'null'],
    provisioners: [
      'breakpoint',
      'file',
      'hcp-sbom',
      'powershell',
      'shell',
      'shell-local',
      'sleep',
      'windows-restart',
      'windows-shell'
    ],
    postProcessors: ['artifice', 'checksum', 'compress', 'manifest', 'provenance', 'shell-local']
  }

  const call = {
    args: process.argv.slice(2),
    cwd: process.cwd(),
    checkpointDisable: process.env['CHECKPOINT_DISABLE'] ?? null,
    pluginPath: process.env['PACKER_PLUGIN_PATH'] ?? null,
    tmpdir: process.env['TMPDIR'] ?? null,
    exitCode: 0,
    installed: [] as string[],
    loaded: {} as Record<string, { version: string; path: string; realPath: string }>
  }
  const exit = (code: number): never => {
    call.exitCode = code
    fs.appendFileSync(logFile, `${JSON.stringify(call)}\n`)
    process.exit(code)
  }
  const say = (text: string) => process.stdout.write(`${text}\n`)
  const error = (text: string) => process.stderr.write(`${text}\n`)

  // --- versions and constraints (hashicorp/go-version) ----------------------------------
  const parts = (v: string) => v.replace(/^v/, '').split('.').map(Number)
  const compare = (a: string, b: string) => {
    const [x, y] = [parts(a), parts(b)]
    for (let i = 0; i < Math.max(x.length, y.length); i++) {
      const d = (x[i] ?? 0) - (y[i] ?? 0)
      if (d !== 0) return d
    }
    return 0
  }
  const satisfies = (version: string, constraint: string) =>
    constraint.trim() === '' ||
    constraint.split(',').every(c => {
      const m = /^\s*(<=|>=|!=|~>|<|>|=|)\s*v?(\d+(?:\.\d+)*)\s*$/.exec(c)
      if (!m) throw new Error(`Malformed constraint: ${c}`)
      const [, op = '', want = ''] = m
      const d = compare(version, want)
      if (op === '~>') {
        const w = parts(want)
        const prefix = w.slice(0, Math.max(1, w.length - 1))
        return d >= 0 && prefix.every((p, i) => parts(version)[i] === p)
      }
      return (
        {
          '': d === 0,
          '=': d === 0,
          '!=': d !== 0,
          '>': d > 0,
          '<': d < 0,
          '>=': d >= 0,
          '<=': d <= 0
        }[op] ?? false
      )
    })

  // --- plugin folder ------------------------------------------------------------------
  const pluginDirectory = () => {
    const dir = process.env['PACKER_PLUGIN_PATH']
    if (!dir) {
      error('The stand-in needs PACKER_PLUGIN_PATH: it never writes into ~/.config/packer/plugins')
      return exit(1)
    }
    if (dir.includes(path.delimiter)) {
      error('Multiple paths are no longer supported for PACKER_PLUGIN_PATH.')
      return exit(1)
    }
    return dir
  }
  const sha256 = (file: string) =>
    crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex')
  const pluginName = (source: string) =>
    (source.split('/').at(-1) ?? '').replace(/^packer-plugin-/, '')

  /** filepath.WalkDir from `root`: linked folders (and a linked root) are not descended. */
  const walkFiles = (root: string): string[] => {
    const found: string[] = []
    let rootStat: import('node:fs').Stats
    try {
      rootStat = fs.lstatSync(root)
    } catch {
      return found
    }
    if (!rootStat.isDirectory()) return found
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name)
        if (entry.isDirectory()) walk(full)
        else found.push(full)
      }
    }
    walk(root)
    return found
  }

  interface Installation {
    name: string
    version: string
    path: string
  }
  /** Requirement.ListInstallations (plugins.go:151-347), sorted by version. */
  const listInstallations = (pluginDir: string, source: string | undefined, constraint = '') => {
    const root = source ? path.join(pluginDir, path.dirname(source)) : pluginDir
    const prefix = source ? `packer-plugin-${pluginName(source)}_` : 'packer-plugin-'
    const list: Installation[] = []
    for (const file of walkFiles(root)) {
      const base = path.basename(file)
      if (path.dirname(file) === pluginDir) continue
      if (!base.startsWith(prefix) || !base.endsWith(OS_ARCH)) continue
      try {
        if (fs.readFileSync(`${file}_SHA256SUM`, 'utf8').trim() !== sha256(file)) continue
      } catch {
        continue
      }
      const m = /^packer-plugin-([^_]+)_(v[^_]+)_(x\d+\.\d+)$/.exec(base.slice(0, -OS_ARCH.length))
      if (!m) continue
      const [, name = '', version = '', api = ''] = m
      if (!/^v\d+\.\d+\.\d+$/.test(version)) continue
      let described: { version?: string; api_version?: string }
      try {
        described = JSON.parse(
          childProcess.execFileSync(file, ['describe'], { encoding: 'utf8' })
        ) as typeof described
      } catch {
        continue
      }
      if (described.version !== version.slice(1) || described.api_version !== api) continue
      if (!satisfies(version, constraint)) continue
      list.push({ name, version: version.slice(1), path: file })
    }
    return list.sort((a, b) => compare(a.version, b.version))
  }

  /** Requirement.InstallLatest (plugins.go:690-800): the highest matching release, unless there. */
  const installLatest = (
    pluginDir: string,
    source: string,
    constraint: string
  ): string | undefined => {
    const programs = releases[source] ?? {}
    const available = Object.keys(programs)
      .filter(v => satisfies(v, constraint))
      .sort(compare)
    const version = available.at(-1)
    if (version === undefined) {
      error(`Failed getting the "${source}" plugin:`)
      error(`no release of ${source} matches ${constraint || 'any version'}`)
      return exit(1)
    }
    const name = pluginName(source)
    const file = path.join(
      pluginDir,
      ...source.split('/'),
      `packer-plugin-${name}_v${version}_${API}${OS_ARCH}`
    )
    try {
      if (fs.readFileSync(`${file}_SHA256SUM`, 'utf8') === sha256(file)) return undefined
    } catch {
      // not installed
    }
    // Extracted to a fixed name in the temp folder, described, removed (plugins.go:878-903).
    const temp = path.join(os.tmpdir(), path.basename(file))
    fs.writeFileSync(temp, programs[version] ?? '', { mode: 0o755 })
    try {
      childProcess.execFileSync(temp, ['describe'], { encoding: 'utf8' })
    } finally {
      fs.rmSync(temp, { force: true })
    }
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, programs[version] ?? '', { mode: 0o755 })
    fs.writeFileSync(`${file}_SHA256SUM`, sha256(file), { mode: 0o644 })
    call.installed.push(file)
    const line = `Installed plugin ${source} v${version} in "${file}"`
    say(process.env['PACKER_NO_COLOR'] ? line : `\x1b[1;36m${line}\x1b[0m`)
    return file
  }

  /** PluginsInstallCommand.InstallFromBinary (plugins_install.go:222-378); diagnostics on stdout. */
  const installFromBinary = (binaryPath: string, source: string): number => {
    const diag = (summary: string, detail: string) => {
      say(`Error: ${summary}\n\n${detail}\n`)
      return 1
    }
    const binary = path.resolve(binaryPath)
    let stat: import('node:fs').Stats
    try {
      stat = fs.statSync(binary)
    } catch (e) {
      return diag(
        'Unable to find plugin to promote',
        `The plugin "${source}" failed to be opened because of an error: ${(e as Error).message}`
      )
    }
    if (stat.isDirectory())
      return diag(
        'Plugin to promote cannot be a directory',
        'The packer plugin promote command can only install binaries, not directories'
      )
    let desc: { version?: string; api_version?: string }
    try {
      desc = JSON.parse(
        childProcess.execFileSync(binary, ['describe'], { encoding: 'utf8' })
      ) as typeof desc
    } catch (e) {
      return diag(
        'Failed to describe the plugin',
        `Packer failed to run ${binary} describe: ${(e as Error).message}`
      )
    }
    const version = /^v?(\d+\.\d+\.\d+)(-dev)?$/.exec(desc.version ?? '')
    if (!version)
      return diag(
        'Invalid version',
        `Plugin's reported version ("${desc.version ?? ''}") is not semver-compatible`
      )
    const contents = fs.readFileSync(binary)
    const dir = path.join(pluginDirectory(), ...source.split('/'))
    fs.mkdirSync(dir, { recursive: true })
    const name = `packer-plugin-${pluginName(source)}_v${version[1] ?? ''}${version[2] ?? ''}_${desc.api_version ?? ''}${OS_ARCH}`
    const file = path.join(dir, name)
    fs.writeFileSync(file, contents, { mode: 0o755 })
    fs.writeFileSync(
      `${file}_SHA256SUM`,
      crypto.createHash('sha256').update(contents).digest('hex'),
      { mode: 0o644 }
    )
    call.installed.push(file)
    say(`Successfully installed plugin ${source} from ${binary} to ${file}`)
    return 0
  }

  // --- templates ----------------------------------------------------------------------
  interface Template {
    legacy: boolean
    files: string[]
    /** [type, file, line of the build that uses it] */
    sources: [string, string, number][]
    provisioners: string[]
    required: { accessor: string; source: string; version: string }[]
    /** Build names with their source type, for `build`. */
    builds: { name: string; type: string; region: string }[]
  }
  const lineOf = (text: string, index: number) => text.slice(0, index).split('\n').length
  /** The block that opens at `open` (a `{`), strings skipped. */
  const blockEnd = (text: string, open: number) => {
    let depth = 0
    for (let i = open; i < text.length; i++) {
      const ch = text[i]
      if (ch === '"') {
        for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++
      } else if (ch === '{') depth++
      else if (ch === '}' && --depth === 0) return i
    }
    return text.length
  }
  const readTemplate = (target: string): Template => {
    const t: Template = {
      legacy: false,
      files: [],
      sources: [],
      provisioners: [],
      required: [],
      builds: []
    }
    const isDir = fs.statSync(target).isDirectory()
    if (!isDir && !/\.pkr\.(hcl|json)$/.test(target)) {
      // Legacy JSON (command/cli.go:34-53).
      const json = JSON.parse(fs.readFileSync(target, 'utf8')) as {
        builders?: { type: string; name?: string; region?: string }[]
        provisioners?: { type: string }[]
      }
      t.legacy = true
      t.files = [target]
      for (const b of json.builders ?? []) {
        t.sources.push([b.type, target, 1])
        t.builds.push({ name: b.name ?? b.type, type: b.type, region: b.region ?? 'us-east-1' })
      }
      t.provisioners = (json.provisioners ?? []).map(p => p.type)
      return t
    }
    t.files = isDir
      ? fs
          .readdirSync(target)
          .filter(f => /\.pkr\.(hcl|json)$/.test(f))
          .sort()
          .map(f => path.join(target, f))
      : [target]
    for (const file of t.files) {
      const text = fs.readFileSync(file, 'utf8')
      if (file.endsWith('.json')) {
        const json = JSON.parse(text) as {
          source?: Record<string, Record<string, unknown>>
          packer?: { required_plugins?: Record<string, { source: string; version?: string }> }
        }
        for (const type of Object.keys(json.source ?? {})) t.sources.push([type, file, 1])
        for (const [accessor, r] of Object.entries(json.packer?.required_plugins ?? {}))
          t.required.push({ accessor, source: r.source, version: r.version ?? '' })
        continue
      }
      const declared = new Map<string, string>()
      for (const m of text.matchAll(/^\s*source\s+"([^"]+)"\s+"([^"]+)"\s*\{/gm)) {
        const region = /region\s*=\s*"([^"]+)"/.exec(
          text.slice(m.index, blockEnd(text, m.index + m[0].length - 1))
        )?.[1]
        declared.set(`source.${m[1]}.${m[2]}`, region ?? 'us-east-1')
      }
      for (const m of text.matchAll(/^\s*build\s*\{/gm)) {
        const body = text.slice(m.index, blockEnd(text, m.index + m[0].length - 1))
        const buildName = /^\s*name\s*=\s*"([^"]+)"/m.exec(body)?.[1]
        for (const ref of body.matchAll(/source\.([\w-]+)\.([\w-]+)/g)) {
          const type = ref[1] ?? ''
          t.sources.push([type, file, lineOf(text, m.index + m[0].indexOf('build'))])
          t.builds.push({
            name: `${buildName ? `${buildName}.` : ''}${type}.${ref[2] ?? ''}`,
            type,
            region: declared.get(ref[0]) ?? 'us-east-1'
          })
        }
        for (const p of body.matchAll(/provisioner\s+"([^"]+)"/g)) t.provisioners.push(p[1] ?? '')
      }
      for (const m of text.matchAll(/required_plugins\s*\{/g)) {
        const body = text.slice(m.index + m[0].length, blockEnd(text, m.index + m[0].length - 1))
        for (const r of body.matchAll(/([\w-]+)\s*=\s*\{([^}]*)\}/g)) {
          const source = /source\s*=\s*"([^"]+)"/.exec(r[2] ?? '')?.[1]
          if (source)
            t.required.push({
              accessor: r[1] ?? '',
              source,
              version: /version\s*=\s*"([^"]+)"/.exec(r[2] ?? '')?.[1] ?? ''
            })
        }
      }
    }
    return t
  }

  /** What the template may use, plugins found as Packer finds them; diagnostics otherwise. */
  const loadPlugins = (t: Template, pluginDir: string) => {
    const builders = new Set(BUNDLED.builders)
    const provisioners = new Set(BUNDLED.provisioners)
    const register = (accessor: string, install: Installation) => {
      const c = COMPONENTS[install.name]
      if (!c) return
      const key = (n: string) => (n === DEFAULT_NAME ? accessor : `${accessor}-${n}`)
      const fresh = c.builders.map(key).filter(k => !builders.has(k))
      const freshProvisioners = c.provisioners.map(key).filter(k => !provisioners.has(k))
      fresh.forEach(k => builders.add(k))
      freshProvisioners.forEach(k => provisioners.add(k))
      if ((fresh.length > 0 || freshProvisioners.length > 0) && !call.loaded[accessor])
        call.loaded[accessor] = {
          version: install.version,
          path: install.path,
          realPath: fs.realpathSync(install.path)
        }
    }
    const missing: string[] = []
    for (const r of t.required) {
      const found = listInstallations(pluginDir, r.source, r.version)
      const best = found.at(-1)
      if (best) register(r.accessor, best)
      else missing.push(`* ${r.source} ${r.version}`)
    }
    const byName = new Map<string, Installation>()
    for (const install of listInstallations(pluginDir, undefined)) byName.set(install.name, install)
    for (const [name, install] of byName) register(name, install)

    const diagnostics: string[] = []
    if (missing.length > 0)
      diagnostics.push(
        `Error: Missing plugins\n\nThe following plugins are required, but not installed:\n\n${missing.join('\n')}\n\nDid you run packer init for this project ?\n`
      )
    for (const [type, file, line] of t.sources) {
      if (builders.has(type)) continue
      const family = type.split('-')[0] ?? type
      diagnostics.push(
        t.legacy
          ? `Error: Failed to initialize build "${type}"\n\nThe builder ${type} is unknown by Packer, and is likely part of a plugin that is not installed.\nYou may find the needed plugin along with installation instructions documented on the Packer integrations page.\n\nhttps://developer.hashicorp.com/packer/integrations?filter=${family}\n`
          : `Error: Unknown source type ${type}\n\n  on ${file} line ${line}:\n  (source code not available)\n\nThe source ${type} is unknown by Packer, and is likely part of a plugin that is not installed.\nYou may find the needed plugin along with installation instructions documented on the Packer integrations page.\n\nhttps://developer.hashicorp.com/packer/integrations?filter=${family}\n`
      )
    }
    for (const type of t.provisioners)
      if (!provisioners.has(type)) diagnostics.push(`Error: Unknown provisioner type ${type}\n`)
    return diagnostics
  }

  // --- commands -------------------------------------------------------------------------
  const [command, ...rest] = call.args
  const positional = rest.filter(a => !a.startsWith('-') || a === '-')
  try {
    switch (command) {
      case 'version':
        say(`Packer v${packerVersion}`)
        return exit(0)
      case 'plugins': {
        const [sub, ...args] = positional
        if (sub !== 'install') {
          error(`The stand-in does not implement 'packer plugins ${sub ?? ''}'`)
          return exit(1)
        }
        const at = rest.findIndex(a => a === '--path' || a === '-path')
        const binary = at >= 0 ? rest[at + 1] : undefined
        const operands = positional.slice(1).filter(a => a !== binary)
        if (operands.length < 1 || operands.length > 2) {
          error(
            `Invalid arguments, expected either 1 or 2 positional arguments, got ${operands.length}`
          )
          return exit(1)
        }
        if (binary !== undefined) return exit(installFromBinary(binary, operands[0] ?? ''))
        installLatest(pluginDirectory(), args[0] ?? '', args[1] ?? '')
        return exit(0)
      }
      case 'init': {
        if (positional.length !== 1) {
          error('Usage: packer init [options] TEMPLATE')
          return exit(1)
        }
        const t = readTemplate(positional[0] ?? '')
        if (t.legacy) {
          error('Error: Packer plugins currently only works with HCL2 configuration templates')
          return exit(1)
        }
        if (t.required.length === 0)
          say(
            '\nNo plugins requirement found, make sure you reference a Packer config\ncontaining a packer.required_plugins block. See\nhttps://www.packer.io/docs/templates/hcl_templates/blocks/packer\nfor more info.'
          )
        const dir = pluginDirectory()
        for (const r of t.required) {
          if (listInstallations(dir, r.source, r.version).length > 0) continue
          installLatest(dir, r.source, r.version)
        }
        return exit(0)
      }
      case 'validate':
      case 'build': {
        const target = positional.at(-1)
        if (target === undefined) {
          error(`Usage: packer ${command} [options] TEMPLATE`)
          return exit(1)
        }
        const t = readTemplate(target)
        const diagnostics = loadPlugins(t, pluginDirectory())
        if (diagnostics.length > 0) {
          error(diagnostics.join('\n'))
          return exit(1)
        }
        if (command === 'validate') {
          say('The configuration is valid.')
          return exit(0)
        }
        const now = Math.floor(Date.now() / 1000)
        const machine = (target: string, type: string, ...data: string[]) =>
          say(
            [
              now,
              target,
              type,
              ...data.map(d => d.replaceAll(',', '%!(PACKER_COMMA)').replaceAll('\n', '\\n'))
            ].join(',')
          )
        t.builds.forEach((b, i) => {
          const ami = `ami-0${(i + 1).toString(16).padStart(16, '0')}`
          machine('', 'ui', 'say', `==> ${b.name}: Prevalidating any provided VPC information`)
          machine(
            '',
            'ui',
            'say',
            `==> ${b.name}: Creating AMI from a stand-in: nothing is created`
          )
          machine('', 'ui', 'say', `Build '${b.name}' finished after 1 millisecond.`)
          machine('', 'ui', 'say', '\n==> Builds finished. The artifacts of successful builds are:')
          machine(b.name, 'artifact-count', '1')
          machine(b.name, 'artifact', '0', 'builder-id', 'mitchellh.amazonebs')
          machine(b.name, 'artifact', '0', 'id', `${b.region}:${ami}`)
          machine(b.name, 'artifact', '0', 'string', `AMIs were created:\n${b.region}: ${ami}\n`)
          machine(b.name, 'artifact', '0', 'files-count', '0')
          machine(b.name, 'artifact', '0', 'end')
        })
        return exit(0)
      }
      default:
        error(`The stand-in does not implement 'packer ${command ?? ''}'`)
        return exit(1)
    }
  } catch (e) {
    error(`stand-in: ${(e as Error).stack ?? String(e)}`)
    return exit(1)
  }
}

/** Writes the stand-in as `<dir>/packer` and zips it as HashiCorp ships Packer. */
export function buildModernPacker(dir: string): ModernPacker {
  fs.mkdirSync(dir, { recursive: true })
  const log = path.join(dir, 'packer-calls.jsonl')
  fs.writeFileSync(log, '')
  const program = path.join(dir, 'packer')
  fs.writeFileSync(
    program,
    [
      `#!${process.execPath}`,
      '// Packer 1.16.0 stand-in: see testbed/modern-packer.ts',
      // The function's source as the TypeScript loader emitted it, which may name functions
      // with esbuild's `__name` helper.
      'const __name = target => target;',
      `(${packerStandIn.toString()})(require, ${JSON.stringify(log)}, ${JSON.stringify(MODERN_PACKER_VERSION)}, ${JSON.stringify(catalogue())})`,
      ''
    ].join('\n'),
    { mode: 0o755 }
  )
  const zip = path.join(dir, `packer_${MODERN_PACKER_VERSION}_linux_amd64.zip`)
  fs.rmSync(zip, { force: true })
  execFileSync('zip', ['-q', '-j', zip, program])
  return {
    zip,
    log,
    calls: () =>
      fs
        .readFileSync(log, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map(line => JSON.parse(line) as PackerCall)
  }
}

/** The stand-in, signed by `key`, on `mirror` as Packer 1.16.0. */
export async function publishModernPacker(
  mirror: Mirror,
  key: SigningKey,
  dir: string
): Promise<ModernPacker & { release: PublishedRelease }> {
  const packer = buildModernPacker(dir)
  const release = await publishPacker(mirror, MODERN_PACKER_VERSION, packer.zip, key)
  return { ...packer, release }
}

/**
 * An official plugin release on `mirror` as releases.hashicorp.com lays it out
 * (releases.hashicorp.com/packer-plugin-amazon; per version, as releases.hashicorp.com/packer-plugin-docker/1.1.2):
 * `packer-plugin-<name>_<v>_linux_amd64.zip` holding `packer-plugin-<name>_v<v>_x5.0_linux_amd64`
 * and `LICENSE.txt` (hashicorp/packer-plugin-amazon@v1.8.2:.github/workflows/build.yml:144-178),
 * its SHA256SUMS, their signature, `_manifest.json` with the protocol version
 * (hashicorp/packer@v1.16.0:packer/plugin-getter/release/getter.go:99-102,167-193) and index.json.
 * `program` replaces the stand-in plugin, e.g. with one that is not what the name says.
 */
export async function publishPlugin(
  mirror: Mirror,
  key: SigningKey,
  dir: string,
  name: string,
  version: string,
  program = standInPlugin(name, version)
): Promise<PublishedRelease> {
  const product = `packer-plugin-${name}`
  const folder = fs.mkdtempSync(path.join(dir, `${product}-`))
  const binary = path.join(folder, `${product}_v${version}_x5.0_linux_amd64`)
  fs.writeFileSync(binary, program, { mode: 0o755 })
  fs.writeFileSync(path.join(folder, 'LICENSE.txt'), 'Mozilla Public License Version 2.0\n')
  const zip = path.join(folder, `${product}_${version}_linux_amd64.zip`)
  execFileSync('zip', ['-q', '-j', zip, binary, path.join(folder, 'LICENSE.txt')])
  const manifest = { version: 1, metadata: { protocol_version: '5.0' } }
  return publishRelease(mirror, product, version, zip, key, {
    [`${product}_${version}_manifest.json`]: Buffer.from(JSON.stringify(manifest))
  })
}
