// The runtime comes from the ES-module files of @aws-sdk/client-ec2 (see sdk.ts); their
// types are the package's own, from its public entry.
declare module '@aws-sdk/client-ec2/dist-es/EC2Client.js' {
  export { EC2Client } from '@aws-sdk/client-ec2'
}
declare module '@aws-sdk/client-ec2/dist-es/commands/CreateTagsCommand.js' {
  export { CreateTagsCommand } from '@aws-sdk/client-ec2'
}
declare module '@aws-sdk/client-ec2/dist-es/commands/DeleteKeyPairCommand.js' {
  export { DeleteKeyPairCommand } from '@aws-sdk/client-ec2'
}
declare module '@aws-sdk/client-ec2/dist-es/commands/DeleteSecurityGroupCommand.js' {
  export { DeleteSecurityGroupCommand } from '@aws-sdk/client-ec2'
}
declare module '@aws-sdk/client-ec2/dist-es/commands/DeregisterImageCommand.js' {
  export { DeregisterImageCommand } from '@aws-sdk/client-ec2'
}
declare module '@aws-sdk/client-ec2/dist-es/commands/DescribeImagesCommand.js' {
  export { DescribeImagesCommand } from '@aws-sdk/client-ec2'
}
declare module '@aws-sdk/client-ec2/dist-es/commands/DescribeInstancesCommand.js' {
  export { DescribeInstancesCommand } from '@aws-sdk/client-ec2'
}
declare module '@aws-sdk/client-ec2/dist-es/commands/DescribeKeyPairsCommand.js' {
  export { DescribeKeyPairsCommand } from '@aws-sdk/client-ec2'
}
declare module '@aws-sdk/client-ec2/dist-es/commands/DescribeLaunchTemplateVersionsCommand.js' {
  export { DescribeLaunchTemplateVersionsCommand } from '@aws-sdk/client-ec2'
}
declare module '@aws-sdk/client-ec2/dist-es/commands/DescribeSecurityGroupsCommand.js' {
  export { DescribeSecurityGroupsCommand } from '@aws-sdk/client-ec2'
}
declare module '@aws-sdk/client-ec2/dist-es/commands/TerminateInstancesCommand.js' {
  export { TerminateInstancesCommand } from '@aws-sdk/client-ec2'
}
declare module '@aws-sdk/client-ec2/dist-es/pagination/DescribeImagesPaginator.js' {
  export { paginateDescribeImages } from '@aws-sdk/client-ec2'
}
declare module '@aws-sdk/client-ec2/dist-es/pagination/DescribeInstancesPaginator.js' {
  export { paginateDescribeInstances } from '@aws-sdk/client-ec2'
}
declare module '@aws-sdk/client-ec2/dist-es/pagination/DescribeLaunchTemplatesPaginator.js' {
  export { paginateDescribeLaunchTemplates } from '@aws-sdk/client-ec2'
}
declare module '@aws-sdk/client-ec2/dist-es/waiters/waitForImageAvailable.js' {
  export { waitUntilImageAvailable } from '@aws-sdk/client-ec2'
}
declare module '@aws-sdk/client-ec2/dist-es/waiters/waitForInstanceTerminated.js' {
  export { waitUntilInstanceTerminated } from '@aws-sdk/client-ec2'
}
