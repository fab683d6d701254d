import { hasCode, ssm } from './clients.js'

/**
 * Puts `amiId` in the SSM parameter `name` in `region` as an `aws:ec2:image` String, where
 * Terraform, CloudFormation and launch templates read it. A re-run converges: when the
 * parameter already holds this AMI, nothing is written and its version is returned.
 * SSM validates `aws:ec2:image` values after answering (PutParameter's documentation), so the
 * AMI must exist and be available first.
 */
export async function putImageParameter(
  region: string,
  name: string,
  amiId: string
): Promise<number> {
  const { send, sdk } = await ssm(region)
  try {
    const { Parameter } = await send(new sdk.GetParameterCommand({ Name: name }))
    if (Parameter?.Value === amiId && Parameter.Version !== undefined) return Parameter.Version
  } catch (error) {
    if (!hasCode(error, /ParameterNotFound/)) throw error
  }
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
