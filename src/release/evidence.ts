/**
 * What the main step learns while Packer builds, and hands the post step through the step
 * state. Every lead comes from a line of Packer's log, which provisioners can write too, so a
 * lead only says where to look: `release/ownership.ts` decides, from what AWS reports, whether
 * a resource is this run's own.
 */
export type LeadKind =
  /** A temporary key pair Packer created (its name). */
  | 'key-pair'
  /** A temporary security group Packer created (its name). */
  | 'security-group'
  /** The build's instance (its ID). */
  | 'instance'
  /** The AMI the instance was launched from (its ID). */
  | 'source-image'
  /** The template's AMI name, which Packer checks first (`Prevalidating AMI Name`). */
  | 'image-name'
  /** An AMI Packer created (its ID). */
  | 'image'
  /** A region Packer copies the AMI to. */
  | 'copy-region'
  /** The launch template of a spot request (its ID). */
  | 'launch-template'
  /** A temporary IAM instance profile (its name). */
  | 'instance-profile'
  /** A temporary IAM role (its name). */
  | 'role'

export const LEAD_KINDS: readonly LeadKind[] = [
  'key-pair',
  'security-group',
  'instance',
  'source-image',
  'image-name',
  'image',
  'copy-region',
  'launch-template',
  'instance-profile',
  'role'
]

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
 * What Packer announces once per build, before any provisioner runs: the first such lead of a
 * build is Packer's, and a later one can only be a provisioner's text, so it is not taken.
 * (hashicorp/packer-plugin-amazon@v1.8.2:builder/ebs/builder.go:303-395, the steps in order:
 * pre-validate, source AMI, key pair, security group, IAM profile, spot launch template,
 * instance; then provisioning, then the AMI and its copies.)
 */
const ONCE_PER_BUILD: readonly LeadKind[] = [
  'image-name',
  'source-image',
  'key-pair',
  'security-group',
  'instance-profile',
  'role',
  'launch-template',
  'instance'
]

/** Why a lead is not taken (known already, or a second one of a kind announced once); undefined when it is new. */
function refusal(leads: readonly Lead[], lead: Lead): string | undefined {
  const same = leads.filter(l => l.kind === lead.kind && l.build === lead.build)
  if (same.some(l => l.value === lead.value)) return 'known'
  if (ONCE_PER_BUILD.includes(lead.kind) && same.length > 0)
    return `build '${lead.build}' announced its ${lead.kind} (${same[0]?.value ?? ''}) already; a later one is not Packer's`
  return undefined
}

/** Adds a lead unless it is known or refused (`ONCE_PER_BUILD`); returns whether it was added. */
export function addLead(evidence: Evidence, lead: Lead): boolean {
  if (refusal(evidence.leads, lead) !== undefined) return false
  evidence.leads.push(lead)
  return true
}

export function leadsOf(evidence: Evidence, kind: LeadKind, build?: string): string[] {
  return [
    ...new Set(
      evidence.leads
        .filter(l => l.kind === kind && (build === undefined || l.build === build))
        .map(l => l.value)
    )
  ]
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

/** The forms of `packer/leads.ts`: temporary groups, profiles and roles have Packer's names. */
const SHAPES: Record<LeadKind, RegExp> = {
  'key-pair': /^[\x20-\x7e]{1,255}$/,
  'security-group': /^packer_[0-9a-f-]{1,64}$/,
  instance: /^i-[0-9a-f]{8,17}$/,
  'source-image': /^ami-[0-9a-f]{8,17}$/,
  'image-name': /^[A-Za-z0-9 ()[\]./\-'@_]{3,128}$/,
  image: /^ami-[0-9a-f]{8,17}$/,
  'copy-region': /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/,
  'launch-template': /^lt-[0-9a-f]{8,17}$/,
  'instance-profile': /^packer-[0-9a-f-]{1,64}$/,
  role: /^packer-[0-9a-f-]{1,57}$/
}
const REGION = SHAPES['copy-region']
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
  const problems: string[] = []
  let raw: unknown
  try {
    raw = JSON.parse(saved)
  } catch {
    return { problems: ['the saved record is not JSON'] }
  }
  const record = raw as Partial<Record<keyof Evidence, unknown>> | null
  const startedAt = typeof record?.startedAt === 'string' ? record.startedAt : ''
  const started = Date.parse(startedAt)
  if (Number.isNaN(started) || started > now + 60_000)
    return { problems: [`the saved start time '${startedAt}' is not a time in the past`] }
  if (started < now - JOB_MAX_MS)
    return {
      problems: [`the saved start time '${startedAt}' is before this job could have started`]
    }
  let run = typeof record?.run === 'string' ? record.run : ''
  if (run === '' || run.length > RUN_MAX) {
    problems.push(
      `the saved run mark is not 1 to ${RUN_MAX} characters; no image is taken for this run's by its mark`
    )
    run = ''
  }
  const region = typeof record?.region === 'string' ? record.region : ''
  if (!REGION.test(region)) return { problems: [`the saved region '${region}' is not a region`] }
  const buildRegions: Record<string, string> = {}
  if (typeof record?.buildRegions === 'object' && record.buildRegions !== null) {
    for (const [build, r] of Object.entries(record.buildRegions as Record<string, unknown>)) {
      if (typeof r === 'string' && REGION.test(r)) buildRegions[build] = r
      else problems.push(`the region of build '${build}' is not a region`)
    }
  }
  const leads: Lead[] = []
  if (record?.leads !== undefined && !Array.isArray(record.leads))
    problems.push('the saved leads are not a list')
  for (const item of Array.isArray(record?.leads) ? (record.leads as unknown[]) : []) {
    const lead = item as Partial<Lead> | null
    if (
      typeof lead?.kind === 'string' &&
      (LEAD_KINDS as readonly string[]).includes(lead.kind) &&
      typeof lead.value === 'string' &&
      typeof lead.build === 'string' &&
      isLeadShaped(lead.kind, lead.value)
    ) {
      const taken = { kind: lead.kind, value: lead.value, build: lead.build }
      const refused = refusal(leads, taken)
      if (refused === undefined) leads.push(taken)
      else if (refused !== 'known') problems.push(`a saved lead is not taken: ${refused}`)
    } else problems.push(`a saved lead is not well-formed: ${JSON.stringify(item)}`)
  }
  return {
    evidence: {
      startedAt: new Date(started).toISOString(),
      run,
      region,
      buildRegions,
      leads,
      settled: record?.settled === true
    },
    problems
  }
}
