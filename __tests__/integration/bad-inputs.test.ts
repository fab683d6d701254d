import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startEc2Endpoint, type Ec2Endpoint } from '../../testbed/ec2/server.js'
import { DEBIAN_PACKER_VERSION, DEBIAN_PYTHON, offlinePipEnv } from '../../testbed/fixtures.js'
import { generateSigningKey, startMirror, type Mirror, type SigningKey } from '../../testbed/mirror.js'
import { errors, newJob, runMain, type Job } from '../../testbed/runner.js'
import { hclTemplate } from '../../testbed/templates.js'
import * as fs from 'node:fs'
import * as path from 'node:path'

let mirror: Mirror
let endpoint: Ec2Endpoint
let key: SigningKey
let privateKey: string
let job: Job

beforeAll(async () => {
  mirror = await startMirror()
  endpoint = await startEc2Endpoint()
  key = await generateSigningKey()
  privateKey = key.privateKey
  job = newJob()
  fs.writeFileSync(
    path.join(job.workspace, 'app.pkr.hcl'),
    hclTemplate({
      endpoint: endpoint.url,
      target: { communicator: 'none' },
      builds: [{ name: 'app' }]
    })
  )
  fs.writeFileSync(path.join(job.workspace, 'README.md'), '# not a template\n')
})
afterAll(async () => {
  await Promise.all([mirror?.close(), endpoint?.close()])
})

const good = () => ({
  template: 'app.pkr.hcl',
  'packer-version': DEBIAN_PACKER_VERSION,
  'packer-mirror': mirror.url,
  'packer-signing-key': key.publicKey,
  'ansible-version': '2.14.18',
  python: DEBIAN_PYTHON,
  'aws-region': 'us-east-1'
})

// [what, inputs over the good ones, expected message, GITHUB_REF]
const cases: [string, Record<string, string>, RegExp, string?][] = [
  [
    'an unknown mode',
    { mode: 'deploy' },
    /Input 'mode': 'deploy' is not one of build, validate, install/
  ],
  [
    'packer-version latest',
    { 'packer-version': 'latest' },
    /Input 'packer-version': 'latest' is not an exact Packer version X\.Y\.Z/
  ],
  [
    'packer-version as a range',
    { 'packer-version': '~1.11' },
    /Input 'packer-version': '~1\.11' is not an exact Packer version X\.Y\.Z/
  ],
  [
    'packer-version without patch',
    { 'packer-version': '1.11' },
    /Input 'packer-version': '1\.11' is not an exact/
  ],
  [
    'packer-version with a v',
    { 'packer-version': 'v1.11.0' },
    /Input 'packer-version': 'v1\.11\.0' is not an exact/
  ],
  [
    'an ftp mirror',
    { 'packer-mirror': 'ftp://mirror.example' },
    /Input 'packer-mirror': 'ftp:\/\/mirror\.example' must be an http or https URL/
  ],
  [
    'a mirror that is no URL',
    { 'packer-mirror': 'releases' },
    /Input 'packer-mirror': 'releases' is not a URL/
  ],
  [
    'a signing key that is not OpenPGP',
    { 'packer-signing-key': 'not a key' },
    /Input 'packer-signing-key': not an armored OpenPGP public key/
  ],
  [
    'ansible-version latest',
    { 'ansible-version': 'latest' },
    /Input 'ansible-version': 'latest' is not an exact ansible-core version X\.Y\.Z, or 'none'/
  ],
  [
    'an unknown ansible-package',
    { 'ansible-package': 'ansible-lite' },
    /Input 'ansible-package': 'ansible-lite' is not one of ansible-core, ansible/
  ],
  [
    'a version with a space',
    { 'image-version': '1.0 beta' },
    /Input 'image-version': '1\.0 beta' has a character outside the allowed set; an image version takes letters, digits/
  ],
  [
    'a version with shell metacharacters',
    { 'image-version': '1.0;$(id)' },
    /Input 'image-version': .* has a character outside the allowed set/
  ],
  [
    'a version with backticks',
    { 'image-version': '`id`' },
    /Input 'image-version': .* outside the allowed set/
  ],
  [
    'a version over 100 characters',
    { 'image-version': 'v'.repeat(101) },
    /Input 'image-version': .* is 101 characters long/
  ],
  [
    'a tag that cannot be a version',
    {},
    /Tag 'release-\$\(id\)' cannot be an image version .*; set 'image-version'/,
    'refs/tags/release-$(id)'
  ],
  [
    'a python that does not run',
    { python: '/nonexistent/python3' },
    /Input 'python': '\/nonexistent\/python3' cannot be run as a Python interpreter/
  ],
  [
    'a Python the pinned ansible-core does not support',
    { 'ansible-version': '2.21.2' },
    /Input 'python': '\/usr\/bin\/python3' is Python 3\.11\.\d+, but ansible-core 2\.21\.2 runs on Python 3\.12 to 3\.14/
  ],
  [
    'an unclosed glob class',
    { 'release-tag-pattern': 'release-[0-9' },
    /Input 'release-tag-pattern': 'release-\[0-9' has a "\[" without its "\]"; expected a glob such as release-\*/
  ],
  [
    'a glob with a space',
    { 'release-tag-pattern': 'release *' },
    /Input 'release-tag-pattern': 'release \*' contains whitespace/
  ],
  [
    'an unknown on-untagged',
    { 'on-untagged': 'ignore' },
    /Input 'on-untagged': 'ignore' is not one of skip, fail/
  ],
  [
    'a reserved version-tag-key',
    { 'version-tag-key': 'aws:version' },
    /Input 'version-tag-key': tag key 'aws:version' may not start with 'aws:'/
  ],
  [
    'a tags line without =',
    { tags: 'Team=a\nnovalue' },
    /Input 'tags': 'novalue' is not a KEY=VALUE line/
  ],
  [
    'a reserved tag key',
    { tags: 'aws:x=1' },
    /Input 'tags': tag key 'aws:x' may not start with 'aws:'/
  ],
  [
    'the version tag in tags',
    { tags: 'ImageVersion=1' },
    /Input 'tags': 'ImageVersion' is the version tag; the action sets it itself/
  ],
  ['a tag given twice', { tags: 'A=1\nA=2' }, /Input 'tags': 'A' is given twice/],
  [
    'a region that is no region',
    { 'aws-region': 'Frankfurt' },
    /Input 'aws-region': 'Frankfurt' is not an AWS region name \(e\.g\. us-east-1\)/
  ],
  [
    'no region at all in build mode',
    { 'aws-region': '' },
    /Input 'aws-region': no region: set the input, or AWS_REGION/
  ],
  ['a vars line without =', { vars: 'team' }, /Input 'vars': 'team' is not a KEY=VALUE line/],
  ['a bad variable name', { vars: 'my team=a' }, /Input 'vars': 'my team' is not a variable name/],
  [
    'image_version in vars',
    { vars: 'image_version=1' },
    /Input 'vars': 'image_version' is set by the action; use 'image-version'/
  ],
  [
    'a missing var-file',
    { 'var-files': 'missing.pkrvars.hcl' },
    /Input 'var-files': '.*missing\.pkrvars\.hcl' cannot be read/
  ],
  [
    'only and except together',
    { only: 'amazon-ebs.a', except: 'amazon-ebs.b' },
    /Input 'except': cannot be combined with 'only'/
  ],
  [
    'a build name with a space',
    { only: 'amazon-ebs.a b' },
    /Input 'only': 'amazon-ebs\.a b' is not a build name/
  ],
  [
    'an unknown on-existing',
    { 'on-existing': 'overwrite' },
    /Input 'on-existing': 'overwrite' is not one of reuse, fail, rebuild/
  ],
  [
    'negative keep-generations',
    { 'keep-generations': '-1' },
    /Input 'keep-generations': '-1' is not a whole number from 0 to 10000/
  ],
  [
    'non-numeric keep-generations',
    { 'keep-generations': 'two' },
    /Input 'keep-generations': 'two' is not a whole number/
  ],
  [
    'a missing template',
    { template: 'missing.pkr.hcl' },
    /Input 'template': '.*missing\.pkr\.hcl' cannot be read/
  ],
  [
    'a template that is no template',
    { template: 'README.md' },
    /Input 'template': '.*README\.md' is not a \*\.pkr\.hcl, \*\.pkr\.json or legacy \*\.json file/
  ],
  [
    'a missing working-directory',
    { 'working-directory': 'nowhere' },
    /Input 'working-directory': '.*nowhere' cannot be read/
  ],
  [
    'a vault password without Ansible',
    { 'ansible-vault-password': 'x', 'ansible-version': 'none' },
    /Input 'ansible-vault-password': needs Ansible, but 'ansible-version' is 'none'/
  ]
]

describe('bad input through dist/main.js', () => {
  it('has at least 25 cases', () => expect(cases.length).toBeGreaterThanOrEqual(25))

  it.each(cases)(
    'refuses %s before any download or AWS call',
    async (_what, inputs, message, ref = 'refs/tags/release-1.0.0') => {
      mirror.requests.length = 0
      endpoint.requests.length = 0
      const result = await runMain(job, {
        inputs: { ...good(), ...inputs },
        env: { ...offlinePipEnv(), AWS_ENDPOINT_URL_EC2: endpoint.url, GITHUB_REF: ref }
      })
      expect(result.exitCode).toBe(1)
      expect(errors(result)).toHaveLength(1)
      expect(errors(result)[0]).toMatch(message)
      expect(mirror.requests).toEqual([])
      expect(endpoint.requests).toEqual([])
      expect(fs.readdirSync(job.toolCache)).toEqual([])
    }
  )

  it('refuses a private key given as the signing key', async () => {
    const result = await runMain(job, {
      inputs: { ...good(), 'packer-signing-key': privateKey },
      env: { GITHUB_REF: 'refs/tags/release-1' }
    })
    expect(errors(result)[0]).toMatch(
      /Input 'packer-signing-key': .*it is a private key; give the public key/
    )
    expect(mirror.requests).toEqual([])
  })
})
