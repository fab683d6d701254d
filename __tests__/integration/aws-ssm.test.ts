import { beforeEach, describe, expect, it } from 'vitest'
import { AwsError } from '../../src/aws/clients.js'
import { putImageParameter } from '../../src/aws/ssm.js'
import { useAwsBed } from '../helpers/aws.js'

/** The release's SSM parameter, in-process against the loopback SSM (and EC2, which SSM checks). */
const bed = useAwsBed()

const EAST = 'us-east-1'
const WEST = 'us-west-2'
const NAME = '/images/web/current'

beforeEach(() => bed.reset())

const puts = () => bed.ssm.requests.filter(r => r.action === 'PutParameter')
const current = (region: string) => bed.ssm.inspect.parameters(region).find(p => p.name === NAME)

describe('putImageParameter', () => {
  it('creates an aws:ec2:image String parameter, and converges on a re-run', async () => {
    const first = bed.ec2.seed.image(EAST, { name: 'web-1.0.0' })

    expect(await putImageParameter(EAST, NAME, first)).toBe(1)
    expect(current(EAST)).toMatchObject({
      type: 'String',
      dataType: 'aws:ec2:image',
      value: first,
      version: 1
    })

    // The same AMI again: nothing is written, the version stays.
    expect(await putImageParameter(EAST, NAME, first)).toBe(1)
    expect(puts()).toHaveLength(1)
    expect(bed.ssm.inspect.history(EAST, NAME)).toHaveLength(1)

    // A new AMI: a new version.
    const second = bed.ec2.seed.image(EAST, { name: 'web-1.1.0' })
    expect(await putImageParameter(EAST, NAME, second)).toBe(2)
    expect(current(EAST)).toMatchObject({ value: second, version: 2 })
    expect(bed.ssm.inspect.history(EAST, NAME).map(v => v.value)).toEqual([first, second])
  })

  it('keeps one parameter per region, each with its region’s AMI', async () => {
    const east = bed.ec2.seed.image(EAST, { name: 'web-1.0.0' })
    const west = bed.ec2.seed.image(WEST, { name: 'web-1.0.0' })
    bed.ssm.seed.parameter(WEST, {
      name: NAME,
      value: 'ami-0a1b2c3d4e5f60718',
      dataType: 'aws:ec2:image'
    })

    const versions = await Promise.all([
      putImageParameter(EAST, NAME, east),
      putImageParameter(WEST, NAME, west)
    ])

    expect(versions).toEqual([1, 2])
    expect(current(EAST)?.value).toBe(east)
    expect(current(WEST)?.value).toBe(west)
    expect(
      puts()
        .map(r => r.region)
        .sort()
    ).toEqual([EAST, WEST])
  })

  it('names the parameter when SSM refuses it', async () => {
    const image = bed.ec2.seed.image(EAST, { name: 'web-1.0.0' })
    const error = await putImageParameter(EAST, '/aws/images/web', image).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AwsError)
    expect(error).toMatchObject({ code: 'ValidationException' })
    expect((error as Error).message).toMatch(
      new RegExp(
        `^Could not put ${image} in the SSM parameter /aws/images/web: SSM (GetParameter|PutParameter) in ${EAST} \\(127\\.0\\.0\\.1:\\d+\\): .*prefixed with "aws"`
      )
    )
  })

  it('names the parameter when SSM is out of service', async () => {
    const image = bed.ec2.seed.image(EAST, { name: 'web-1.0.0' })
    bed.ssm.failNext('PutParameter', 25, 'unavailable')
    const error = await putImageParameter(EAST, NAME, image).catch((e: unknown) => e)
    expect((error as Error).message).toMatch(
      new RegExp(
        `^Could not put ${image} in the SSM parameter ${NAME}: SSM PutParameter in ${EAST} .*after 3 attempts`
      )
    )
    expect(current(EAST)).toBeUndefined()
  })
})
