/**
 * The EC2 console page of an AMI, in its partition's console: aws (console.aws.amazon.com),
 * aws-cn (console.amazonaws.cn) and aws-us-gov (console.amazonaws-us-gov.com), each told by the
 * SDK's region pattern (@aws-sdk/core@3.981.0:dist-es/submodules/client/util-endpoints/lib/aws/
 * partitions.js). The other partitions (the isolated ones, aws-eusc) have no console this action
 * knows: no link, rather than a link to a console that is not theirs.
 */
const CONSOLES: [RegExp, (region: string) => string][] = [
  [/^(us|eu|ap|sa|ca|me|af|il|mx)-\w+-\d+$/, region => `https://${region}.console.aws.amazon.com`],
  [/^cn-\w+-\d+$/, region => `https://${region}.console.amazonaws.cn`],
  [/^us-gov-\w+-\d+$/, () => 'https://console.amazonaws-us-gov.com']
]

export function consoleLink(region: string, amiId: string): string | undefined {
  const host = CONSOLES.find(([pattern]) => pattern.test(region))?.[1](region)
  return host && `${host}/ec2/home?region=${region}#ImageDetails:imageId=${amiId}`
}
