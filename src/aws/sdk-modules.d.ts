// The runtime comes from the ES-module files of the SDK clients (see sdk.ts); each of those paths
// has the types of its package's public entry, so a new command is one line in sdk.ts.
declare module '@aws-sdk/client-ec2/dist-es/*' {
  export * from '@aws-sdk/client-ec2'
}
declare module '@aws-sdk/client-ssm/dist-es/*' {
  export * from '@aws-sdk/client-ssm'
}
declare module '@aws-sdk/client-iam/dist-es/*' {
  export * from '@aws-sdk/client-iam'
}
