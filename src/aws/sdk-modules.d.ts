// The runtime comes from the ES-module files of the SDK clients (see sdk.ts); their types are
// the packages' own, from their public entries.
declare module '@aws-sdk/client-ec2/dist-es/EC2Client.js' {
  export { EC2Client } from '@aws-sdk/client-ec2'
}
declare module '@aws-sdk/client-ec2/dist-es/commands/CreateTagsCommand.js' {
  export { CreateTagsCommand } from '@aws-sdk/client-ec2'
}
declare module '@aws-sdk/client-ec2/dist-es/commands/DeleteKeyPairCommand.js' {
  export { DeleteKeyPairCommand } from '@aws-sdk/client-ec2'
}
declare module '@aws-sdk/client-ec2/dist-es/commands/DeleteLaunchTemplateCommand.js' {
  export { DeleteLaunchTemplateCommand } from '@aws-sdk/client-ec2'
}
declare module '@aws-sdk/client-ec2/dist-es/commands/DeleteSecurityGroupCommand.js' {
  export { DeleteSecurityGroupCommand } from '@aws-sdk/client-ec2'
}
declare module '@aws-sdk/client-ec2/dist-es/commands/DeleteTagsCommand.js' {
  export { DeleteTagsCommand } from '@aws-sdk/client-ec2'
}
declare module '@aws-sdk/client-ec2/dist-es/commands/DeregisterImageCommand.js' {
  export { DeregisterImageCommand } from '@aws-sdk/client-ec2'
}
declare module '@aws-sdk/client-ec2/dist-es/commands/DescribeImageAttributeCommand.js' {
  export { DescribeImageAttributeCommand } from '@aws-sdk/client-ec2'
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
declare module '@aws-sdk/client-ec2/dist-es/commands/DescribeLaunchTemplatesCommand.js' {
  export { DescribeLaunchTemplatesCommand } from '@aws-sdk/client-ec2'
}
declare module '@aws-sdk/client-ec2/dist-es/commands/DescribeRegionsCommand.js' {
  export { DescribeRegionsCommand } from '@aws-sdk/client-ec2'
}
declare module '@aws-sdk/client-ec2/dist-es/commands/DescribeSecurityGroupsCommand.js' {
  export { DescribeSecurityGroupsCommand } from '@aws-sdk/client-ec2'
}
declare module '@aws-sdk/client-ec2/dist-es/commands/DisableImageCommand.js' {
  export { DisableImageCommand } from '@aws-sdk/client-ec2'
}
declare module '@aws-sdk/client-ec2/dist-es/commands/EnableImageDeprecationCommand.js' {
  export { EnableImageDeprecationCommand } from '@aws-sdk/client-ec2'
}
declare module '@aws-sdk/client-ec2/dist-es/commands/TerminateInstancesCommand.js' {
  export { TerminateInstancesCommand } from '@aws-sdk/client-ec2'
}
declare module '@aws-sdk/client-ssm/dist-es/SSMClient.js' {
  export { SSMClient } from '@aws-sdk/client-ssm'
}
declare module '@aws-sdk/client-ssm/dist-es/commands/GetParameterCommand.js' {
  export { GetParameterCommand } from '@aws-sdk/client-ssm'
}
declare module '@aws-sdk/client-ssm/dist-es/commands/PutParameterCommand.js' {
  export { PutParameterCommand } from '@aws-sdk/client-ssm'
}
declare module '@aws-sdk/client-iam/dist-es/IAMClient.js' {
  export { IAMClient } from '@aws-sdk/client-iam'
}
declare module '@aws-sdk/client-iam/dist-es/commands/DeleteInstanceProfileCommand.js' {
  export { DeleteInstanceProfileCommand } from '@aws-sdk/client-iam'
}
declare module '@aws-sdk/client-iam/dist-es/commands/DeleteRoleCommand.js' {
  export { DeleteRoleCommand } from '@aws-sdk/client-iam'
}
declare module '@aws-sdk/client-iam/dist-es/commands/DeleteRolePolicyCommand.js' {
  export { DeleteRolePolicyCommand } from '@aws-sdk/client-iam'
}
declare module '@aws-sdk/client-iam/dist-es/commands/GetInstanceProfileCommand.js' {
  export { GetInstanceProfileCommand } from '@aws-sdk/client-iam'
}
declare module '@aws-sdk/client-iam/dist-es/commands/GetRoleCommand.js' {
  export { GetRoleCommand } from '@aws-sdk/client-iam'
}
declare module '@aws-sdk/client-iam/dist-es/commands/ListInstanceProfilesForRoleCommand.js' {
  export { ListInstanceProfilesForRoleCommand } from '@aws-sdk/client-iam'
}
declare module '@aws-sdk/client-iam/dist-es/commands/ListRolePoliciesCommand.js' {
  export { ListRolePoliciesCommand } from '@aws-sdk/client-iam'
}
declare module '@aws-sdk/client-iam/dist-es/commands/RemoveRoleFromInstanceProfileCommand.js' {
  export { RemoveRoleFromInstanceProfileCommand } from '@aws-sdk/client-iam'
}
