/**
 * Which entries of a Galaxy requirements file name exactly one thing, so that what
 * ansible-galaxy installed for them once is what it would install again. Read as ansible-core
 * reads the file (ansible/cli/galaxy.py `_parse_requirements_file`, RoleRequirement.role_yaml_parse,
 * Requirement.from_requirement_dict): roles as a list or under `roles:`, `collections:`, the
 * `src[,version[,name]]` string form, `name`/`src`/`version`/`type`/`source`/`scm`.
 */

/** What the decision may ask of the disk: ansible-galaxy tells a local source by what is there. */
export interface SourceProbe {
  isFile(path: string): boolean
  isDir(path: string): boolean
  /** How many collections a folder holds: itself, or each of a namespace's (`subdirs`). */
  collections?(path: string): number
}

/**
 * An entry's verdict: pinned by its version, pinned by the content of a local file or folder
 * (whose hash then belongs to the key), a git source at a version-shaped ref (pinned only when
 * the repository has it as a tag, whose commit then belongs to the key: a tag can be moved, and
 * a branch can be named `2.0`), or not pinned (why, for the message).
 */
export type Pin =
  | { kind: 'version' }
  | { kind: 'content'; path: string }
  | { kind: 'git-tag'; repository: string; tag: string }
  | { kind: 'unpinned'; why: string }

export interface RequirementPin {
  /** The entry as the file names it, for messages. */
  entry: string
  pin: Pin
  /** The role's folder or the collection's `ns.name` it installs, where the entry names it. */
  installs?: string | undefined
  /** How many it installs where it names none, when more or fewer than one (a namespace folder). */
  holds?: number | undefined
}

type Entry = Record<string, unknown>

const text = (value: unknown): string =>
  typeof value === 'string'
    ? value.trim()
    : typeof value === 'number' || typeof value === 'boolean'
      ? String(value)
      : ''

/** A git ref that names one commit: a full commit id, or a version tag such as `v1.2.3`. */
export const exactGitRef = (ref: string): boolean =>
  /^([0-9a-f]{40}|[0-9a-f]{64})$/i.test(ref) || /^v?\d+(\.\d+)+([-+][0-9A-Za-z.+-]+)?$/.test(ref)

/** A collection version that is one version (`1.2.3`, `==1.2.3`), not a range or `*`. */
export const exactCollectionVersion = (version: string): boolean =>
  /^(==)?\s*\d+\.\d+\.\d+([-+][0-9A-Za-z.+-]+)?$/.test(version)

/**
 * A role version on Galaxy is the name of a tag that ansible-galaxy downloads from the role's
 * repository: a version (`1.2.3`, `v1.2`). Any other name may be a branch: `master` is taken
 * unchecked, and a role without versions takes any name (GalaxyRole.install).
 */
const exactRoleVersion = exactGitRef

const unpinned = (why: string): Pin => ({ kind: 'unpinned', why })
const NO_VERSION = 'no exact version'

/** `file:///a/b.tar.gz` → `/a/b.tar.gz`; a plain path as it is. */
const localPath = (src: string): string =>
  src.startsWith('file://') ? decodeURIComponent(src.slice('file://'.length)) : src

/** A git source's pin: a commit id is one; a version-shaped ref is what the repository says. */
const gitPin = (repository: string, ref: string): Pin =>
  /^([0-9a-f]{40}|[0-9a-f]{64})$/i.test(ref)
    ? { kind: 'version' }
    : exactGitRef(ref)
      ? { kind: 'git-tag', repository, tag: ref }
      : unpinned('a git ref that is no commit or version tag')

type RoleSpec = Record<'src' | 'version' | 'scm' | 'name', string>

/** A role entry as RoleRequirement.role_yaml_parse reads it; its pin, when it reads none. */
function roleSpec(raw: unknown): RoleSpec | RequirementPin {
  if (typeof raw === 'string') {
    const parts = raw.trim().split(',')
    if (parts.length > 3)
      return { entry: raw, pin: unpinned('not a role line ansible-galaxy reads') }
    const [src = '', version = '', name = ''] = parts
    return { src, version, scm: '', name }
  }
  if (!raw || typeof raw !== 'object')
    return { entry: text(raw), pin: unpinned('not a role entry') }
  const entry = raw as Entry
  if ('include' in entry)
    return { entry: `include: ${text(entry['include'])}`, pin: unpinned('another file included') }
  const src = text(entry['src'])
  const github = src.includes('github.com') && src.includes('http') && !src.includes('+')
  return {
    src,
    version: text(entry['version']),
    scm: github && !src.endsWith('.tar.gz') ? 'git' : text(entry['scm']),
    name: text(entry['role'] ?? entry['name'])
  }
}

/** A role entry, as RoleRequirement.role_yaml_parse and GalaxyRole.install read it. */
function rolePin(raw: unknown, probe: SourceProbe): RequirementPin {
  const spec = roleSpec(raw)
  if ('pin' in spec) return spec
  let { src, scm } = spec
  const { version, name } = spec
  const plus = src.indexOf('+')
  if (plus >= 0) [scm, src] = [src.slice(0, plus), src.slice(plus + 1)]
  src ||= name
  const entry = name && name !== src ? `${name} (${src})` : src
  const installs = name || roleName(src)
  const pinned = (pin: Pin): RequirementPin => ({ entry, pin, installs })
  // git's tags are asked of the repository; another scm's (hg) version is taken as it is.
  if (scm)
    return pinned(
      scm === 'git' || !exactGitRef(version) ? gitPin(src, version) : { kind: 'version' }
    )
  if (probe.isFile(src)) return pinned({ kind: 'content', path: src })
  if (src.startsWith('file://')) return pinned({ kind: 'content', path: localPath(src) })
  if (src.includes('://')) return pinned(unpinned('a URL, whose content may change'))
  if (!src) return { entry: '(a role without name or src)', pin: unpinned('no name') }
  return pinned(exactRoleVersion(version) ? { kind: 'version' } : unpinned(NO_VERSION))
}

/** The folder a role from `src` is installed in (RoleRequirement.repo_url_to_role_name). */
function roleName(src: string): string {
  if (!src.includes('://') && !src.includes('@')) return src
  const tail = src.split('/').pop() ?? ''
  return (
    tail
      .replace(/\.git$/, '')
      .replace(/\.tar\.gz$/, '')
      .split(',')[0] ?? ''
  )
}

/** `ns.name`, as AnsibleCollectionRef.is_valid_collection_name tells it. */
const collectionName = (name: string) =>
  /^[A-Za-z_][A-Za-z0-9_]*\.[A-Za-z_][A-Za-z0-9_]*$/.test(name)

/** The type ansible-galaxy gives a source without one (`_is_concrete_artifact_pointer`). */
function pointerType(src: string, probe: SourceProbe): string | undefined {
  if (src.startsWith('git+') || src.startsWith('git@')) return 'git'
  if (/^https?:/i.test(src)) return 'url'
  if (probe.isFile(src)) return 'file'
  if (probe.isDir(src)) return 'dir'
  return undefined
}

/** A collection entry, as Requirement.from_requirement_dict reads it. */
function collectionPin(raw: unknown, probe: SourceProbe): RequirementPin {
  const entry: Entry =
    raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Entry) : { name: raw }
  const name = text(entry['name'])
  const source = text(entry['source'])
  const version = entry['version'] === undefined ? '*' : text(entry['version'])
  let type = text(entry['type'])
  let src = source
  if (!type) {
    if (collectionName(name)) type = 'galaxy'
    else [type, src] = [pointerType(name, probe) ?? '', name]
  } else if (type !== 'galaxy') src ||= name
  const label = name || src
  switch (type) {
    case 'galaxy':
      return {
        entry: label,
        pin: exactCollectionVersion(version) ? { kind: 'version' } : unpinned(NO_VERSION),
        installs: name
      }
    case 'git': {
      // As parse_scm reads it: `[git+]<url>[#<subdir>][,<ref>]`.
      const comma = src.indexOf(',')
      const url = (comma >= 0 ? src.slice(0, comma) : src).replace(/^git\+/, '')
      const ref = comma >= 0 ? src.slice(comma + 1) : version
      return { entry: label, pin: gitPin(url.replace(/#.*$/, ''), ref) }
    }
    case 'file':
      return { entry: label, pin: { kind: 'content', path: localPath(src) } }
    case 'dir':
    case 'subdirs': {
      const folder = localPath(src)
      return {
        entry: label,
        pin: { kind: 'content', path: folder },
        holds: probe.collections?.(folder)
      }
    }
    case 'url':
      return { entry: label, pin: unpinned('a URL, whose content may change') }
    default:
      return { entry: label || String(raw), pin: unpinned('not an entry ansible-galaxy reads') }
  }
}

/**
 * Every entry of a parsed requirements file with its pin; undefined for a file ansible-galaxy
 * refuses (it then says why itself).
 */
export function requirementPins(parsed: unknown, probe: SourceProbe): Requirements | undefined {
  const list = (value: unknown): unknown[] | undefined =>
    value === undefined || value === null ? [] : Array.isArray(value) ? value : undefined
  if (Array.isArray(parsed))
    return { roles: parsed.map(role => rolePin(role, probe)), collections: [] }
  if (!parsed || typeof parsed !== 'object') return undefined
  const file = parsed as Entry
  if (Object.keys(file).some(key => key !== 'roles' && key !== 'collections')) return undefined
  const roles = list(file['roles'])
  const collections = list(file['collections'])
  if (!roles || !collections) return undefined
  return {
    roles: roles.map(role => rolePin(role, probe)),
    collections: collections.map(collection => collectionPin(collection, probe))
  }
}

/** The roles and the collections of a requirements file, each entry with its pin. */
export interface Requirements {
  roles: RequirementPin[]
  collections: RequirementPin[]
}

export const allPins = (r: Requirements): RequirementPin[] => [...r.roles, ...r.collections]

/**
 * What ansible-galaxy installed beyond the entries: dependencies of a role or collection, whose
 * versions it chose itself (a collection's dependency is a range, a role's often no version),
 * so a fresh install may differ. Only an entry that names no role or collection (a local
 * tarball, git) may account for one it installed (a namespace folder: each it holds); more
 * than those is a dependency.
 */
export function unpinnedDependencies(
  requirements: Requirements,
  installed: { roles: string[]; collections: string[] }
): string | undefined {
  const extra = (pins: RequirementPin[], names: string[]) => {
    const named = new Set(pins.flatMap(p => (p.installs ? [p.installs] : [])))
    const others = names.filter(name => !named.has(name))
    const unnamed = pins.reduce((sum, p) => sum + (p.installs ? 0 : (p.holds ?? 1)), 0)
    return others.length > unnamed ? others : []
  }
  const loose = [
    ...extra(requirements.roles, installed.roles),
    ...extra(requirements.collections, installed.collections)
  ]
  if (loose.length === 0) return undefined
  return `Installed as dependencies, at versions ansible-galaxy chose, so installed on every run: ${loose.join(', ')}. Pin them in the requirements file (an exact version) and the runner's tool cache keeps them for the next run.`
}

/** The entries that keep the requirements from the cache, as one sentence for the log. */
export function describeUnpinned(pins: RequirementPin[]): string | undefined {
  const loose = pins.flatMap(({ entry, pin }) =>
    pin.kind === 'unpinned' ? [`${entry} (${pin.why})`] : []
  )
  if (loose.length === 0) return undefined
  return `Not pinned, so installed on every run: ${loose.join(', ')}. Pin every entry (an exact version, or a local file) and the runner's tool cache keeps them for the next run.`
}
