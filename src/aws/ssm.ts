import { errorMessage } from '../errors.js'
import { AwsError, hasCode, ssm } from './clients.js'

/**
 * Puts `amiId` in the SSM parameter `name` in `region` as an `aws:ec2:image` String, where
 * Terraform, CloudFormation and launch templates read it. A re-run converges: when the
 * parameter already holds this AMI, nothing is written and its version is returned.
 * SSM validates `aws:ec2:image` values after answering (PutParameter's documentation), so the
 * AMI must exist and be available first. A failure names the parameter.
 */
export async function putImageParameter(
  region: string,
  name: string,
  amiId: string
): Promise<number> {
  try {
    return (await currentVersion(region, name, amiId)) ?? (await put(region, name, amiId))
  } catch (error) {
    throw new AwsError(
      `Could not put ${amiId} in the SSM parameter ${name}: ${errorMessage(error)}`,
      error instanceof AwsError ? error.code : 'Error',
      { cause: error }
    )
  }
}

/** The parameter's version when it holds `amiId` already. */
async function currentVersion(
  region: string,
  name: string,
  amiId: string
): Promise<number | undefined> {
  const { send, sdk } = await ssm(region)
  try {
    const { Parameter } = await send(new sdk.GetParameterCommand({ Name: name }))
    return Parameter?.Value === amiId ? Parameter.Version : undefined
  } catch (error) {
    if (hasCode(error, /ParameterNotFound/)) return undefined
    throw error
  }
}

async function put(region: string, name: string, amiId: string): Promise<number> {
  const { send, sdk } = await ssm(region)
  const { Version } = await send(
    new sdk.PutParameterCommand({
      Name: name,
      Value: amiId,
      Type: 'String',
      DataType: 'aws:ec2:image',
      Overwrite: true
    })
  )
  return Version ?? 0
}
