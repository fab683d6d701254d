import { afterAll, beforeAll, beforeEach } from 'vitest'
import { ownImages, startReleaseBed, type ReleaseBed } from '../../testbed/release-bed.js'

export const EAST = 'us-east-1'
export const WEST = 'us-west-2'
/** The SSM parameter the release tests publish to. */
export const PARAMETER = '/images/app/current'

/** The ref a tag push runs on. */
export const tag = (version: string) => `refs/tags/${version}`

/**
 * One release bed for a test file: started before its tests, its endpoints (EC2, SSM, GitHub) reset before each
 * test, closed after them, pass or fail. `bed` stands for the bed once it is started (it is
 * read when a test uses it, not when the file is loaded).
 */
export function useReleaseBed() {
  let started: ReleaseBed | undefined
  beforeAll(async () => {
    started = await startReleaseBed()
  })
  afterAll(async () => {
    await started?.close()
  })
  beforeEach(() => {
    started?.endpoint.reset()
    started?.ssm.reset()
    started?.github.reset()
  })
  const the = (): ReleaseBed => {
    if (!started) throw new Error('the release bed is used before it started')
    return started
  }
  const bed = new Proxy({} as ReleaseBed, {
    get: (_, key): unknown => Reflect.get(the(), key)
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
