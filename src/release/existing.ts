import type { Image } from '@aws-sdk/client-ec2'
import { artifactsOfImage, describeImage, findReleaseImages, waitForImages } from '../aws/images.js'
import { Input } from '../constants.js'
import { InputError } from '../errors.js'
import type { Inputs } from '../inputs.js'
import { nameCollision } from '../packer/machine-readable.js'
import type { Artifact } from '../report/outputs.js'

export interface ExistingRelease {
  images: Image[]
  /** Every AMI of the release, the recorded copies in other regions included. */
  artifacts: Artifact[]
}

/** The images this version already has in `aws-region`; `on-existing: fail` stops here. */
export async function findExistingRelease(
  inputs: Inputs,
  region: string,
  version: string
): Promise<ExistingRelease> {
  const images = await findReleaseImages(region, inputs.versionTagKey, version)
  if (images.length > 0 && inputs.onExisting === 'fail') {
    throw new InputError(
      Input.OnExisting,
      `is 'fail' and ${images.map(i => i.ImageId).join(', ')} in ${region} already carries ${inputs.versionTagKey}=${version}`
    )
  }
  return {
    images,
    artifacts: images.flatMap(image => artifactsOfImage(image, region, inputs.versionTagKey))
  }
}

/** Waits for a release found by the lookup (an image can still be `pending`), then returns it. */
export async function reuseRelease(region: string, existing: ExistingRelease): Promise<Artifact[]> {
  await waitForImages(
    region,
    existing.images.map(i => i.ImageId ?? '')
  )
  return existing.artifacts
}

/**
 * Packer refused to build because the AMI name is taken. The image of this version (a
 * concurrent run finished first) is reused; anything else is a clear failure.
 */
export async function reuseOnNameCollision(
  errors: string[],
  inputs: Inputs,
  region: string,
  version: string
): Promise<Artifact[] | undefined> {
  const collision = nameCollision(errors)
  if (!collision) return undefined
  const image = await describeImage(region, collision.amiId)
  const carried = image?.Tags?.find(t => t.Key === inputs.versionTagKey)?.Value
  if (image && carried === version && inputs.onExisting !== 'rebuild') {
    await waitForImages(region, [collision.amiId])
    return artifactsOfImage(image, region, inputs.versionTagKey)
  }
  const what =
    carried === undefined ? `no ${inputs.versionTagKey} tag` : `${inputs.versionTagKey}=${carried}`
  const fix =
    inputs.onExisting === 'rebuild'
      ? `a rebuild needs an ami_name that differs per build, e.g. "app-\${var.image_version}-\${formatdate("YYYYMMDDhhmmss", timestamp())}"`
      : `put var.image_version in the template's ami_name, or retire ${collision.amiId}`
  throw new Error(
    `AMI name '${collision.name}' is already used by ${collision.amiId} (${what}), so ${version} cannot take it: ${fix}`
  )
}
