/**
 * The parts of @aws-sdk/client-ec2 the action uses, from the package's ES-module files. Its
 * CommonJS entry is one 2 MB file with all 800 commands; from the per-command ES modules the
 * bundler keeps only these, and they load in about half the time (see bench/results.md).
 * The package has no `exports` map, so these paths are reachable; the types are the package's
 * own (sdk-modules.d.ts). Every AWS call in the integration tests runs through this module in
 * the bundle, so a change of the SDK's layout fails CI. Load it with `import()` only.
 */
export { EC2Client } from '@aws-sdk/client-ec2/dist-es/EC2Client.js'
export { CreateTagsCommand } from '@aws-sdk/client-ec2/dist-es/commands/CreateTagsCommand.js'
export { DeleteKeyPairCommand } from '@aws-sdk/client-ec2/dist-es/commands/DeleteKeyPairCommand.js'
export { DeleteSecurityGroupCommand } from '@aws-sdk/client-ec2/dist-es/commands/DeleteSecurityGroupCommand.js'
export { DeregisterImageCommand } from '@aws-sdk/client-ec2/dist-es/commands/DeregisterImageCommand.js'
export { DescribeImagesCommand } from '@aws-sdk/client-ec2/dist-es/commands/DescribeImagesCommand.js'
export { DescribeInstancesCommand } from '@aws-sdk/client-ec2/dist-es/commands/DescribeInstancesCommand.js'
export { DescribeKeyPairsCommand } from '@aws-sdk/client-ec2/dist-es/commands/DescribeKeyPairsCommand.js'
export { DescribeLaunchTemplateVersionsCommand } from '@aws-sdk/client-ec2/dist-es/commands/DescribeLaunchTemplateVersionsCommand.js'
export { DescribeSecurityGroupsCommand } from '@aws-sdk/client-ec2/dist-es/commands/DescribeSecurityGroupsCommand.js'
export { TerminateInstancesCommand } from '@aws-sdk/client-ec2/dist-es/commands/TerminateInstancesCommand.js'
export { paginateDescribeImages } from '@aws-sdk/client-ec2/dist-es/pagination/DescribeImagesPaginator.js'
export { paginateDescribeInstances } from '@aws-sdk/client-ec2/dist-es/pagination/DescribeInstancesPaginator.js'
export { paginateDescribeLaunchTemplates } from '@aws-sdk/client-ec2/dist-es/pagination/DescribeLaunchTemplatesPaginator.js'
export { waitUntilImageAvailable } from '@aws-sdk/client-ec2/dist-es/waiters/waitForImageAvailable.js'
export { waitUntilInstanceTerminated } from '@aws-sdk/client-ec2/dist-es/waiters/waitForInstanceTerminated.js'
