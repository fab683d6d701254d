import { leadsOf, regionOf, type Evidence } from './evidence.js'
import type { TagSchema } from './tags.js'

/**
 * The rule that decides what the action may delete: a pure function of the evidence the run
 * recorded (`evidence.ts`) and what AWS describes now. A resource is this run's own only when
 * AWS says it was made after the run started and ties it to what Packer made for the build:
 *
 * - instance: launched after the start, from the source AMI Packer announced, with the
 *   temporary key pair or in the temporary security group Packer announced (a build that had
 *   neither is tied by the start time and the announced source AMI alone);
 * - key pair: created after the start, with the announced name, used by no instance but the
 *   build's own;
 * - security group: the announced name, used by the build's own instance and by nothing else;
 * - AMI: created after the start, and made from the build's own instance (`SourceInstanceId`)
 *   or copied from the build's own AMI (`SourceImageId`); where EC2 reports neither, the name
 *   Packer announced, in a region Packer built or copied to;
 * - spot launch template, IAM instance profile and role: created after the start with the
 *   announced ID or name, used by nothing but the build's own.
 *
 * An image's build is the one its proof runs through (the instance it was made from, the AMI
 * it was copied from), so the post step keeps the AMIs of every build that finished.
 *
 * Every resource that fails is left alone and reported with the reason.
 */

export interface InstanceFact {
  id: string
  region: string
  launchTime: string | undefined
  imageId: string | undefined
  keyName: string | undefined
  groupIds: string[]
  groupNames: string[]
  state: string | undefined
  /** The instance profile's name (from its ARN). */
  instanceProfile: string | undefined
  /** The launch template it was launched from (EC2's `aws:ec2launchtemplate:id` tag), if known. */
  launchTemplateId?: string | undefined
}

export interface KeyPairFact {
  name: string
  region: string
  createTime: string | undefined
}

export interface SecurityGroupFact {
  id: string
  name: string
  region: string
}

export interface ImageFact {
  id: string
  region: string
  name: string | undefined
  creationDate: string | undefined
  state: string | undefined
  ownedBySelf: boolean
  sourceInstanceId: string | undefined
  sourceImageId: string | undefined
  sourceImageRegion: string | undefined
  tags: Record<string, string>
  snapshotIds: string[]
}

export interface LaunchTemplateFact {
  id: string
  name: string
  region: string
  createTime: string | undefined
}

export interface InstanceProfileFact {
  name: string
  arn?: string | undefined
  createDate: string | undefined
  roles: string[]
}

export interface RoleFact {
  name: string
  createDate: string | undefined
  instanceProfiles: string[]
}

/** What AWS describes for the leads of a run, and for anything that uses the same resources. */
export interface Facts {
  instances: InstanceFact[]
  keyPairs: KeyPairFact[]
  securityGroups: SecurityGroupFact[]
  images: ImageFact[]
  launchTemplates: LaunchTemplateFact[]
  instanceProfiles: InstanceProfileFact[]
  roles: RoleFact[]
}

export const NO_FACTS: Facts = {
  instances: [],
  keyPairs: [],
  securityGroups: [],
  images: [],
  launchTemplates: [],
  instanceProfiles: [],
  roles: []
}

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
  /** For security groups: the name, for messages. */
  name?: string
}

/**
 * The names Packer generates: `packer_<uuid>` for a temporary key pair
 * (hashicorp/packer-plugin-amazon@v1.8.2:common/run_config.go:698-703, TimeOrderedUUID from
 * packer-plugin-sdk@v0.6.10:uuid/uuid.go:26-27) and `packer-fleet-launch-template-<7>` for a
 * spot request (common/step_run_spot_instance.go:301-303). A key pair of another name
 * (`temporary_key_pair_name`) counts only when this run's instance used it.
 */
const PACKER_KEY_PAIR = /^packer_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
const PACKER_SPOT_TEMPLATE = /^packer-fleet-launch-template-[0-9A-Za-z]{7}$/

const after = (time: string | undefined, start: string): boolean =>
  time !== undefined && Date.parse(time) >= Date.parse(start)

interface BuildVerdicts {
  instances: Verdict[]
  ownInstances: InstanceFact[]
}

function judgeInstances(evidence: Evidence, facts: Facts, build: string): BuildVerdicts {
  const keyNames = leadsOf(evidence, 'key-pair', build)
  const groupNames = leadsOf(evidence, 'security-group', build)
  const sources = leadsOf(evidence, 'source-image', build)
  const verdicts: Verdict[] = []
  const own: InstanceFact[] = []
  for (const id of leadsOf(evidence, 'instance', build)) {
    const instance = facts.instances.find(i => i.id === id)
    const verdict = (ours: boolean, reason: string) => {
      verdicts.push({ kind: 'instance', id, region: instance?.region, build, ours, reason })
      if (ours && instance) own.push(instance)
    }
    if (!instance) {
      verdict(false, 'EC2 does not know it')
      continue
    }
    if (!after(instance.launchTime, evidence.startedAt)) {
      verdict(
        false,
        `it was launched at ${instance.launchTime ?? '(unknown)'}, before this run started`
      )
      continue
    }
    if (sources.length > 0 && !sources.includes(instance.imageId ?? '')) {
      verdict(
        false,
        `it was launched from ${instance.imageId ?? '(unknown)'}, not from the build's source AMI`
      )
      continue
    }
    const key = instance.keyName !== undefined && keyNames.includes(instance.keyName)
    const keyIsNew = facts.keyPairs
      .filter(k => k.name === instance.keyName && k.region === instance.region)
      .every(k => after(k.createTime, evidence.startedAt))
    const group = instance.groupNames.some(name => groupNames.includes(name))
    if ((key && keyIsNew) || group)
      verdict(true, 'launched by this run with its temporary key pair or security group')
    else if (keyNames.length > 0 || groupNames.length > 0)
      verdict(false, "it has neither the build's temporary key pair nor its security group")
    else if (sources.length > 0) verdict(true, "launched by this run from the build's source AMI")
    else
      verdict(false, 'the build announced no key pair, security group or source AMI to tie it to')
  }
  return { instances: verdicts, ownInstances: own }
}

/** Judges every resource the evidence leads to. */
export function judgeOwnership(evidence: Evidence, facts: Facts, schema: TagSchema): Verdict[] {
  const verdicts: Verdict[] = []
  const builds = [...new Set(evidence.leads.map(l => l.build))]
  const buildOfOwnInstance = new Map<string, string>()
  const perBuild = new Map<string, InstanceFact[]>()
  for (const build of builds) {
    const { instances, ownInstances } = judgeInstances(evidence, facts, build)
    verdicts.push(...instances)
    perBuild.set(build, ownInstances)
    for (const i of ownInstances) buildOfOwnInstance.set(i.id, build)
  }
  const foreignUser = (uses: (i: InstanceFact) => boolean) =>
    facts.instances.find(i => uses(i) && !buildOfOwnInstance.has(i.id))

  for (const build of builds) {
    const own = perBuild.get(build) ?? []
    for (const name of leadsOf(evidence, 'key-pair', build)) {
      for (const key of facts.keyPairs.filter(k => k.name === name)) {
        const base = { kind: 'key pair' as const, id: name, region: key.region, build }
        const user = foreignUser(i => i.keyName === name && i.region === key.region)
        const usedByOwn = own.some(i => i.keyName === name)
        if (user) verdicts.push({ ...base, ours: false, reason: `instance ${user.id} uses it` })
        else if (
          after(key.createTime, evidence.startedAt) &&
          !usedByOwn &&
          !PACKER_KEY_PAIR.test(name)
        )
          verdicts.push({
            ...base,
            ours: false,
            reason: 'no instance of this run used it, and Packer did not generate its name'
          })
        else if (after(key.createTime, evidence.startedAt))
          verdicts.push({ ...base, ours: true, reason: 'created by this run' })
        else if (key.createTime === undefined && usedByOwn)
          verdicts.push({ ...base, ours: true, reason: "the build's own instance uses it" })
        else
          verdicts.push({
            ...base,
            ours: false,
            reason: `it was created at ${key.createTime ?? '(unknown)'}, before this run started`
          })
      }
    }
    for (const name of leadsOf(evidence, 'security-group', build)) {
      for (const group of facts.securityGroups.filter(g => g.name === name)) {
        const base = {
          kind: 'security group' as const,
          id: group.id,
          name,
          region: group.region,
          build
        }
        const user = foreignUser(i => i.groupIds.includes(group.id))
        if (user) verdicts.push({ ...base, ours: false, reason: `instance ${user.id} uses it` })
        else if (own.some(i => i.groupIds.includes(group.id)))
          verdicts.push({ ...base, ours: true, reason: "the build's own instance was in it" })
        else
          verdicts.push({
            ...base,
            ours: false,
            reason: 'no instance of this run was in it, so nothing ties it to this run'
          })
      }
    }
    for (const id of leadsOf(evidence, 'launch-template', build)) {
      const template = facts.launchTemplates.find(t => t.id === id)
      if (!template) continue
      const base = { kind: 'launch template' as const, id, region: template.region, build }
      const user = foreignUser(i => i.launchTemplateId === id)
      if (user) verdicts.push({ ...base, ours: false, reason: `instance ${user.id} uses it` })
      else if (!PACKER_SPOT_TEMPLATE.test(template.name))
        verdicts.push({
          ...base,
          ours: false,
          reason: `Packer did not generate its name ${template.name}`
        })
      else if (after(template.createTime, evidence.startedAt))
        verdicts.push({ ...base, ours: true, reason: 'created by this run' })
      else
        verdicts.push({
          ...base,
          ours: false,
          reason: `it was created at ${template.createTime ?? '(unknown)'}, before this run started`
        })
    }
    for (const name of leadsOf(evidence, 'instance-profile', build)) {
      const profile = facts.instanceProfiles.find(p => p.name === name)
      if (!profile) continue
      const base = { kind: 'instance profile' as const, id: name, region: undefined, build }
      const user = foreignUser(i => i.instanceProfile === name)
      if (user) verdicts.push({ ...base, ours: false, reason: `instance ${user.id} uses it` })
      else if (after(profile.createDate, evidence.startedAt))
        verdicts.push({ ...base, ours: true, reason: 'created by this run' })
      else verdicts.push({ ...base, ours: false, reason: 'it was created before this run started' })
    }
    const ownProfiles = new Set(
      verdicts.filter(v => v.kind === 'instance profile' && v.ours).map(v => v.id)
    )
    for (const name of leadsOf(evidence, 'role', build)) {
      const role = facts.roles.find(r => r.name === name)
      if (!role) continue
      const base = { kind: 'role' as const, id: name, region: undefined, build }
      const other = role.instanceProfiles.find(p => !ownProfiles.has(p))
      if (other)
        verdicts.push({ ...base, ours: false, reason: `instance profile ${other} uses it` })
      else if (after(role.createDate, evidence.startedAt))
        verdicts.push({ ...base, ours: true, reason: 'created by this run' })
      else verdicts.push({ ...base, ours: false, reason: 'it was created before this run started' })
    }
  }

  const ownBuilds = new Set([...perBuild].filter(([, own]) => own.length > 0).map(([b]) => b))
  verdicts.push(...judgeImages(evidence, facts, schema, buildOfOwnInstance, ownBuilds))
  return verdicts
}

function judgeImages(
  evidence: Evidence,
  facts: Facts,
  schema: TagSchema,
  buildOfOwnInstance: ReadonlyMap<string, string>,
  ownBuilds: ReadonlySet<string>
): Verdict[] {
  const buildOf = (image: ImageFact): string | undefined =>
    evidence.leads.find(l => l.kind === 'image' && l.value === image.id)?.build ??
    evidence.leads.find(l => l.kind === 'image-name' && l.value === image.name)?.build
  const candidates = facts.images.filter(
    i => buildOf(i) !== undefined || buildOfOwnInstance.has(i.sourceInstanceId ?? '')
  )
  const eligible = (image: ImageFact) =>
    image.ownedBySelf &&
    after(image.creationDate, evidence.startedAt) &&
    [undefined, evidence.run].includes(image.tags[schema.run])
  const legacy = (image: ImageFact) =>
    image.sourceInstanceId === undefined && image.sourceImageId === undefined
  /** Proven images: why, and the build the proof runs through. */
  const own = new Map<string, { reason: string; build: string }>()

  // EC2's own record first: made from an own instance, or copied from an own AMI (a copy of a
  // copy, with encrypt_boot), in as many passes as it takes.
  for (let changed = true; changed;) {
    changed = false
    for (const image of candidates.filter(i => eligible(i) && !own.has(i.id))) {
      const instanceBuild = buildOfOwnInstance.get(image.sourceInstanceId ?? '')
      const source = own.get(image.sourceImageId ?? '')
      if (instanceBuild !== undefined) {
        own.set(image.id, {
          reason: `made from this run's instance ${image.sourceInstanceId ?? ''}`,
          build: instanceBuild
        })
        changed = true
      } else if (source !== undefined) {
        own.set(image.id, {
          reason: `copied from this run's ${image.sourceImageId ?? ''}`,
          build: source.build
        })
        changed = true
      }
    }
  }
  // Where EC2 reports no source: the AMI the build announced by ID and name in its region, from
  // a build whose instance is proven; then copies of that name in the regions it copied to.
  const legacyBuilds = new Set<string>()
  for (const image of candidates.filter(i => eligible(i) && legacy(i))) {
    const build = buildOf(image) ?? ''
    if (
      image.region === regionOf(evidence, build) &&
      leadsOf(evidence, 'image', build).includes(image.id) &&
      leadsOf(evidence, 'image-name', build).includes(image.name ?? '') &&
      ownBuilds.has(build)
    ) {
      own.set(image.id, {
        reason: 'created by this run with the ID and name the build announced',
        build
      })
      legacyBuilds.add(build)
    }
  }
  for (const image of candidates.filter(i => eligible(i) && legacy(i) && !own.has(i.id))) {
    const build = buildOf(image) ?? ''
    if (
      legacyBuilds.has(build) &&
      leadsOf(evidence, 'copy-region', build).includes(image.region) &&
      leadsOf(evidence, 'image-name', build).includes(image.name ?? '')
    )
      own.set(image.id, {
        reason: 'a copy this run made, under the name the build announced',
        build
      })
  }

  return candidates.map(image => {
    const proven = own.get(image.id)
    const base = {
      kind: 'image' as const,
      id: image.id,
      region: image.region,
      build: proven?.build ?? buildOf(image) ?? '',
      snapshotIds: image.snapshotIds
    }
    if (proven !== undefined) return { ...base, ours: true, reason: proven.reason }
    const reason = !image.ownedBySelf
      ? 'another account owns it'
      : !after(image.creationDate, evidence.startedAt)
        ? `it was created at ${image.creationDate ?? '(unknown)'}, before this run started`
        : !eligible(image)
          ? `another run (${image.tags[schema.run] ?? ''}) is building it`
          : legacy(image)
            ? 'EC2 reports no source for it, and the build did not announce it'
            : `it was made from ${image.sourceInstanceId ?? `${image.sourceImageId ?? '?'} in ${image.sourceImageRegion ?? '?'}`}, which is not this run's`
    return { ...base, ours: false, reason }
  })
}

export interface SweepPlan {
  remove: Verdict[]
  /** This run's, but kept: the AMIs of builds that finished, and released ones. */
  keep: { verdict: Verdict; reason: string }[]
  /** Not proven to be this run's: left alone, and named in a warning. */
  foreign: Verdict[]
}

/** What the post step removes: this run's temporary resources and unfinished AMIs, nothing else. */
export function planSweep(
  evidence: Evidence,
  verdicts: Verdict[],
  facts: Facts,
  schema: TagSchema
): SweepPlan {
  const plan: SweepPlan = { remove: [], keep: [], foreign: [] }
  for (const verdict of verdicts) {
    if (!verdict.ours) {
      plan.foreign.push(verdict)
      continue
    }
    if (verdict.kind === 'image') {
      const image = facts.images.find(i => i.id === verdict.id && i.region === verdict.region)
      if (evidence.finished.includes(verdict.build)) {
        plan.keep.push({ verdict, reason: 'its build finished: it is part of the release' })
        continue
      }
      if (image?.tags[schema.version] !== undefined) {
        plan.keep.push({ verdict, reason: 'it is released' })
        continue
      }
    }
    if (verdict.kind === 'instance') {
      const instance = facts.instances.find(i => i.id === verdict.id)
      if (instance?.state === 'terminated') continue
    }
    plan.remove.push(verdict)
  }
  return plan
}
