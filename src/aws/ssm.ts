import type { ParameterHistory } from '@aws-sdk/client-ssm'
import { errorMessage } from '../errors.js'
import { AwsError, orNone, type Aws } from './clients.js'

export const AMI_ID = /^ami-[0-9a-f]{8,17}$/

/**
 * What a parameter holds when it is not an image pointer (a secret, a list, a text naming no
 * AMI): another job's parameter, which a release or a rollback never writes over.
 */
function notAPointer(found: { Type?: string | undefined; Value?: string | undefined }) {
  if (found.Type !== undefined && found.Type !== 'String') return `a ${found.Type}`
  if (!AMI_ID.test(found.Value ?? '')) return 'a String that names no AMI'
  return undefined
}

/**
 * Puts `amiId` in the SSM parameter `name` in `region` as an `aws:ec2:image` String, where
 * Terraform, CloudFormation and launch templates read it. When the parameter holds this AMI
 * already, nothing is written (unless `always`) and its version is returned; `previous` is what
 * it held before. When `leave(previous, its version)` holds, nothing is written and `left` is
 * true. SSM validates `aws:ec2:image` values after answering (PutParameter's documentation), so
 * the AMI must exist and be available first. With `label`, the version written gets it (a label
 * is on one version at a time; the parameter's description, which Terraform and CloudFormation
 * manage, is not touched); `unlabelled` says why it could not. A parameter that holds anything
 * but an AMI (a SecureString, a StringList, a text) is another job's: it is refused, never
 * written over. A failure to write names the parameter.
 */
export async function putImageParameter(
  aws: Aws,
  region: string,
  name: string,
  write: {
    amiId: string
    label?: string | undefined
    always?: boolean
    /** Told the version SSM answered for the write, before it is labelled. */
    written?: (version: number) => void
  },
  leave: (previous: string, version: number) => boolean = () => false
): Promise<{ version: number; previous: string | undefined; left?: true; unlabelled?: string }> {
  const { amiId, label } = write
  const { client, sdk } = await aws.ssm(region)
  let version: number
  let previous: string | undefined
  try {
    const found = await getParameter(aws, region, name)
    previous = found?.Value
    const foreign = found && notAPointer(found)
    if (foreign)
      throw new Error(
        `it holds ${foreign}, not an AMI, so it is another job's parameter and is left as it is: set ssm-parameter to a name of its own`
      )
    const held = found?.Version ?? 0
    if (previous === amiId && !write.always) return { version: held, previous }
    if (previous !== undefined && leave(previous, held))
      return { version: held, previous, left: true }
    const put = new sdk.PutParameterCommand({
      Name: name,
      Value: amiId,
      Type: 'String',
      DataType: 'aws:ec2:image',
      Overwrite: true
    })
    version = (await client.send(put)).Version ?? 0
    write.written?.(version)
  } catch (error) {
    throw new AwsError(
      `Could not put ${amiId} in the SSM parameter ${name}: ${errorMessage(error)}`,
      error instanceof AwsError ? error.code : 'Error',
      { cause: error }
    )
  }
  if (label === undefined) return { version, previous }
  const unlabelled = await labelVersion(aws, region, name, version, label)
  return { version, previous, ...(unlabelled ? { unlabelled } : {}) }
}

/** Puts `label` on `version` of the parameter (moving it from any other); says why it could not. */
export async function labelVersion(
  aws: Aws,
  region: string,
  name: string,
  version: number,
  label: string
): Promise<string | undefined> {
  const { client, sdk } = await aws.ssm(region)
  const labelled = new sdk.LabelParameterVersionCommand({
    Name: name,
    ParameterVersion: version,
    Labels: [label]
  })
  return client.send(labelled).then(
    out => (out.InvalidLabels?.length ? `SSM refused the label ${label}` : undefined),
    (error: unknown) => errorMessage(error)
  )
}

/**
 * The parameter's versions, newest first: value, labels and number. SSM keeps 100 versions,
 * oldest first, 50 a page; [] when there is no parameter.
 */
export async function lastWrites(
  aws: Aws,
  region: string,
  name: string
): Promise<{ value: string; labels: string[]; version: number }[]> {
  const { client, sdk } = await aws.ssm(region)
  const kept: ParameterHistory[] = []
  let NextToken: string | undefined
  for (let page = 0; page < 3; page++) {
    const history = new sdk.GetParameterHistoryCommand({ Name: name, MaxResults: 50, NextToken })
    const out = await orNone(client.send(history), /ParameterNotFound/)
    kept.push(...(out?.Parameters ?? []))
    NextToken = out?.NextToken
    if (!NextToken) break
  }
  return kept
    .reverse()
    .map(v => ({ value: v.Value ?? '', labels: v.Labels ?? [], version: v.Version ?? 0 }))
}

async function getParameter(aws: Aws, region: string, name: string) {
  const { client, sdk } = await aws.ssm(region)
  const got = new sdk.GetParameterCommand({ Name: name })
  return (await orNone(client.send(got), /ParameterNotFound/))?.Parameter
}

/** The value of the parameter `name` in `region`; undefined when there is none. */
export const readParameter = async (aws: Aws, region: string, name: string) =>
  (await getParameter(aws, region, name))?.Value
