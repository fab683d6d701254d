/**
 * The AWS SDK, loaded with `import()` on the first AWS call only (see `Aws`): the commands,
 * paginators and waiters the action uses, and the SDK's own adaptive retry strategy.
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
} from '@aws-sdk/client-ec2'
export { GetParameterCommand, PutParameterCommand, SSMClient } from '@aws-sdk/client-ssm'
export {
  DeleteInstanceProfileCommand,
  DeleteRoleCommand,
  DeleteRolePolicyCommand,
  GetInstanceProfileCommand,
  GetRoleCommand,
  IAMClient,
  ListInstanceProfilesForRoleCommand,
  ListRolePoliciesCommand,
  RemoveRoleFromInstanceProfileCommand
} from '@aws-sdk/client-iam'
export { AdaptiveRetryStrategy, DefaultRateLimiter } from '@smithy/core/retry'
