/**
 * The environment that points the real AWS SDK at the test bed's endpoints, with static dummy
 * credentials and no instance metadata: nothing may leave 127.0.0.1.
 */
export function awsEnv(endpoints: {
  ec2?: string
  ssm?: string
  iam?: string
}): Record<string, string> {
  return {
    AWS_ACCESS_KEY_ID: 'AKIDTESTTESTTEST',
    AWS_SECRET_ACCESS_KEY: 'test-secret',
    AWS_EC2_METADATA_DISABLED: 'true',
    ...(endpoints.ec2 ? { AWS_ENDPOINT_URL_EC2: endpoints.ec2 } : {}),
    ...(endpoints.ssm ? { AWS_ENDPOINT_URL_SSM: endpoints.ssm } : {}),
    ...(endpoints.iam ? { AWS_ENDPOINT_URL_IAM: endpoints.iam } : {})
  }
}
