import { buildsOf, leadsOf, regionOf, type Evidence, type LeadKind } from './evidence.js'
import type { Facts, ImageFact, InstanceFact } from './facts.js'
import { recordedCopies, type TagSchema } from './tags.js'

/**
 * The rule that decides what the action may delete: a pure function of the evidence the run
 * recorded (`evidence.ts`) and what AWS describes now. A resource is this run's own only when
 * AWS says it was made after the run started and ties it to what Packer made for the build.
 * Each kind has one row in `PROOFS`: what refuses it (checked in order), and what ties it to
 * the run (the first that holds is the reason). AMIs are proven through the instance they were
 * made from or the AMI they were copied from (`IMAGE_TIES`). Anything not proven is left alone
 * and reported with the reason.
 */
export type ResourceKind =
  | 'instance'
  | 'key pair'
  | 'security group'
  | 'image'
  | 'launch template'
  | 'instance profile'
  | 'role'

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

/** What a proof sees: the evidence, the facts, the build, and the verdicts reached so far. */
interface Scene {
  evidence: Evidence
  facts: Facts
  build: string
  verdicts: readonly Verdict[]
}

interface Proof<R> {
  kind: ResourceKind
  /** The leads that name candidates, and how a lead finds its facts. */
  lead: LeadKind
  find: (value: string, facts: Facts) => R[]
  id: (r: R) => string
  /** Why the resource is not the run's, or undefined. */
  refuse: (r: R, s: Scene) => string | undefined
  /** Why it is the run's, or undefined. */
  tie: (r: R, s: Scene) => string | undefined
  /** Why nothing tied it. */
  untied: (r: R, s: Scene) => string
  /** Candidates no lead names; judged the same, and only those proven the run's are kept. */
  unnamed?: (s: Scene) => R[]
}

/** A row of the table, as the function that judges what the build's leads of its kind name. */
const proof =
  <R>(p: Proof<R>) =>
  (s: Scene): Verdict[] => {
    const judge = (r: R): Verdict => {
      const [refusal, tie] = [p.refuse(r, s), p.tie(r, s)]
      return {
        kind: p.kind,
        id: p.id(r),
        region: (r as { region?: string }).region,
        build: s.build,
        ours: refusal === undefined && tie !== undefined,
        reason: refusal ?? tie ?? p.untied(r, s)
      }
    }
    // What a build's lead names is where the build runs: the same name elsewhere is another's.
    const region = regionOf(s.evidence, s.build)
    const named = leadsOf(s.evidence, p.lead, s.build)
      .flatMap(value => p.find(value, s.facts))
      .filter(r => [undefined, region].includes((r as { region?: string }).region))
    return [...named.map(judge), ...(p.unnamed?.(s) ?? []).map(judge).filter(v => v.ours)]
  }

const leads = (s: Scene, kind: LeadKind) => leadsOf(s.evidence, kind, s.build)
const proven = (s: Scene, kind: ResourceKind, id: string) =>
  s.verdicts.some(v => v.kind === kind && v.ours && v.id === id)
const ownUses = (s: Scene, uses: (i: InstanceFact) => boolean) =>
  s.facts.instances.some(i => proven(s, 'instance', i.id) && uses(i))
const foreignUser = (s: Scene, uses: (i: InstanceFact) => boolean) => {
  const user = s.facts.instances.find(i => uses(i) && !proven(s, 'instance', i.id))
  return user ? `instance ${user.id} uses it` : undefined
}
const createdAfterStart = (time: string | undefined, s: Scene) =>
  after(time, s.evidence.startedAt) ? 'created by this run' : undefined
const createdBefore = (time: string | undefined) =>
  `it was created at ${time ?? '(unknown)'}, before this run started`

/**
 * An instance: launched after the start, from the source AMI Packer announced, with the
 * temporary key pair (created after the start) or in the temporary security group Packer
 * announced; a build that announced neither ties it by the source AMI alone.
 */
const INSTANCE = proof<InstanceFact | { id: string; missing: true }>({
  kind: 'instance',
  lead: 'instance',
  find: (id, facts) => [facts.instances.find(i => i.id === id) ?? { id, missing: true }],
  id: i => i.id,
  refuse: (i, s) => {
    const sources = leads(s, 'source-image')
    const region = regionOf(s.evidence, s.build)
    if ('missing' in i && s.facts.unreadRegions?.includes(region))
      return `EC2 in ${region} did not answer`
    if ('missing' in i) return 'EC2 does not know it'
    if (!after(i.launchTime, s.evidence.startedAt))
      return `it was launched at ${i.launchTime ?? '(unknown)'}, before this run started`
    if (sources.length > 0 && !sources.includes(i.imageId ?? ''))
      return `it was launched from ${i.imageId ?? '(unknown)'}, not from the build's source AMI`
    return undefined
  },
  tie: (i, s) => {
    const [keys, groups] = [leads(s, 'key-pair'), leads(s, 'security-group')]
    if ('missing' in i) return undefined
    const keyNew = s.facts.keyPairs
      .filter(k => k.name === i.keyName && k.region === i.region)
      .every(k => after(k.createTime, s.evidence.startedAt))
    const key = i.keyName !== undefined && keys.includes(i.keyName) && keyNew
    if (key || i.groupNames.some(n => groups.includes(n)))
      return 'launched by this run with its temporary key pair or security group'
    if (keys.length + groups.length === 0 && leads(s, 'source-image').length > 0)
      return "launched by this run from the build's source AMI"
    return undefined
  },
  untied: (_, s) =>
    leads(s, 'key-pair').length + leads(s, 'security-group').length > 0
      ? "it has neither the build's temporary key pair nor its security group"
      : 'the build announced no key pair, security group or source AMI to tie it to',
  // A build killed while Packer's RunInstances was in flight: EC2 launched the instance, and the
  // log never named it. One of the build's region that uses its temporary key pair or group,
  // launched from its source AMI, is proven as a named one is. Only names Packer generates are
  // this run's alone: a `temporary_key_pair_name` is used verbatim, and another run of the
  // template may hold it with its own instance (this run's CreateKeyPair was refused, or its
  // Packer deleted the key pair as it failed, and the other made it again).
  unnamed: s => {
    const [keys, groups] = [leads(s, 'key-pair'), leads(s, 'security-group')]
    if (leads(s, 'instance').length > 0 || leads(s, 'source-image').length === 0) return []
    const generated = (name = '') => PACKER_KEY_PAIR.test(name) && keys.includes(name)
    return s.facts.instances.filter(
      i =>
        i.region === regionOf(s.evidence, s.build) &&
        (generated(i.keyName) || i.groupNames.some(n => groups.includes(n)))
    )
  }
})

/** The other kinds, each proven through the instances proven before it. */
const PROOFS = [
  proof<Facts['keyPairs'][number]>({
    kind: 'key pair',
    lead: 'key-pair',
    find: (name, facts) => facts.keyPairs.filter(k => k.name === name),
    id: k => k.name,
    refuse: (k, s) =>
      foreignUser(s, i => i.keyName === k.name && i.region === k.region) ??
      (after(k.createTime, s.evidence.startedAt) &&
      !ownUses(s, i => i.keyName === k.name && i.region === k.region) &&
      !PACKER_KEY_PAIR.test(k.name)
        ? 'no instance of this run used it, and Packer did not generate its name'
        : undefined),
    tie: (k, s) =>
      createdAfterStart(k.createTime, s) ??
      (k.createTime === undefined && ownUses(s, i => i.keyName === k.name && i.region === k.region)
        ? "the build's own instance uses it"
        : undefined),
    untied: k => createdBefore(k.createTime)
  }),
  proof<Facts['securityGroups'][number]>({
    kind: 'security group',
    lead: 'security-group',
    find: (name, facts) => facts.securityGroups.filter(g => g.name === name),
    id: g => g.id,
    refuse: (g, s) => foreignUser(s, i => i.groupIds.includes(g.id)),
    tie: (g, s) =>
      ownUses(s, i => i.groupIds.includes(g.id)) ? "the build's own instance was in it" : undefined,
    untied: () => 'no instance of this run was in it, so nothing ties it to this run'
  }),
  proof<Facts['launchTemplates'][number]>({
    kind: 'launch template',
    lead: 'launch-template',
    find: (id, facts) => facts.launchTemplates.filter(t => t.id === id),
    id: t => t.id,
    refuse: (t, s) =>
      foreignUser(s, i => i.launchTemplateId === t.id) ??
      (PACKER_SPOT_TEMPLATE.test(t.name)
        ? undefined
        : `Packer did not generate its name ${t.name}`),
    tie: (t, s) => createdAfterStart(t.createTime, s),
    untied: t => createdBefore(t.createTime)
  }),
  proof<Facts['instanceProfiles'][number]>({
    kind: 'instance profile',
    lead: 'instance-profile',
    find: (name, facts) => facts.instanceProfiles.filter(p => p.name === name),
    id: p => p.name,
    refuse: (p, s) => foreignUser(s, i => i.instanceProfile === p.name),
    tie: (p, s) => createdAfterStart(p.createDate, s),
    untied: () => 'it was created before this run started'
  }),
  proof<Facts['roles'][number]>({
    kind: 'role',
    lead: 'role',
    find: (name, facts) => facts.roles.filter(r => r.name === name),
    id: r => r.name,
    refuse: (r, s) => {
      const other = r.instanceProfiles.find(p => !proven(s, 'instance profile', p))
      return other ? `instance profile ${other} uses it` : undefined
    },
    tie: (r, s) => createdAfterStart(r.createDate, s),
    untied: () => 'it was created before this run started'
  })
]

/** Judges every resource the evidence leads to: the instances of every build first. */
export function judgeOwnership(evidence: Evidence, facts: Facts, schema: TagSchema): Verdict[] {
  const verdicts: Verdict[] = []
  for (const proofs of [[INSTANCE], PROOFS])
    for (const build of buildsOf(evidence))
      for (const judge of proofs) verdicts.push(...judge({ evidence, facts, build, verdicts }))
  return [...verdicts, ...judgeImages(evidence, facts, schema, verdicts)]
}

type Proven = Pick<Verdict, 'build' | 'reason'>

/** What proves images: the proven instances (id → build) and images (id → why). */
interface Images {
  evidence: Evidence
  facts: Facts
  instances: ReadonlyMap<string, string>
  own: Map<string, Proven>
}

const announced = (c: Images, kind: LeadKind, build: string, value: string) =>
  leadsOf(c.evidence, kind, build).includes(value)
const buildOf = (c: Images, image: ImageFact) =>
  c.evidence.leads.find(
    l =>
      (l.kind === 'image' && l.value === image.id) ||
      (l.kind === 'image-name' && l.value === image.name)
  )?.build
const noSource = (i: ImageFact) => i.sourceInstanceId === undefined && i.sourceImageId === undefined

/**
 * AMIs are created after the start, by this account, and marked by no other run. Then, in two
 * rounds, each repeated until nothing more is proven: EC2's own record, made from an own
 * instance (`SourceInstanceId`), copied from an own AMI (`SourceImageId`, a copy of a copy with
 * encrypt_boot), or copied from an AMI the build announced that is gone now (a failed or
 * cancelled copy leaves its copies when Packer removes the source), under the announced name in
 * an announced copy region. Then, where EC2 reports no source: the AMI the build announced by
 * ID and name in its region, once its instance is proven, and copies of that name in the
 * regions it copied to.
 */
const IMAGE_TIES: ((image: ImageFact, c: Images) => Proven | undefined)[] = [
  (image, c) => {
    const [instance, source] = [image.sourceInstanceId ?? '', image.sourceImageId ?? '']
    const build = c.instances.get(instance)
    if (build !== undefined) return { build, reason: `made from this run's instance ${instance}` }
    const copied = c.own.get(source)
    if (copied) return { build: copied.build, reason: `copied from this run's ${source}` }
    const announcer = c.evidence.leads.find(
      l => l.kind === 'image' && l.value === image.sourceImageId
    )?.build
    // Gone, not unseen: the region of the AMI the build announced answered.
    if (
      announcer !== undefined &&
      !c.facts.unreadRegions?.includes(regionOf(c.evidence, announcer)) &&
      !c.facts.images.some(i => i.id === image.sourceImageId) &&
      announced(c, 'copy-region', announcer, image.region) &&
      announced(c, 'image-name', announcer, image.name)
    )
      return {
        build: announcer,
        reason: `a copy of ${source}, which the build announced and which is gone, under the name and in a region the build announced`
      }
    return undefined
  },
  (image, c) => {
    const build = buildOf(c, image) ?? ''
    const region = regionOf(c.evidence, build)
    if (!noSource(image) || !announced(c, 'image-name', build, image.name)) return undefined
    if (
      image.region === region &&
      announced(c, 'image', build, image.id) &&
      [...c.instances.values()].includes(build)
    )
      return { build, reason: 'created by this run with the ID and name the build announced' }
    const inRegion = [...c.own].some(
      ([id, p]) => p.build === build && c.facts.images.some(i => i.id === id && i.region === region)
    )
    if (inRegion && announced(c, 'copy-region', build, image.region))
      return { build, reason: 'a copy this run made, under the name the build announced' }
    return undefined
  }
]

function judgeImages(
  evidence: Evidence,
  facts: Facts,
  schema: TagSchema,
  verdicts: Verdict[]
): Verdict[] {
  const ownInstances = verdicts.filter(v => v.kind === 'instance' && v.ours)
  const instances = new Map(ownInstances.map(v => [v.id, v.build]))
  const c: Images = { evidence, facts, instances, own: new Map() }
  const candidates = facts.images.filter(
    i => buildOf(c, i) !== undefined || c.instances.has(i.sourceInstanceId ?? '')
  )
  const eligible = (i: ImageFact) =>
    i.ownedBySelf &&
    after(i.created, evidence.startedAt) &&
    [undefined, evidence.run].includes(i.tags[schema.run])
  for (const tie of IMAGE_TIES)
    for (let changed = true; changed;) {
      changed = false
      for (const image of candidates.filter(i => eligible(i) && !c.own.has(i.id))) {
        const proof = tie(image, c)
        if (proof) c.own.set(image.id, proof)
        changed ||= proof !== undefined
      }
    }
  return candidates.map(image => {
    const proof = c.own.get(image.id)
    const reason =
      proof?.reason ??
      (!image.ownedBySelf
        ? 'another account owns it'
        : !after(image.created, evidence.startedAt)
          ? `it was created at ${image.created || '(unknown)'}, before this run started`
          : !eligible(image)
            ? `another run (${image.tags[schema.run] ?? ''}) built it`
            : noSource(image)
              ? 'EC2 reports no source for it, and the build did not announce it'
              : `it was made from ${image.sourceInstanceId ?? `${image.sourceImageId ?? '?'} in ${image.sourceImageRegion ?? '?'}`}, which is not this run's`)
    const build = proof?.build ?? buildOf(c, image) ?? ''
    const { id, region, snapshotIds } = image
    return { kind: 'image', id, region, build, ours: proof !== undefined, reason, snapshotIds }
  })
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
 * nothing else. An AMI stays when it is released (the version and the builds record on the AMI
 * in the release's region, and the copies it records), or when this run's completion record (on
 * the AMI in the release's region, `recordCalls`) names it: a re-run releases the build from it.
 */
export function planSweep(
  evidence: Evidence,
  verdicts: Verdict[],
  facts: Facts,
  schema: TagSchema
): SweepPlan {
  /** The AMIs this run's completion records name (`filter`: of the records that hold), as `region id`. */
  const named = (filter: (record: ImageFact) => boolean) =>
    new Set(
      facts.images
        .filter(i => i.tags[schema.complete] !== undefined && i.tags[schema.run] === evidence.run)
        .filter(filter)
        .flatMap(i => {
          const copies = recordedCopies(schema, i.tags)
          return copies === undefined ? [] : [{ region: i.region, amiId: i.id }, ...copies]
        })
        .map(c => `${c.region} ${c.amiId}`)
    )
  const recorded = named(() => true)
  // Released is the version with the builds record, which only a release writes, on the AMI
  // that records the set, and the copies it records: a version tag alone may come from the
  // template (`merge()` of a map), on an AMI no release holds.
  const isRelease = (i: ImageFact) =>
    i.tags[schema.version] !== undefined && i.tags[schema.builds] !== undefined
  const released = named(isRelease)
  const plan: SweepPlan = { remove: [], keep: [], foreign: [] }
  // The leads of two builds can name one resource (one `temporary_key_pair_name`): placed once,
  // and foreign when any verdict on it says so (those come first).
  const placed = new Set<string>()
  for (const verdict of [...verdicts].sort((a, b) => Number(a.ours) - Number(b.ours))) {
    const resource = `${verdict.kind} ${verdict.region ?? ''} ${verdict.id}`
    if (placed.has(resource)) continue
    placed.add(resource)
    const image = facts.images.find(
      i => verdict.kind === 'image' && i.id === verdict.id && i.region === verdict.region
    )
    const key = `${verdict.region} ${verdict.id}`
    const keep = !image
      ? undefined
      : released.has(key) || isRelease(image)
        ? 'it is released'
        : recorded.has(key)
          ? 'its build is recorded complete: a re-run of the job releases it'
          : undefined
    if (!verdict.ours) plan.foreign.push(verdict)
    else if (keep !== undefined) plan.keep.push({ verdict, reason: keep })
    else if (
      verdict.kind !== 'instance' ||
      facts.instances.find(i => i.id === verdict.id)?.state !== 'terminated'
    )
      plan.remove.push(verdict)
  }
  return plan
}
