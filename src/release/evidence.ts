import { REGION } from '../constants.js'

/**
 * What the main step learns while Packer builds, and hands the post step through the step
 * state. Every lead comes from a line of Packer's log, which provisioners can write too, so a
 * lead only says where to look: `release/ownership.ts` decides, from what AWS reports, whether
 * a resource is this run's own.
 *
 * The forms of each kind of lead, as `packer/leads.ts` takes them: by name, the temporary key
 * pair, security group, IAM instance profile and role Packer created (all but the key pair with
 * Packer's names); by ID, the build's instance, the AMI it was launched from, the AMIs Packer
 * created and a spot request's launch template; the template's AMI name (which Packer checks
 * first: `Prevalidating AMI Name`); the regions Packer copies the AMI to.
 */
const SHAPES = {
  'key-pair': /^[\x20-\x7e]{1,255}$/,
  'security-group': /^packer_[0-9a-f-]{1,64}$/,
  instance: /^i-[0-9a-f]{8,17}$/,
  'source-image': /^ami-[0-9a-f]{8,17}$/,
  'image-name': /^[A-Za-z0-9 ()[\]./\-'@_]{3,128}$/,
  image: /^ami-[0-9a-f]{8,17}$/,
  'copy-region': REGION,
  'launch-template': /^lt-[0-9a-f]{8,17}$/,
  'instance-profile': /^packer-[0-9a-f-]{1,64}$/,
  role: /^packer-[0-9a-f-]{1,57}$/
}

export type LeadKind = keyof typeof SHAPES

export interface Lead {
  kind: LeadKind
  value: string
  /** The build whose log line named it. */
  build: string
}

export interface Evidence {
  /** When the main step started, before Packer: nothing made earlier is this run's. */
  startedAt: string
  /** `<repository>#<run id>.<attempt>`: the run mark this run puts on its pending AMIs. */
  run: string
  /** Where each build runs: the template's region, else `aws-region`. */
  region: string
  buildRegions: Record<string, string>
  leads: Lead[]
  /** Packer ended the build with success: it removed its temporary resources itself. */
  settled?: boolean | undefined
}

/**
 * What Packer announces once per build, in its order, before the provisioners run (every kind
 * but the AMIs and their copy regions; hashicorp/packer-plugin-amazon@v1.8.2:
 * builder/ebs/builder.go:303-395 and hashicorp/packer@v1.6.6:builder/amazon/ebs/builder.go:226-301:
 * pre-validate, source AMI, key pair, security group, IAM profile and role, then the instance,
 * or a spot request's launch template and its instance). A build's first lead of a kind is
 * Packer's only while nothing Packer announces later was said: a kind Packer did not announce
 * (the template brings its own key pair) can only be named afterwards by a provisioner. A second
 * lead of a kind is a provisioner's text too.
 */
const ANNOUNCED_IN_ORDER: readonly LeadKind[] = [
  'image-name',
  'source-image',
  'key-pair',
  'security-group',
  'instance-profile',
  'role',
  'launch-template',
  'instance'
]

/** Why a lead is not taken (known already, or not where Packer announces it); undefined when it is new. */
function refusal(leads: readonly Lead[], lead: Lead): string | undefined {
  const build = leads.filter(l => l.build === lead.build)
  if (build.some(l => l.kind === lead.kind && l.value === lead.value)) return 'known'
  const at = ANNOUNCED_IN_ORDER.indexOf(lead.kind)
  if (at < 0) return undefined
  const said = build.find(l => ANNOUNCED_IN_ORDER.indexOf(l.kind) >= at)
  if (said === undefined) return undefined
  return said.kind === lead.kind
    ? `build '${lead.build}' announced its ${lead.kind} (${said.value}) already; a later one is not Packer's`
    : `build '${lead.build}' announced its ${said.kind} (${said.value}) already, which Packer does after any ${lead.kind} of its own; a later one is not Packer's`
}

/** Adds a lead unless it is known or refused (`ANNOUNCED_IN_ORDER`); returns whether it was added. */
export function addLead(evidence: Evidence, lead: Lead): boolean {
  if (refusal(evidence.leads, lead) !== undefined) return false
  evidence.leads.push(lead)
  return true
}

export function leadsOf(evidence: Evidence, kind: LeadKind, build?: string): string[] {
  const named = evidence.leads.filter(l => l.kind === kind && [undefined, l.build].includes(build))
  return [...new Set(named.map(l => l.value))]
}

export function buildsOf(evidence: Evidence): string[] {
  return [...new Set(evidence.leads.map(l => l.build))]
}

export function regionOf(evidence: Evidence, build: string): string {
  // Own keys only: a build named `constructor` must not find Object's.
  return Object.hasOwn(evidence.buildRegions, build)
    ? (evidence.buildRegions[build] ?? evidence.region)
    : evidence.region
}

// --- State is input: the post step reads it back through this check only. -------------------

/** A run mark is a tag value. */
const RUN_MAX = 256
/**
 * The post step runs in the job of the main step, and a job runs for at most 5 days (self-hosted
 * runners; 6 hours on GitHub's): an older start would make older resources look like this run's.
 */
const JOB_MAX_MS = 6 * 24 * 60 * 60 * 1000

/** Whether a value has the form EC2 (or IAM) gives that kind of resource. */
export function isLeadShaped(kind: LeadKind, value: string): boolean {
  return SHAPES[kind].test(value)
}

/**
 * Reads evidence saved in the step state, keeping only well-formed leads: the state is the
 * action's own, but anything that could write it (a runner that still honours `save-state` on
 * stdout) must not make the post step act on what it names. Returns undefined and the reason
 * when the whole record is unusable.
 */
export function parseEvidence(
  saved: string,
  now: number = Date.now()
): { evidence?: Evidence; problems: string[] } {
  let record: Partial<Record<keyof Evidence, unknown>> | null
  try {
    record = JSON.parse(saved) as typeof record
  } catch {
    return { problems: ['the saved record is not JSON'] }
  }
  const text = (value: unknown) => (typeof value === 'string' ? value : '')
  const [startedAt, run, region] = [
    text(record?.startedAt),
    text(record?.run),
    text(record?.region)
  ]
  const started = Date.parse(startedAt)
  if (Number.isNaN(started) || started > now + 60_000)
    return { problems: [`the saved start time '${startedAt}' is not a time in the past`] }
  if (started < now - JOB_MAX_MS)
    return {
      problems: [`the saved start time '${startedAt}' is before this job could have started`]
    }
  if (!REGION.test(region)) return { problems: [`the saved region '${region}' is not a region`] }
  const problems: string[] = []
  const runTaken = run !== '' && run.length <= RUN_MAX
  if (!runTaken)
    problems.push(
      `the saved run mark is not 1 to ${RUN_MAX} characters; no image is taken for this run's by its mark`
    )
  const buildRegions: Record<string, string> = {}
  const savedRegions = typeof record?.buildRegions === 'object' ? record.buildRegions : null
  for (const [build, r] of Object.entries(savedRegions ?? {}) as [string, unknown][]) {
    if (typeof r === 'string' && REGION.test(r)) buildRegions[build] = r
    else problems.push(`the region of build '${build}' is not a region`)
  }
  if (record?.leads !== undefined && !Array.isArray(record.leads))
    problems.push('the saved leads are not a list')
  const leads: Lead[] = []
  for (const item of Array.isArray(record?.leads) ? (record.leads as unknown[]) : []) {
    const { kind, value, build } = (item ?? {}) as Partial<Lead>
    if (
      typeof kind !== 'string' ||
      !Object.hasOwn(SHAPES, kind) ||
      typeof value !== 'string' ||
      typeof build !== 'string' ||
      !isLeadShaped(kind, value)
    ) {
      problems.push(`a saved lead is not well-formed: ${JSON.stringify(item)}`)
      continue
    }
    const refused = refusal(leads, { kind, value, build })
    if (refused === undefined) leads.push({ kind, value, build })
    else if (refused !== 'known') problems.push(`a saved lead is not taken: ${refused}`)
  }
  const evidence = { startedAt: new Date(started).toISOString(), run: runTaken ? run : '', region }
  return {
    evidence: { ...evidence, buildRegions, leads, settled: record?.settled === true },
    problems
  }
}
