import * as core from '@actions/core'
import { closeClients, loadSdk } from './aws/ec2.js'
import { tagImages } from './aws/images.js'
import { LeftoverRecorder } from './aws/leftovers.js'
import type { RetentionReport } from './aws/retention.js'
import { errorMessage } from './errors.js'
import { readInputs, type Inputs } from './inputs.js'
import { installGalaxyRequirements } from './install/galaxy.js'
import { checkToolHost, installTools, type ToolHost, type Tools } from './install/index.js'
import {
  buildImages,
  installPlugins,
  preparePacker,
  validateTemplate,
  type PreparedPacker
} from './packer/phases.js'
import { lastLines } from './process.js'
import {
  findExistingRelease,
  reuseOnNameCollision,
  reuseRelease,
  type ExistingRelease
} from './release/existing.js'
import { lineageFor, retireOldGenerations, retireRebuiltVersion } from './release/retire.js'
import { resolveRelease } from './release/version.js'
import { writeOutputs, type Artifact } from './report/outputs.js'
import { timed, writeSummary, type Timings } from './report/summary.js'
import { writeVaultPasswordFile, type VaultPasswordFile } from './secrets/vault.js'

/** The version `mode: validate` gives the template when the run is not a release. */
function validationVersion(): string {
  const sha = process.env['GITHUB_SHA']
  return sha ? `validate-${sha.slice(0, 7)}` : 'validate'
}

const install = async (inputs: Inputs, host = checkToolHost(inputs)): Promise<Tools> => {
  const checked = await host
  return core.group('Install Packer and Ansible', () => installTools(inputs, checked))
}

const validate = (packer: PreparedPacker): Promise<void> =>
  core.group('Validate the template', async () => {
    await installPlugins(packer)
    await validateTemplate(packer)
  })

function toolVersions(tools: Tools | undefined) {
  return { packerVersion: tools?.packer.version, ansibleVersion: tools?.ansible?.version }
}

interface Release {
  inputs: Inputs
  version: string
  region: string
  timings: Timings
}

/** Outputs and summary of a release whose images already existed. */
async function finishReused(
  r: Release,
  artifacts: Artifact[],
  why: string,
  tools?: Tools
): Promise<void> {
  core.notice(
    `${r.version} ${why} (${artifacts.map(a => `${a.region}:${a.amiId}`).join(', ')}); reusing it, nothing is built`
  )
  const retention =
    r.inputs.keepGenerations > 0
      ? await timed(r.timings, 'retire', () => retireOldGenerations(r.inputs, artifacts))
      : []
  writeOutputs({
    skipped: false,
    reused: true,
    imageVersion: r.version,
    region: r.region,
    artifacts,
    ...toolVersions(tools)
  })
  await writeSummary({
    imageVersion: r.version,
    artifacts,
    reused: true,
    timings: r.timings,
    retention
  })
}

/** Install, validate, build, tag, retire: a release that has no image yet (or is rebuilt). */
async function buildRelease(
  r: Release,
  existing: ExistingRelease,
  host: Promise<ToolHost>,
  vault: VaultPasswordFile
): Promise<void> {
  const { inputs, version, region, timings } = r
  const tools = await timed(timings, 'install', () => install(inputs, host))
  const requirements = inputs.ansible?.requirements
  const ansible = tools.ansible
  const galaxyEnv =
    requirements && ansible
      ? await timed(timings, 'install roles and collections', () =>
          core.group('Install Ansible roles and collections', () =>
            installGalaxyRequirements(ansible, requirements)
          )
        )
      : {}
  const packer = preparePacker(inputs, tools, version, { ...vault.env, ...galaxyEnv })
  await timed(timings, 'validate', () => validate(packer))
  const recorder = new LeftoverRecorder(region, inputs.versionTagKey)
  const build = await timed(timings, 'build', () =>
    core.group('Build the image', () => buildImages(packer, l => recorder.record(l)))
  )
  const artifacts = build.artifacts
  recorder.finished([...new Set(artifacts.map(a => a.build))])

  if (build.exitCode !== 0 && !build.cancelled && artifacts.length === 0) {
    const reused = await reuseOnNameCollision(build.errors, inputs, region, version)
    if (reused) return finishReused(r, reused, 'was built by another run', tools)
  }
  if (artifacts.length > 0) {
    await timed(timings, 'tag', () =>
      core.group('Tag the images and snapshots', () =>
        tagImages(artifacts, inputs.versionTagKey, version, inputs.tags, region, lineageFor(inputs))
      )
    )
  }
  const succeeded = build.exitCode === 0 && !build.cancelled && artifacts.length > 0
  const retention: RetentionReport[] = []
  const rebuilt = inputs.onExisting === 'rebuild' && existing.artifacts.length > 0
  if (succeeded && (rebuilt || inputs.keepGenerations > 0)) {
    await timed(timings, 'retire', () =>
      core.group('Retire older images', async () => {
        if (rebuilt) {
          retention.push(
            ...(await retireRebuiltVersion(inputs, version, artifacts, existing.artifacts))
          )
        }
        retention.push(...(await retireOldGenerations(inputs, artifacts)))
      })
    )
  }
  writeOutputs({
    skipped: false,
    reused: false,
    imageVersion: version,
    region,
    artifacts,
    ...toolVersions(tools)
  })
  await writeSummary({ imageVersion: version, artifacts, reused: false, timings, retention })

  if (build.cancelled)
    throw new Error('The build was cancelled; Packer was asked to clean up its temporary resources')
  if (build.exitCode !== 0) {
    const detail =
      lastLines(build.errors.join('\n'), 10) || `exit ${build.exitCode ?? build.signal ?? '?'}`
    core.error(detail, { title: 'packer build failed' })
    throw new Error(
      `packer build failed${artifacts.length > 0 ? ' (the AMIs of the builds that finished were tagged)' : ''}: ${detail}`
    )
  }
  if (artifacts.length === 0)
    throw new Error(
      'packer build succeeded but reported no AMI: does the template build an amazon image?'
    )
}

/** The action: inputs → gate → reuse? → install → validate → build → tag → retire → outputs. */
export async function run(): Promise<void> {
  const timings: Timings = {}
  let vault: VaultPasswordFile | undefined
  try {
    const inputs = readInputs()

    if (inputs.mode === 'install') {
      const tools = await install(inputs)
      writeOutputs({ skipped: false, reused: false, ...toolVersions(tools) })
      return
    }

    const release = resolveRelease(
      process.env['GITHUB_REF'],
      inputs.releaseTagPattern,
      inputs.releaseTagGlob,
      inputs.imageVersion
    )
    if (inputs.mode === 'build' && release.kind === 'untagged') {
      if (inputs.onUntagged === 'fail') {
        throw new Error(
          `Not a release: ${release.reason}. Push a tag matching '${inputs.releaseTagGlob}' or set 'image-version'.`
        )
      }
      core.notice(`Not a release, nothing to build: ${release.reason}`)
      writeOutputs({ skipped: true, reused: false })
      return
    }
    const version = release.kind === 'release' ? release.version : validationVersion()
    const from =
      release.kind === 'release' && release.source === 'tag'
        ? ` (from tag ${release.tag ?? ''})`
        : ''
    core.info(`Image version: ${version}${from}`)

    if (inputs.mode === 'validate') {
      const tools = await install(inputs)
      const packer = preparePacker(inputs, tools, version)
      await validate(packer)
      core.info(`${packer.context.template.path} is valid`)
      writeOutputs({ skipped: false, reused: false, imageVersion: version, ...toolVersions(tools) })
      return
    }

    // readInputs requires a region in mode: build.
    const r: Release = { inputs, version, region: inputs.awsRegion as string, timings }
    // The SDK loads while Python is probed; no AWS request is sent before a bad 'python' fails.
    const host = checkToolHost(inputs)
    loadSdk().catch(() => undefined) // a failure shows at the first AWS call
    const existing = await timed(timings, 'look for this version', async () => {
      await host
      return findExistingRelease(inputs, r.region, version)
    })
    if (existing.artifacts.length > 0 && inputs.onExisting === 'reuse') {
      return await finishReused(r, await reuseRelease(r.region, existing), 'already exists')
    }
    vault = writeVaultPasswordFile(inputs.ansibleVaultPassword)
    await buildRelease(r, existing, host, vault)
  } catch (error) {
    core.setFailed(errorMessage(error))
  } finally {
    vault?.remove()
    closeClients()
  }
}
