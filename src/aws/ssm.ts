import { errorMessage } from '../errors.js'
import { AwsError, orNone, type Aws } from './clients.js'

/**
 * Puts `amiId` in the SSM parameter `name` in `region` as an `aws:ec2:image` String, where
 * Terraform, CloudFormation and launch templates read it. When the parameter holds this AMI
 * already, nothing is written and its version is returned; `previous` is what it held before.
 * SSM validates `aws:ec2:image` values after answering (PutParameter's documentation), so the
 * AMI must exist and be available first. When `leave(previous)` holds, nothing is written and
 * `left` is true. `description` says which write it was (a release's or a rollback's), in the
 * same call as the value. A failure names the parameter.
 */
export async function putImageParameter(
  aws: Aws,
  region: string,
  name: string,
  write: { amiId: string; description: string },
  leave: (previous: string) => boolean = () => false
): Promise<{ version: number; previous: string | undefined; left?: true }> {
  const { amiId, description } = write
  const { client, sdk } = await aws.ssm(region)
  try {
    const got = new sdk.GetParameterCommand({ Name: name })
    const { Value: previous, Version: version = 0 } =
      (await orNone(client.send(got), /ParameterNotFound/))?.Parameter ?? {}
    if (previous === amiId) return { version, previous }
    if (previous !== undefined && leave(previous)) return { version, previous, left: true }
    const put = new sdk.PutParameterCommand({
      Name: name,
      Value: amiId,
      Type: 'String',
      DataType: 'aws:ec2:image',
      Description: description,
      Overwrite: true
    })
    const { Version = 0 } = await client.send(put)
    return { version: Version, previous }
  } catch (error) {
    throw new AwsError(
      `Could not put ${amiId} in the SSM parameter ${name}: ${errorMessage(error)}`,
      error instanceof AwsError ? error.code : 'Error',
      { cause: error }
    )
  }
}

/**
 * The parameter's newest version as written: its value and the description its writer gave.
 * SSM keeps 100 versions, oldest first, 50 a page; undefined when there is no parameter.
 */
export async function lastWrite(
  aws: Aws,
  region: string,
  name: string
): Promise<{ value: string; description: string | undefined } | undefined> {
  const { client, sdk } = await aws.ssm(region)
  let last: { Value?: string | undefined; Description?: string | undefined } | undefined
  let NextToken: string | undefined
  for (let page = 0; page < 3; page++) {
    const history = new sdk.GetParameterHistoryCommand({ Name: name, MaxResults: 50, NextToken })
    const out = await orNone(client.send(history), /ParameterNotFound/)
    last = out?.Parameters?.at(-1) ?? last
    NextToken = out?.NextToken
    if (!NextToken) break
  }
  return last?.Value === undefined
    ? undefined
    : { value: last.Value, description: last.Description }
}
