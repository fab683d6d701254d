// The bundle takes each client from its ES-module entry (the package's `module` field, which
// ncc does not read on its own), so that it keeps only the commands the action calls: EC2's
// 1.4 MiB of schemas for seven hundred commands shrink to what a dozen need, and load in a
// fraction of the time (bench/results.md). The types are the package's own.
declare module '@aws-sdk/client-ec2/dist-es/index.js' {
  export * from '@aws-sdk/client-ec2'
}
declare module '@aws-sdk/client-ssm/dist-es/index.js' {
  export * from '@aws-sdk/client-ssm'
}
declare module '@aws-sdk/client-iam/dist-es/index.js' {
  export * from '@aws-sdk/client-iam'
}
