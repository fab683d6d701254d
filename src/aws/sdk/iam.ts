/**
 * The IAM part of the AWS SDK, loaded with `import()` on the first IAM call only
 * (see `Aws`): the commands, paginators and waiters the action uses, and the SDK's own adaptive
 * retry strategy. A step loads only the clients it calls; the entry is the client's ES modules
 * (see modules.d.ts).
 */
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
} from '@aws-sdk/client-iam/dist-es/index.js'
export { AdaptiveRetryStrategy, DefaultRateLimiter } from '@smithy/core/retry'
