import type { Artifact } from '../release/artifact.js'
import { recordCalls, type TagSchema } from '../release/tags.js'
import { hasCode, type Aws } from './clients.js'
import { createTags, GONE, imagesById } from './images.js'

/**
 * Writes the completion record of one build (`recordCalls`). Packer's artifact can list an AMI
 * it removed itself (the intermediate AMI of skip_save_build_region,
 * hashicorp/packer-plugin-amazon@v1.8.2:common/step_ami_region_copy.go:50-58,160-177): when EC2
 * says one is gone, the record is written of the AMIs that exist. Returns those that vanished.
 */
export async function writeRecord(
  aws: Aws,
  schema: TagSchema,
  mark: { version: string; lineage: string; run: string; build: string },
  artifacts: Artifact[],
  primaryRegion: string
): Promise<{ vanished: Artifact[] }> {
  const write = async (list: Artifact[]) => {
    for (const wave of recordCalls(schema, mark, list, primaryRegion))
      await Promise.all(wave.map(c => createTags(aws, c.region, c.resources, c.tags)))
  }
  try {
    await write(artifacts)
    return { vanished: [] }
  } catch (error) {
    if (!hasCode(error, GONE)) throw error
  }
  const regions = [...new Set(artifacts.map(a => a.region))]
  const inRegion = (r: string) => artifacts.filter(a => a.region === r).map(a => a.amiId)
  const found = (await Promise.all(regions.map(r => imagesById(aws, r, inRegion(r))))).flat()
  const exists = (a: Artifact) => found.some(i => i.id === a.amiId && i.region === a.region)
  await write(artifacts.filter(exists))
  return { vanished: artifacts.filter(a => !exists(a)) }
}
