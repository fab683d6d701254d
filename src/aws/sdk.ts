/**
 * The parts of the AWS SDK the action uses, from the packages' ES-module files. Their CommonJS
 * entries are one file with every command (2 MB for EC2); from the per-command modules the
 * bundler keeps only these, and they load in about half the time (see bench/results.md). The
 * packages have no `exports` map, so these paths are reachable; the types are the packages'
 * own (sdk-modules.d.ts: one wildcard per package). Every AWS call in the integration tests runs through this module in
 * the bundle, so a change of the SDK's layout fails CI. Load it with `import()` only.
 */
export { EC2Client } from '@aws-sdk/client-ec2/dist-es/EC2Client.js'
export { CreateTagsCommand } from '@aws-sdk/client-ec2/dist-es/commands/CreateTagsCommand.js'
export { DeleteKeyPairCommand } from '@aws-sdk/client-ec2/dist-es/commands/DeleteKeyPairCommand.js'
export { DeleteLaunchTemplateCommand } from '@aws-sdk/client-ec2/dist-es/commands/DeleteLaunchTemplateCommand.js'
export { DeleteSecurityGroupCommand } from '@aws-sdk/client-ec2/dist-es/commands/DeleteSecurityGroupCommand.js'
export { DeleteTagsCommand } from '@aws-sdk/client-ec2/dist-es/commands/DeleteTagsCommand.js'
export { DeregisterImageCommand } from '@aws-sdk/client-ec2/dist-es/commands/DeregisterImageCommand.js'
export { DescribeImageAttributeCommand } from '@aws-sdk/client-ec2/dist-es/commands/DescribeImageAttributeCommand.js'
export { DescribeImagesCommand } from '@aws-sdk/client-ec2/dist-es/commands/DescribeImagesCommand.js'
export { DescribeInstancesCommand } from '@aws-sdk/client-ec2/dist-es/commands/DescribeInstancesCommand.js'
export { DescribeKeyPairsCommand } from '@aws-sdk/client-ec2/dist-es/commands/DescribeKeyPairsCommand.js'
export { DescribeLaunchTemplateVersionsCommand } from '@aws-sdk/client-ec2/dist-es/commands/DescribeLaunchTemplateVersionsCommand.js'
export { DescribeLaunchTemplatesCommand } from '@aws-sdk/client-ec2/dist-es/commands/DescribeLaunchTemplatesCommand.js'
export { DescribeSecurityGroupsCommand } from '@aws-sdk/client-ec2/dist-es/commands/DescribeSecurityGroupsCommand.js'
export { DisableImageCommand } from '@aws-sdk/client-ec2/dist-es/commands/DisableImageCommand.js'
export { EnableImageDeprecationCommand } from '@aws-sdk/client-ec2/dist-es/commands/EnableImageDeprecationCommand.js'
export { TerminateInstancesCommand } from '@aws-sdk/client-ec2/dist-es/commands/TerminateInstancesCommand.js'
export { SSMClient } from '@aws-sdk/client-ssm/dist-es/SSMClient.js'
export { GetParameterCommand } from '@aws-sdk/client-ssm/dist-es/commands/GetParameterCommand.js'
export { PutParameterCommand } from '@aws-sdk/client-ssm/dist-es/commands/PutParameterCommand.js'
export { IAMClient } from '@aws-sdk/client-iam/dist-es/IAMClient.js'
export { DeleteInstanceProfileCommand } from '@aws-sdk/client-iam/dist-es/commands/DeleteInstanceProfileCommand.js'
export { DeleteRoleCommand } from '@aws-sdk/client-iam/dist-es/commands/DeleteRoleCommand.js'
export { DeleteRolePolicyCommand } from '@aws-sdk/client-iam/dist-es/commands/DeleteRolePolicyCommand.js'
export { GetInstanceProfileCommand } from '@aws-sdk/client-iam/dist-es/commands/GetInstanceProfileCommand.js'
export { GetRoleCommand } from '@aws-sdk/client-iam/dist-es/commands/GetRoleCommand.js'
export { ListInstanceProfilesForRoleCommand } from '@aws-sdk/client-iam/dist-es/commands/ListInstanceProfilesForRoleCommand.js'
export { ListRolePoliciesCommand } from '@aws-sdk/client-iam/dist-es/commands/ListRolePoliciesCommand.js'
export { RemoveRoleFromInstanceProfileCommand } from '@aws-sdk/client-iam/dist-es/commands/RemoveRoleFromInstanceProfileCommand.js'
// The adaptive retry strategy the clients are built with (see clients.ts): the SDK's own, from
// the module every client already loads.
export { AdaptiveRetryStrategy, DefaultRateLimiter } from '@smithy/core/retry'
