import * as core from '@actions/core'
import { closeClients } from './aws/ec2.js'
import {
  artifactsOfImage,
  describeImage,
  findReleaseImages,
  tagImages,
  waitForImages
} from './aws/images.js'
import { LeftoverRecorder } from './aws/leftovers.js'
import { InputError, errorMessage } from './errors.js'
import { Input } from './constants.js'
import { readInputs, type Inputs } from './inputs.js'
import { installTools } from './install/index.js'
import { nameCollision } from './packer/machine-readable.js'
import { buildImages, installPlugins, preparePacker, validateTemplate } from './packer/phases.js'
import { lastLines } from './process.js'
import { resolveRelease } from './release/version.js'
import { writeVaultPasswordFile, type VaultPasswordFile } from './secrets/vault.js'
import { writeOutputs, type Artifact } from './report/outputs.js'
import { timed, writeSummary, type Timings } from './report/summary.js'

/** The version `mode: validate` gives the template when the run is not a release. */
function validationVersion(): string {
  const sha = process.env['GITHUB_SHA']
  return sha ? `validate-${sha.slice(0, 7)}` : 'validate'
}

/** The images this version already has in `aws-region`, every region they were copied to included. */
async function existingRelease(
  inputs: Inputs,
  region: string,
  version: string
): Promise<Artifact[]> {
  const images = await findReleaseImages(region, inputs.versionTagKey, version)
  if (images.length === 0) return []
  if (inputs.onExisting === 'fail') {
    throw new InputError(
      Input.OnExisting,
      `is 'fail' and ${images.map(i => i.ImageId).join(', ')} in ${region} already carries ${inputs.versionTagKey}=${version}`
    )
  }
  await waitForImages(
    region,
    images.map(i => i.ImageId ?? '')
  )
  return images.flatMap(image => artifactsOfImage(image, region, inputs.versionTagKey))
}

/**
 * Packer refused to build because the AMI name is taken. The image of this version (a
 * concurrent run, or a lookup that raced it) is reused; anything else is a clear failure.
 */
async function reuseOnNameCollision(
  errors: string[],
  inputs: Inputs,
  region: string,
  version: string
): Promise<Artifact[] | undefined> {
  const collision = nameCollision(errors)
  if (!collision) return undefined
  const image = await describeImage(region, collision.amiId)
  const carried = image?.Tags?.find(t => t.Key === inputs.versionTagKey)?.Value
  if (image && carried === version) {
    await waitForImages(region, [collision.amiId])
    return artifactsOfImage(image, region, inputs.versionTagKey)
  }
  const what =
    carried === undefined ? `no ${inputs.versionTagKey} tag` : `${inputs.versionTagKey}=${carried}`
  throw new Error(
    `AMI name '${collision.name}' is already used by ${collision.amiId} (${what}), so ${version} cannot take it: put var.image_version in the template's ami_name, or retire ${collision.amiId}`
  )
}

/** The action: inputs → gate → reuse? → install → validate → build → tag → outputs. */
export async function run(): Promise<void> {
  const timings: Timings = {}
  let vault: VaultPasswordFile | undefined
  try {
    const inputs = await readInputs()

    if (inputs.mode === 'install') {
      const tools = await core.group('Install Packer and Ansible', () => installTools(inputs))
      writeOutputs({
        skipped: false,
        reused: false,
        packerVersion: tools.packer.version,
        ansibleVersion: tools.ansible?.version
      })
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
    core.info(
      `Image version: ${version}${release.kind === 'release' && release.source === 'tag' ? ` (from tag ${release.tag ?? ''})` : ''}`
    )

    const region = inputs.awsRegion
    if (inputs.mode === 'build' && region !== undefined) {
      const existing = await timed(timings, 'look for this version', () =>
        existingRelease(inputs, region, version)
      )
      if (existing.length > 0) {
        core.notice(
          `${version} already exists (${existing.map(a => `${a.region}:${a.amiId}`).join(', ')}); reusing it, nothing is built`
        )
        writeOutputs({
          skipped: false,
          reused: true,
          imageVersion: version,
          region,
          artifacts: existing
        })
        await writeSummary({ imageVersion: version, artifacts: existing, reused: true, timings })
        return
      }
    }

    const tools = await timed(timings, 'install', () =>
      core.group('Install Packer and Ansible', () => installTools(inputs))
    )
    vault = writeVaultPasswordFile(
      inputs.mode === 'build' ? inputs.ansibleVaultPassword : undefined
    )
    const packer = preparePacker(inputs, tools, version, vault.env)
    await timed(timings, 'validate', () =>
      core.group('Validate the template', async () => {
        await installPlugins(packer)
        await validateTemplate(packer)
      })
    )
    const toolVersions = {
      packerVersion: tools.packer.version,
      ansibleVersion: tools.ansible?.version
    }
    if (inputs.mode === 'validate') {
      core.info(`${packer.context.template.path} is valid`)
      writeOutputs({ skipped: false, reused: false, imageVersion: version, ...toolVersions })
      return
    }

    const recorder = new LeftoverRecorder(region ?? '', inputs.versionTagKey)
    const build = await timed(timings, 'build', () =>
      core.group('Build the image', () =>
        buildImages(packer, leftover => recorder.record(leftover))
      )
    )
    if (
      build.exitCode !== 0 &&
      !build.cancelled &&
      build.artifacts.length === 0 &&
      region !== undefined
    ) {
      const reused = await reuseOnNameCollision(build.errors, inputs, region, version)
      if (reused) {
        core.notice(
          `${version} was built by another run (${reused.map(a => a.amiId).join(', ')}); reusing it`
        )
        writeOutputs({
          skipped: false,
          reused: true,
          imageVersion: version,
          region,
          artifacts: reused,
          ...toolVersions
        })
        await writeSummary({ imageVersion: version, artifacts: reused, reused: true, timings })
        return
      }
    }
    const artifacts = build.artifacts
    recorder.finished([...new Set(artifacts.map(a => a.build))])
    if (artifacts.length > 0) {
      await timed(timings, 'tag', () =>
        core.group('Tag the images and snapshots', () =>
          tagImages(artifacts, inputs.versionTagKey, version, inputs.tags, region)
        )
      )
    }
    writeOutputs({
      skipped: false,
      reused: false,
      imageVersion: version,
      region,
      artifacts,
      ...toolVersions
    })
    await writeSummary({ imageVersion: version, artifacts, reused: false, timings })

    if (build.cancelled)
      throw new Error(
        'The build was cancelled; Packer was asked to clean up its temporary resources'
      )
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
  } catch (error) {
    core.setFailed(errorMessage(error))
  } finally {
    vault?.remove()
    closeClients()
  }
}
