/**
 * The import graph of src/, checked by `npm run lint`: `depcruise src --config
 * .dependency-cruiser.js` (dependency-cruiser 17, which runs on the Node 20 CI lints with, and on 24).
 * Arrows point down the layers, never up:
 *
 *   entries  src/index.ts, src/main.ts, src/post.ts
 *            Import anything; nothing imports them but index.ts, which re-exports main and post.
 *   modes    src/modes/**
 *            Import steps, edges and pure modules; never another mode.
 *   steps    src/steps/**
 *            Import edges and pure modules; among steps only plan.ts (the shared types) and
 *            phase.ts (the phase timer); never a mode or an entry.
 *   edges    src/{aws,exec,github,net,state}/**, src/install/** but hashicorp-key.ts,
 *            src/packer/{index,run,plugins}.ts, src/inputs/read.ts
 *            Talk to the outside: AWS, GitHub, programs, the network, the disk. Import pure
 *            modules, their own folder, exec/ and net/; src/packer's edges import install/ too;
 *            src/aws/** no other edge folder. Never a step, a mode or an entry.
 *   pure     src/{release,stream,report}/**, src/constants.ts, src/errors.ts, src/context.ts,
 *            src/inputs/{parse,types}.ts, src/install/hashicorp-key.ts (an embedded key),
 *            src/packer/{template,hcl,contract,build-filter,args,leads,machine-readable,
 *            build-output,validate}.ts
 *            No I/O: import only pure modules, no package, and of Node's modules only node:path,
 *            node:crypto and node:os (path names, hashes, os.tmpdir(): nothing read or written).
 *
 * `@actions/core` (the runner's log, outputs and state) is imported only by steps, modes,
 * entries and src/inputs/read.ts. There are no cycles. Type-only imports count: they are arrows
 * in the design even when the compiler erases them.
 *
 * KNOWN lists the arrows of today's tree that break a rule, each with why it is there: each is
 * to move, and its line goes when it has. A rule with known arrows allows exactly those
 * (from → to), not the rest of what their modules import.
 */

const PURE = [
  '^src/(release|stream|report)/',
  '^src/(constants|errors|context)\\.ts$',
  '^src/inputs/(parse|types)\\.ts$',
  '^src/install/hashicorp-key\\.ts$',
  '^src/packer/(template|hcl|contract|build-filter|args|leads|machine-readable|build-output|validate)\\.ts$'
]
const EDGE_FOLDERS = '^src/(aws|exec|github|net|state|install|inputs)/'
const PACKER_EDGES = '^src/packer/(index|run|plugins)\\.ts$'
const EDGES = [EDGE_FOLDERS, PACKER_EDGES]
const STEPS = '^src/steps/'
const MODES = '^src/modes/'
const ENTRIES = '^src/(index|main|post)\\.ts$'
const CORE = '(^|/)node_modules/@actions/core/'

/** The arrows that break a rule today: [rule, from, to, why]. Each is to move. */
const KNOWN = [
  [
    'pure-no-io',
    'src/packer/template.ts',
    'fs',
    'to move: readTemplate, templateFiles and minimalTemplate read the template from disk; the reading belongs in an edge that hands the text to the parser'
  ],
  [
    'pure-no-io',
    'src/packer/contract.ts',
    'fs',
    'to move: checkContract reads the var-files and *.auto.pkrvars files it checks and the JSON it points into; an edge should read them and pass their text'
  ],
  [
    'pure-no-io',
    'src/inputs/parse.ts',
    'fs',
    'to move: parseInputs checks that the template, var-files and folders exist (statSync, readdirSync); that check belongs in read.ts or a step'
  ]
]

/** @type {import('dependency-cruiser').IForbiddenRuleType[]} */
const RULES = [
  {
    name: 'pure-imports-pure',
    comment:
      'A pure module is tested with tables of cases and no world around it; importing an edge, a step or a mode would bring the world in.',
    severity: 'error',
    from: { path: PURE },
    to: { path: '^src/', pathNot: PURE }
  },
  {
    name: 'pure-no-io',
    comment:
      'Pure modules do no I/O: of Node they use only node:path, node:crypto and node:os, for path names, hashes and os.tmpdir(), which read and write nothing.',
    severity: 'error',
    from: { path: PURE },
    to: { dependencyTypes: ['core'], pathNot: '^(node:)?(path|crypto|os)$' }
  },
  {
    name: 'pure-no-packages',
    comment:
      "The action's packages are SDKs and the runner's toolkit, all I/O: a pure module imports none.",
    severity: 'error',
    from: { path: PURE },
    to: { path: '(^|/)node_modules/' }
  },
  {
    name: 'edge-imports',
    comment:
      'An edge talks to one part of the outside: it imports pure modules, its own folder, exec/ and net/; an arrow to another edge folder, a step, a mode or an entry points up or sideways.',
    severity: 'error',
    from: { path: EDGE_FOLDERS, pathNot: PURE },
    to: { path: '^src/', pathNot: [...PURE, '^src/(exec|net)/', '^src/$1/'] }
  },
  {
    name: 'packer-edge-imports',
    comment:
      "Packer's edges run the Packer that install/ installed and its plugins: they import install/ as well as exec/, net/, src/packer and pure modules; never a step, a mode or an entry.",
    severity: 'error',
    from: { path: PACKER_EDGES },
    to: { path: '^src/', pathNot: [...PURE, '^src/(exec|net|install|packer)/'] }
  },
  {
    name: 'aws-imports-no-other-edge',
    comment:
      'src/aws is the one door to AWS and nothing else: it runs no program, downloads nothing and writes no file, so it imports no other edge folder.',
    severity: 'error',
    from: { path: '^src/aws/' },
    to: { path: EDGES, pathNot: '^src/aws/' }
  },
  {
    name: 'step-imports',
    comment:
      'A step is one phase of a run: it imports edges and pure modules, and of the other steps only plan.ts (shared types) and phase.ts (the phase timer), so that modes compose steps and steps do not call each other.',
    severity: 'error',
    from: { path: STEPS },
    to: { path: '^src/', pathNot: [...PURE, ...EDGES, '^src/steps/(plan|phase)\\.ts$'] }
  },
  {
    name: 'mode-imports',
    comment:
      'A mode is one value of the `mode` input: it composes steps, edges and pure modules, and no mode runs another, so that each reads top to bottom on its own.',
    severity: 'error',
    from: { path: MODES },
    to: { path: '^src/', pathNot: [...PURE, ...EDGES, STEPS] }
  },
  {
    name: 'entries-are-not-imported',
    comment:
      "The entries are the runner's: main and post run on import. Only index.ts re-exports them.",
    severity: 'error',
    from: { pathNot: '^src/index\\.ts$' },
    to: { path: ENTRIES }
  },
  {
    name: 'core-where-the-runner-is',
    comment:
      "@actions/core writes the runner's log, outputs and state: only steps, modes, entries and inputs/read.ts (which reads the inputs) talk to the runner; the rest returns what happened.",
    severity: 'error',
    from: { pathNot: [STEPS, MODES, ENTRIES, '^src/inputs/read\\.ts$'] },
    to: { path: CORE }
  },
  {
    name: 'in-a-layer',
    comment:
      'Every module of src/ is in one layer above; a new module is added to the layer it belongs to here, or these rules do not see it.',
    severity: 'error',
    from: { path: '^src/', pathNot: [...PURE, ...EDGES, STEPS, MODES, ENTRIES] },
    to: {}
  },
  {
    name: 'no-cycles',
    comment:
      'A cycle has an arrow that points up, and its modules can only be understood together.',
    severity: 'error',
    from: {},
    to: { circular: true }
  },
  {
    name: 'resolvable',
    comment: 'An import these rules cannot resolve is an arrow they cannot check.',
    severity: 'error',
    from: {},
    to: { couldNotResolve: true }
  }
]

const list = pattern => (pattern === undefined ? [] : [pattern].flat())
const escape = text => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
/** A module of src/, one of Node's or a package, as a pattern of its resolved path. */
const exactly = name =>
  name.startsWith('src/')
    ? `^${escape(name)}$`
    : name.includes('/') || name.startsWith('@')
      ? `(^|/)node_modules/${escape(name)}/`
      : `^(node:)?${escape(name)}$`

/**
 * A rule with its known arrows allowed: the rule without their modules, and for each of those
 * modules the rule again, without their known targets. The name stays, so a report names the
 * rule of the design.
 */
function allowingKnown(rule) {
  const known = KNOWN.filter(([name]) => name === rule.name)
  const froms = [...new Set(known.map(([, from]) => from))]
  if (froms.length === 0) return [rule]
  return [
    {
      ...rule,
      from: { ...rule.from, pathNot: [...list(rule.from.pathNot), ...froms.map(exactly)] }
    },
    ...froms.map(from => ({
      ...rule,
      comment: `${rule.comment} Known in ${from}: ${known
        .filter(k => k[1] === from)
        .map(([, , to, why]) => `${to} (${why})`)
        .join('; ')}`,
      from: { ...rule.from, path: `(?=${exactly(from)})(?:${list(rule.from.path).join('|')})` },
      to: {
        ...rule.to,
        pathNot: [
          ...list(rule.to.pathNot),
          ...known.filter(k => k[1] === from).map(([, , to]) => exactly(to))
        ]
      }
    }))
  ]
}

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: RULES.flatMap(allowingKnown),
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings']
    }
  }
}
