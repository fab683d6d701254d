/**
 * The EC2 console page of an AMI, in its partition's console: aws (console.aws.amazon.com),
 * aws-cn (console.amazonaws.cn) and aws-us-gov (console.amazonaws-us-gov.com). The isolated
 * partitions have no public console: no link.
 */
export function consoleLink(region: string, amiId: string): string | undefined {
  const page = `/ec2/home?region=${region}#ImageDetails:imageId=${amiId}`
  if (/^us-iso/.test(region)) return undefined
  if (region.startsWith('cn-')) return `https://${region}.console.amazonaws.cn${page}`
  if (region.startsWith('us-gov-')) return `https://console.amazonaws-us-gov.com${page}`
  return `https://${region}.console.aws.amazon.com${page}`
}
