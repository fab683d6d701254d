/**
 * The EC2 part of the AWS SDK, loaded with `import()` on the first EC2 call only
 * (see `Aws`): the commands, paginators and waiters the action uses, and the SDK's own adaptive
 * retry strategy. A step loads only the clients it calls; the entry is the client's ES modules
 * (see modules.d.ts).
 */
export {
  CreateKeyPairCommand,
  CreateTagsCommand,
  DeleteKeyPairCommand,
  DeleteLaunchTemplateCommand,
  DeleteSecurityGroupCommand,
  DeregisterImageCommand,
  DescribeImageAttributeCommand,
  DescribeImagesCommand,
  DescribeKeyPairsCommand,
  DescribeLaunchTemplatesCommand,
  DescribeLaunchTemplateVersionsCommand,
  DisableImageCommand,
  EC2Client,
  EnableImageDeprecationCommand,
  TerminateInstancesCommand,
  paginateDescribeImages,
  paginateDescribeInstances,
  paginateDescribeLaunchTemplates,
  paginateDescribeLaunchTemplateVersions,
  paginateDescribeSecurityGroups,
  waitUntilImageAvailable,
  waitUntilInstanceTerminated
} from '@aws-sdk/client-ec2/dist-es/index.js'
export { AdaptiveRetryStrategy, DefaultRateLimiter } from '@smithy/core/retry'
