import { leadsOf, regionOf, type Evidence, type LeadKind } from './evidence.js'
import type { Facts, ImageFact, InstanceFact } from './facts.js'
import { recordedCopies, type TagSchema } from './tags.js'

/**
 * The rule that decides what the action may delete: a pure function of the evidence the run
 * recorded (`evidence.ts`) and what AWS describes now. A resource is this run's own only when
 * AWS says it was made after the run started and ties it to what Packer made for the build.
 * Each kind has one row in `PROOFS`: what refuses it (checked in order), and what ties it to
 * the run (the first that holds is the reason). AMIs are proven through the instance they were
 * made from or the AMI they were copied from (`judgeImages`). Anything not proven is left
 * alone and reported with the reason.
 */
export type ResourceKind =
  | 'instance'
  | 'key pair'
  | 'security group'
  | 'image'
  | 'launch template'
  | 'instance profile'
  | 'role'
  | 'claim'

export interface Verdict {
  kind: ResourceKind
  /** ID, or name for key pairs, profiles and roles. */
  id: string
  /** Undefined for IAM, which has no regions. */
  region: string | undefined
  build: string
  ours: boolean
  /** Why it is (or is not) this run's. */
  reason: string
  /** For images: the snapshots that go with it. */
  snapshotIds?: string[]
  /** For security groups: the name, for messages. */
  name?: string
}

/**
 * The names Packer generates: `packer_<uuid>` for a temporary key pair
 * (hashicorp/packer-plugin-amazon@v1.8.2:common/run_config.go:698-703, TimeOrderedUUID from
 * packer-plugin-sdk@v0.6.10:uuid/uuid.go:26-27) and `packer-fleet-launch-template-<7>` for a
 * spot request (common/step_run_spot_instance.go:301-303).
 */
const PACKER_KEY_PAIR = /^packer_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
const PACKER_SPOT_TEMPLATE = /^packer-fleet-launch-template-[0-9A-Za-z]{7}$/

const after = (time: string | undefined, start: string): boolean =>
  time !== undefined && time !== '' && Date.parse(time) >= Date.parse(start)

/** What a proof sees: the evidence, the facts, and the instances already proven (id → build). */
interface Scene {
  evidence: Evidence
  facts: Facts
  own: ReadonlyMap<string, string>
  build: string
}

type Test<R> = (r: R, s: Scene) => string | undefined

interface Proof<R> {
  /** The leads that name candidates, and how a lead finds its facts. */
  lead: LeadKind
  find: (value: string, s: Scene) => R[]
  id: (r: R) => string
  region: (r: R) => string | undefined
  /** Each returns why the resource is not the run's, or undefined. */
  refuse: Test<R>[]
  /** Each returns why it is the run's, or undefined; the first that holds proves it. */
  tie: Test<R>[]
  /** Why nothing tied it. */
  untied: (r: R, s: Scene) => string
}

const foreignUser = (s: Scene, uses: (i: InstanceFact) => boolean) => {
  const user = s.facts.instances.find(i => uses(i) && !s.own.has(i.id))
  return user ? `instance ${user.id} uses it` : undefined
}
const createdAfterStart = (time: string | undefined, s: Scene) =>
  after(time, s.evidence.startedAt) ? 'created by this run' : undefined
const createdBefore = (time: string | undefined) =>
  `it was created at ${time ?? '(unknown)'}, before this run started`

const KEY_PAIR: Proof<Facts['keyPairs'][number]> = {
  lead: 'key-pair',
  find: (name, s) => s.facts.keyPairs.filter(k => k.name === name),
  id: k => k.name,
  region: k => k.region,
  refuse: [
    (k, s) => foreignUser(s, i => i.keyName === k.name && i.region === k.region),
    (k, s) =>
      after(k.createTime, s.evidence.startedAt) &&
      !s.facts.instances.some(i => s.own.has(i.id) && i.keyName === k.name) &&
      !PACKER_KEY_PAIR.test(k.name)
        ? 'no instance of this run used it, and Packer did not generate its name'
        : undefined
  ],
  tie: [
    (k, s) => createdAfterStart(k.createTime, s),
    (k, s) =>
      k.createTime === undefined &&
      s.facts.instances.some(i => s.own.has(i.id) && i.keyName === k.name)
        ? "the build's own instance uses it"
        : undefined
  ],
  untied: k => createdBefore(k.createTime)
}

const SECURITY_GROUP: Proof<Facts['securityGroups'][number]> = {
  lead: 'security-group',
  find: (name, s) => s.facts.securityGroups.filter(g => g.name === name),
  id: g => g.id,
  region: g => g.region,
  refuse: [(g, s) => foreignUser(s, i => i.groupIds.includes(g.id))],
  tie: [
    (g, s) =>
      s.facts.instances.some(i => s.own.has(i.id) && i.groupIds.includes(g.id))
        ? "the build's own instance was in it"
        : undefined
  ],
  untied: () => 'no instance of this run was in it, so nothing ties it to this run'
}

const LAUNCH_TEMPLATE: Proof<Facts['launchTemplates'][number]> = {
  lead: 'launch-template',
  find: (id, s) => s.facts.launchTemplates.filter(t => t.id === id),
  id: t => t.id,
  region: t => t.region,
  refuse: [
    (t, s) => foreignUser(s, i => i.launchTemplateId === t.id),
    t =>
      PACKER_SPOT_TEMPLATE.test(t.name) ? undefined : `Packer did not generate its name ${t.name}`
  ],
  tie: [(t, s) => createdAfterStart(t.createTime, s)],
  untied: t => createdBefore(t.createTime)
}

const INSTANCE_PROFILE: Proof<Facts['instanceProfiles'][number]> = {
  lead: 'instance-profile',
  find: (name, s) => s.facts.instanceProfiles.filter(p => p.name === name),
  id: p => p.name,
  region: () => undefined,
  refuse: [(p, s) => foreignUser(s, i => i.instanceProfile === p.name)],
  tie: [(p, s) => createdAfterStart(p.createDate, s)],
  untied: () => 'it was created before this run started'
}

const ROLE = (ownProfiles: ReadonlySet<string>): Proof<Facts['roles'][number]> => ({
  lead: 'role',
  find: (name, s) => s.facts.roles.filter(r => r.name === name),
  id: r => r.name,
  region: () => undefined,
  refuse: [
    r => {
      const other = r.instanceProfiles.find(p => !ownProfiles.has(p))
      return other ? `instance profile ${other} uses it` : undefined
    }
  ],
  tie: [(r, s) => createdAfterStart(r.createDate, s)],
  untied: () => 'it was created before this run started'
})

/**
 * An instance: launched after the start, from the source AMI Packer announced, with the
 * temporary key pair (created after the start) or in the temporary security group Packer
 * announced; a build that announced neither ties it by the source AMI alone.
 */
const INSTANCE: Proof<InstanceFact | { missing: string }> = {
  lead: 'instance',
  find: (id, s) => [s.facts.instances.find(i => i.id === id) ?? { missing: id }],
  id: i => ('missing' in i ? i.missing : i.id),
  region: i => ('missing' in i ? undefined : i.region),
  refuse: [
    i => ('missing' in i ? 'EC2 does not know it' : undefined),
    (i, s) =>
      'missing' in i || after(i.launchTime, s.evidence.startedAt)
        ? undefined
        : `it was launched at ${i.launchTime ?? '(unknown)'}, before this run started`,
    (i, s) => {
      const sources = leadsOf(s.evidence, 'source-image', s.build)
      if ('missing' in i || sources.length === 0 || sources.includes(i.imageId ?? ''))
        return undefined
      return `it was launched from ${i.imageId ?? '(unknown)'}, not from the build's source AMI`
    }
  ],
  tie: [
    (i, s) => {
      if ('missing' in i) return undefined
      const keyNew = s.facts.keyPairs
        .filter(k => k.name === i.keyName && k.region === i.region)
        .every(k => after(k.createTime, s.evidence.startedAt))
      const key =
        i.keyName !== undefined && leadsOf(s.evidence, 'key-pair', s.build).includes(i.keyName)
      const group = i.groupNames.some(n =>
        leadsOf(s.evidence, 'security-group', s.build).includes(n)
      )
      return (key && keyNew) || group
        ? 'launched by this run with its temporary key pair or security group'
        : undefined
    },
    (_, s) =>
      leadsOf(s.evidence, 'key-pair', s.build).length +
        leadsOf(s.evidence, 'security-group', s.build).length ===
        0 && leadsOf(s.evidence, 'source-image', s.build).length > 0
        ? "launched by this run from the build's source AMI"
        : undefined
  ],
  untied: (_, s) =>
    leadsOf(s.evidence, 'key-pair', s.build).length +
      leadsOf(s.evidence, 'security-group', s.build).length >
    0
      ? "it has neither the build's temporary key pair nor its security group"
      : 'the build announced no key pair, security group or source AMI to tie it to'
}

function judge<R>(proof: Proof<R>, kind: ResourceKind, s: Scene): Verdict[] {
  return leadsOf(s.evidence, proof.lead, s.build).flatMap(value =>
    proof.find(value, s).map(r => {
      const base = { kind, id: proof.id(r), region: proof.region(r), build: s.build }
      const refusal = proof.refuse.map(t => t(r, s)).find(Boolean)
      if (refusal) return { ...base, ours: false, reason: refusal }
      const tie = proof.tie.map(t => t(r, s)).find(Boolean)
      return tie
        ? { ...base, ours: true, reason: tie }
        : { ...base, ours: false, reason: proof.untied(r, s) }
    })
  )
}

/** Judges every resource the evidence leads to. */
export function judgeOwnership(evidence: Evidence, facts: Facts, schema: TagSchema): Verdict[] {
  const builds = [...new Set(evidence.leads.map(l => l.build))]
  const own = new Map<string, string>()
  const verdicts: Verdict[] = []
  for (const build of builds) {
    const instances = judge(INSTANCE, 'instance', { evidence, facts, own: new Map(), build })
    for (const v of instances) if (v.ours) own.set(v.id, build)
    verdicts.push(...instances)
  }
  for (const build of builds) {
    const s = { evidence, facts, own, build }
    verdicts.push(
      ...judge(KEY_PAIR, 'key pair', s),
      ...judge(SECURITY_GROUP, 'security group', s).map(v => ({
        ...v,
        name: facts.securityGroups.find(g => g.id === v.id)?.name ?? ''
      })),
      ...judge(LAUNCH_TEMPLATE, 'launch template', s),
      ...judge(INSTANCE_PROFILE, 'instance profile', s)
    )
    const profiles = new Set(
      verdicts.filter(v => v.kind === 'instance profile' && v.ours).map(v => v.id)
    )
    verdicts.push(...judge(ROLE(profiles), 'role', s))
  }
  return [...verdicts, ...judgeImages(evidence, facts, schema, own)]
}

/**
 * AMIs: created after the start, by this account, marked by no other run, and either made from
 * an own instance (`SourceInstanceId`), copied from an own AMI (`SourceImageId`, a copy of a
 * copy with encrypt_boot), or copied from an AMI the build announced that is gone now (a failed
 * or cancelled copy leaves its copies when Packer removes the source), under the announced
 * name in an announced copy region. Where EC2 reports no source: the AMI the build announced by
 * ID and name in its region, once its instance is proven, then copies of that name in the
 * regions it copied to.
 */
function judgeImages(
  evidence: Evidence,
  facts: Facts,
  schema: TagSchema,
  ownInstances: ReadonlyMap<string, string>
): Verdict[] {
  const proof = new ImageProof(evidence, facts, schema, ownInstances)
  proof.bySource()
  proof.byAnnouncement()
  return proof.verdicts()
}

class ImageProof {
  /** Proven images: why, and the build the proof runs through. */
  private readonly own = new Map<string, { reason: string; build: string }>()
  private readonly candidates: ImageFact[]

  constructor(
    private readonly evidence: Evidence,
    private readonly facts: Facts,
    private readonly schema: TagSchema,
    private readonly ownInstances: ReadonlyMap<string, string>
  ) {
    this.candidates = facts.images.filter(
      i => this.buildOf(i) !== undefined || ownInstances.has(i.sourceInstanceId ?? '')
    )
  }

  private lead = (kind: LeadKind, build: string, value: string) =>
    leadsOf(this.evidence, kind, build).includes(value)
  private buildOf = (image: ImageFact) =>
    this.evidence.leads.find(
      l =>
        (l.kind === 'image' && l.value === image.id) ||
        (l.kind === 'image-name' && l.value === image.name)
    )?.build
  private eligible = (i: ImageFact) =>
    i.ownedBySelf &&
    after(i.created, this.evidence.startedAt) &&
    [undefined, this.evidence.run].includes(i.tags[this.schema.run])
  private noSource = (i: ImageFact) =>
    i.sourceInstanceId === undefined && i.sourceImageId === undefined
  private prove = (image: ImageFact, build: string, reason: string) =>
    this.own.set(image.id, { reason, build })

  /** EC2's own record: made from an own instance, copied from an own AMI or from an announced one that is gone. */
  bySource(): void {
    for (let changed = true; changed;) {
      changed = false
      for (const image of this.candidates.filter(i => this.eligible(i) && !this.own.has(i.id))) {
        const instanceBuild = this.ownInstances.get(image.sourceInstanceId ?? '')
        const source = this.own.get(image.sourceImageId ?? '')
        const announcer = this.evidence.leads.find(
          l => l.kind === 'image' && l.value === image.sourceImageId
        )?.build
        if (instanceBuild !== undefined)
          this.prove(
            image,
            instanceBuild,
            `made from this run's instance ${image.sourceInstanceId ?? ''}`
          )
        else if (source !== undefined)
          this.prove(image, source.build, `copied from this run's ${image.sourceImageId ?? ''}`)
        else if (
          announcer !== undefined &&
          !this.facts.images.some(i => i.id === image.sourceImageId) &&
          this.lead('copy-region', announcer, image.region) &&
          this.lead('image-name', announcer, image.name)
        )
          this.prove(
            image,
            announcer,
            `a copy of ${image.sourceImageId ?? ''}, which the build announced and which is gone, under the name and in a region the build announced`
          )
        else continue
        changed = true
      }
    }
  }

  /** Where EC2 reports no source: the announced ID and name in the build's region, then copies of that name. */
  byAnnouncement(): void {
    const { evidence } = this
    const region = (build: string) => regionOf(evidence, build)
    const builds = new Set(
      [...this.own]
        .filter(([id, p]) =>
          this.facts.images.some(i => i.id === id && i.region === region(p.build))
        )
        .map(([, p]) => p.build)
    )
    for (const image of this.candidates.filter(i => this.eligible(i) && this.noSource(i))) {
      const build = this.buildOf(image) ?? ''
      if (
        image.region === region(build) &&
        this.lead('image', build, image.id) &&
        this.lead('image-name', build, image.name) &&
        [...this.ownInstances.values()].includes(build)
      ) {
        this.prove(image, build, 'created by this run with the ID and name the build announced')
        builds.add(build)
      }
    }
    for (const image of this.candidates.filter(
      i => this.eligible(i) && this.noSource(i) && !this.own.has(i.id)
    )) {
      const build = this.buildOf(image) ?? ''
      if (
        builds.has(build) &&
        this.lead('copy-region', build, image.region) &&
        this.lead('image-name', build, image.name)
      )
        this.prove(image, build, 'a copy this run made, under the name the build announced')
    }
  }

  verdicts(): Verdict[] {
    return this.candidates.map(image => {
      const proven = this.own.get(image.id)
      const build = proven?.build ?? this.buildOf(image) ?? ''
      const base = {
        kind: 'image' as const,
        id: image.id,
        region: image.region,
        build,
        snapshotIds: image.snapshotIds
      }
      if (proven) return { ...base, ours: true, reason: proven.reason }
      const reason = !image.ownedBySelf
        ? 'another account owns it'
        : !after(image.created, this.evidence.startedAt)
          ? `it was created at ${image.created || '(unknown)'}, before this run started`
          : !this.eligible(image)
            ? `another run (${image.tags[this.schema.run] ?? ''}) built it`
            : this.noSource(image)
              ? 'EC2 reports no source for it, and the build did not announce it'
              : `it was made from ${image.sourceInstanceId ?? `${image.sourceImageId ?? '?'} in ${image.sourceImageRegion ?? '?'}`}, which is not this run's`
      return { ...base, ours: false, reason }
    })
  }
}

export interface SweepPlan {
  remove: Verdict[]
  /** This run's, but kept: released AMIs, and those a completion record names for a re-run to finish. */
  keep: { verdict: Verdict; reason: string }[]
  /** Not proven to be this run's: left alone, and named in a warning. */
  foreign: Verdict[]
}

/**
 * What the post step removes: this run's temporary resources and the AMIs no record keeps,
 * nothing else. An AMI stays when it is released, or when this run's completion record (on the
 * AMI in the release's region, `recordCalls`) names it: a re-run releases the build from it.
 */
export function planSweep(
  evidence: Evidence,
  verdicts: Verdict[],
  facts: Facts,
  schema: TagSchema
): SweepPlan {
  const plan: SweepPlan = { remove: [], keep: [], foreign: [] }
  const recorded = new Set(
    facts.images
      .filter(i => i.tags[schema.complete] !== undefined && i.tags[schema.run] === evidence.run)
      .flatMap(i => {
        const copies = recordedCopies(schema, i.tags)
        return copies === undefined
          ? []
          : [`${i.region} ${i.id}`, ...copies.map(c => `${c.region} ${c.amiId}`)]
      })
  )
  for (const verdict of verdicts) {
    if (!verdict.ours) {
      plan.foreign.push(verdict)
      continue
    }
    const image =
      verdict.kind === 'image'
        ? facts.images.find(i => i.id === verdict.id && i.region === verdict.region)
        : undefined
    if (image?.tags[schema.version] !== undefined)
      plan.keep.push({ verdict, reason: 'it is released' })
    else if (image && recorded.has(`${image.region} ${image.id}`))
      plan.keep.push({
        verdict,
        reason: 'its build is recorded complete: a re-run of the job releases it'
      })
    else if (
      verdict.kind !== 'instance' ||
      facts.instances.find(i => i.id === verdict.id)?.state !== 'terminated'
    )
      plan.remove.push(verdict)
  }
  return plan
}
