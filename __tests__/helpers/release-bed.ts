import { ownImages, startReleaseBed } from '../../testbed/release-bed.js'
import { perFile } from './per-file.js'

export const EAST = 'us-east-1'
export const WEST = 'us-west-2'
/** The SSM parameter the release tests publish to. */
export const PARAMETER = '/images/app/current'

/** The ref a tag push runs on. */
export const tag = (version: string) => `refs/tags/${version}`

/** The release bed of a test file (`perFile`), with the questions its tests ask of it. */
export function useReleaseBed() {
  const bed = perFile('release bed', startReleaseBed, started => {
    started.endpoint.reset()
    started.ssm.reset()
    started.github.reset()
  })
  return {
    bed,
    /** Inputs for a template in the bed, without Ansible. */
    inputsFor: (template: string, extra: Record<string, string> = {}) =>
      bed.inputs({ template, 'ansible-version': 'none', ...extra }),
    /** The account has the image in the region. */
    exists: (region: string, id: string | undefined) =>
      ownImages(bed.endpoint, region).some(i => i.id === id),
    /** What the parameter holds in the region. */
    parameterIn: (region: string, name = PARAMETER) =>
      bed.ssm.inspect.parameters(region).find(p => p.name === name)?.value,
    /** Every image of the account, as `<region> <id> <version or ->`. */
    everyImage: (regions = [EAST, WEST]) =>
      regions.flatMap(region =>
        ownImages(bed.endpoint, region).map(
          i => `${region} ${i.id} ${i.tags['ImageVersion'] ?? '-'}`
        )
      )
  }
}
