import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startEc2Endpoint, type Ec2Endpoint } from '../../testbed/ec2/server.js'
import { DEBIAN_PACKER_VERSION, DEBIAN_PYTHON, offlinePipEnv } from '../../testbed/fixtures.js'
import {
  generateSigningKey,
  startMirror,
  type Mirror,
  type SigningKey
} from '../../testbed/mirror.js'
import { errors, newJob, runMain, type Job } from '../../testbed/runner.js'
import { hclTemplate, jsonTemplate } from '../../testbed/templates.js'
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
  const options = { endpoint: endpoint.url, target: { communicator: 'none' as const } }
  fs.writeFileSync(
    path.join(job.workspace, 'unversioned.pkr.hcl'),
    hclTemplate({ ...options, versioned: false, builds: [{ name: 'app' }] })
  )
  fs.writeFileSync(
    path.join(job.workspace, 'fixed-name.pkr.hcl'),
    hclTemplate({ ...options, builds: [{ name: 'app', amiName: '"app"' }] })
  )
  fs.writeFileSync(path.join(job.workspace, 'sets-version.pkrvars.hcl'), 'image_version = "1.0"\n')
  fs.writeFileSync(path.join(job.workspace, 'prod.vars'), 'team = "web"\n')
  for (const setting of ['force_deregister', 'force_delete_snapshot'])
    fs.writeFileSync(
      path.join(job.workspace, `${setting}.pkr.hcl`),
      hclTemplate({ ...options, builds: [{ name: 'app', extra: [`${setting} = true`] }] })
    )
  // 30 tags of its own: with 5 more from 'tags', over the 34 the action leaves (EC2 takes 50).
  const thirty = Array.from({ length: 30 }, (_, i) => `T${i} = "x"`).join(', ')
  fs.writeFileSync(
    path.join(job.workspace, 'crowded.pkr.hcl'),
    hclTemplate({ ...options, builds: [{ name: 'app', extra: [`tags = { ${thirty} }`] }] })
  )
  // A legacy builder's name is any string; this one cannot be part of an SSM parameter name.
  fs.writeFileSync(
    path.join(job.workspace, 'web-server.json'),
    jsonTemplate({ ...options, builds: [{ name: 'web server' }] })
  )
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

// One case per kind of bad input, through the bundle as the runner runs it; every form of every
// input is in the unit table (__tests__/unit/inputs.test.ts).
// [what, inputs over the good ones, expected message, GITHUB_REF]
const cases: [string, Record<string, string>, RegExp, string?][] = [
  [
    'an unknown mode',
    { mode: 'deploy' },
    /Input 'mode': 'deploy' is not one of build, validate, install, lookup/
  ],
  [
    'packer-version latest',
    { 'packer-version': 'latest' },
    /Input 'packer-version': 'latest' is not an exact Packer version X\.Y\.Z/
  ],
  [
    'an ftp mirror',
    { 'packer-mirror': 'ftp://mirror.example' },
    /Input 'packer-mirror': 'ftp:' is not http or https/
  ],
  [
    'a signing key that is not OpenPGP',
    { 'packer-signing-key': 'not a key' },
    /Input 'packer-signing-key': not a usable armored OpenPGP public key/
  ],
  [
    'amazon-plugin-version latest',
    { 'amazon-plugin-version': 'latest' },
    /Input 'amazon-plugin-version': 'latest' is not an exact amazon plugin version/
  ],
  [
    'ansible-version latest',
    { 'ansible-version': 'latest' },
    /Input 'ansible-version': 'latest' is not an exact ansible-core version X\.Y\.Z \(no leading zeros\), or 'none'/
  ],
  [
    'a version with shell metacharacters',
    { 'image-version': '1.0;$(id)' },
    /Input 'image-version': .* has a character outside the allowed set/
  ],
  [
    'a tag that cannot be a version',
    {},
    /Tag 'release-\$\(id\)' has a character outside the allowed set.*set 'image-version'/,
    'refs/tags/release-$(id)'
  ],
  [
    'a tag with SemVer build metadata, which no AMI name can hold',
    {},
    /^Tag 'release-1\.0\.0\+build\.5' has a character outside the allowed set \('\+', which an AMI name cannot hold\).*set 'image-version'/,
    'refs/tags/release-1.0.0+build.5'
  ],
  [
    'template tags and tags over what EC2 leaves beside the action’s own',
    { template: 'crowded.pkr.hcl', tags: 'A=1\nB=2\nC=3\nD=4\nE=5' },
    /^Input 'tags': crowded\.pkr\.hcl:\d+: build amazon-ebs\.app tags its AMI and snapshots with 30 keys and 'tags' adds 5 more: 35 in all/
  ],
  [
    'a python that does not run',
    { python: '/nonexistent/python3' },
    /Input 'python': '\/nonexistent\/python3' cannot be run as a Python interpreter/
  ],
  [
    'a python given as a command line',
    { python: `/usr/bin/python3 -c "open('/tmp/par-python-ran','w')"` },
    /Input 'python': .* cannot be run as a Python interpreter \(it is one path or a name on PATH, never a command line\)/
  ],
  [
    'a Python the pinned ansible-core does not support',
    { 'ansible-version': '2.21.2' },
    /Input 'python': '\/usr\/bin\/python3' is Python 3\.11\.\d+, but ansible-core 2\.21\.2 runs on Python 3\.12 to 3\.14/
  ],
  [
    'an impossible tag pattern range',
    { 'release-tag-pattern': 'v[z-a]' },
    /Input 'release-tag-pattern': 'z-a' is not a range within a-z, A-Z or 0-9/
  ],
  [
    'a tag the action writes itself',
    { tags: 'ImageVersion:copies=x' },
    /Input 'tags': 'ImageVersion:copies' is a tag the action writes itself/
  ],
  [
    'a source tag in tags',
    { tags: 'SourceCommit=x' },
    /Input 'tags': 'SourceCommit' is a tag the action writes itself/
  ],
  [
    'a region that is no region',
    { 'aws-region': 'Frankfurt' },
    /Input 'aws-region': 'Frankfurt' is not an AWS region name/
  ],
  [
    'no region at all in build mode',
    { 'aws-region': '' },
    /Input 'aws-region': no region: set the input, or AWS_REGION/
  ],
  [
    'image_version in vars',
    { vars: 'image_version=1' },
    /Input 'vars': 'image_version' is set by the action; use 'image-version'/
  ],
  [
    'a var-file outside the workspace',
    { 'var-files': '../../etc/passwd' },
    /Input 'var-files': '..\/..\/etc\/passwd' is outside the workspace/
  ],
  [
    'only and except together',
    { only: 'amazon-ebs.a', except: 'amazon-ebs.b' },
    /Input 'except': cannot be combined with 'only'/
  ],
  [
    'an only that names no build of the template',
    { only: 'amazon-ebs.ap' },
    /Input 'only': 'amazon-ebs\.ap': it matches no build of the template\. The builds of .*app\.pkr\.hcl are: amazon-ebs\.app$/
  ],
  [
    'an unknown on-existing',
    { 'on-existing': 'overwrite' },
    /Input 'on-existing': 'overwrite' is not one of reuse, fail, rebuild/
  ],
  [
    'an unknown retire',
    { retire: 'delete' },
    /Input 'retire': 'delete' is not one of deregister, deprecate, disable/
  ],
  [
    'keep-launched-within-days that is no number',
    { 'keep-launched-within-days': 'two weeks' },
    /Input 'keep-launched-within-days': 'two weeks' is not a whole number/
  ],
  [
    'an ssm-parameter under aws',
    { 'ssm-parameter': '/aws/service/x' },
    /Input 'ssm-parameter': '\/aws\/service\/x' may not start with 'aws' or 'ssm'/
  ],
  [
    'release-notes that is no boolean',
    { 'release-notes': 'yes' },
    /Input 'release-notes': 'yes' is not true or false/
  ],
  [
    'a lineage with odd characters',
    { lineage: 'web;arm64' },
    /Input 'lineage': 'web;arm64' takes 1 to 200 letters/
  ],
  [
    'a missing template',
    { template: 'missing.pkr.hcl' },
    /Input 'template': '.*missing\.pkr\.hcl' cannot be read/
  ],
  [
    'a vault password without Ansible',
    { 'ansible-vault-password': 'x', 'ansible-version': 'none' },
    /Input 'ansible-vault-password': needs Ansible, but 'ansible-version' is 'none'/
  ],
  // The template's contract, checked before anything is installed.
  [
    'a template without image_version',
    { template: 'unversioned.pkr.hcl' },
    /unversioned\.pkr\.hcl declares no image_version variable.*Add:\nvariable "image_version"/s
  ],
  [
    'an ami_name without the version',
    { template: 'fixed-name.pkr.hcl' },
    /the ami_name of build amazon-ebs\.app \("app"\) does not use image_version/
  ],
  [
    'a vars name the template does not declare',
    { vars: 'copy_region=eu-west-1' },
    /Input 'vars': 'copy_region' is not a variable of app\.pkr\.hcl, and Packer would ignore it; it declares: image_version/
  ],
  [
    'a var-file that sets image_version',
    { 'var-files': 'sets-version.pkrvars.hcl' },
    /Input 'var-files': .*sets-version\.pkrvars\.hcl sets image_version/
  ],
  // hashicorp/packer@v1.16.0:hcl2template/parser.go:223-235 (v1.6.6 :169-180): by extension.
  [
    'a var-file of an HCL2 template that ends in neither .hcl nor .json',
    { 'var-files': 'prod.vars' },
    /^Input 'var-files': .*prod\.vars: a variable file of an HCL2 template must end in \.hcl or \.json/
  ],
  // hashicorp/packer@v1.16.0:command/flag-kv/flag_json.go:20-33: JSON, whatever the name.
  [
    'a var-file of a legacy JSON template that is not JSON',
    { template: 'web-server.json', 'var-files': 'prod.vars' },
    /^Input 'var-files': .*prod\.vars is not a JSON object: a legacy JSON template's variable files are read as a JSON object of strings/
  ],
  [
    'an aws-region the template does not build in',
    { 'aws-region': 'eu-west-1' },
    /Input 'aws-region': 'eu-west-1' is not where the template builds \(us-east-1\)/
  ],
  // Packer deregisters whatever AMI holds the name (and its snapshots), which nothing proves is
  // this release's: another lineage's release, a hand-made image (src/packer/contract.ts).
  [
    'a template that sets force_deregister',
    { template: 'force_deregister.pkr.hcl' },
    /build amazon-ebs\.app sets force_deregister: Packer would deregister whatever AMI holds the name, which the action cannot prove is this release's/
  ],
  [
    'a template that sets force_delete_snapshot',
    { template: 'force_delete_snapshot.pkr.hcl' },
    /build amazon-ebs\.app sets force_delete_snapshot: Packer would deregister whatever AMI holds the name/
  ],
  // The build names are known before anything runs: `{build}` is checked with each of them.
  [
    'an ssm-parameter whose {build} makes a name SSM refuses',
    { template: 'web-server.json', 'ssm-parameter': '/images/{build}' },
    /^Input 'ssm-parameter': '\/images\/\{build\}' names '\/images\/web server' for build web server, which SSM refuses: it takes letters, digits/
  ]
]

describe('bad input through dist/main.js', () => {
  it('has a case for every kind', () => expect(cases.length).toBeGreaterThanOrEqual(30))

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
      expect(fs.existsSync('/tmp/par-python-ran')).toBe(false)
    }
  )

  it('warns about a tags line that holds two tags, showing the two lines to write', async () => {
    const result = await runMain(job, {
      inputs: { ...good(), mode: 'lookup', tags: 'Team=platform, Env=prod', 'image-version': 'v1' },
      env: { AWS_ENDPOINT_URL_EC2: endpoint.url }
    })
    expect(result.stdout).toContain(
      "::warning::Input 'tags': the line 'Team=platform, Env=prod' makes one tag 'Team' whose value contains 'Env='. If you meant 2 tags, write one KEY=VALUE per line:%0A  Team=platform%0A  Env=prod"
    )
  })

  it('refuses a lookup with no version to look up as the bad input it is, asking AWS nothing', async () => {
    // A rollback started by hand on a branch, with image-version left empty.
    const asked = endpoint.requests.length
    const result = await runMain(job, {
      inputs: { ...good(), mode: 'lookup', lineage: 'webapp' },
      env: { GITHUB_REF: 'refs/heads/main', AWS_ENDPOINT_URL_EC2: endpoint.url }
    })
    expect(result.exitCode).toBe(1)
    expect(errors(result)).toHaveLength(1)
    expect(errors(result)[0]).toMatch(/^Input 'image-version': .*refs\/heads\/main/)
    expect(result.summary).toContain('<h2>Inputs refused</h2>')
    expect(result.summary).not.toMatch(/Release .*failed|No AMI was built/)
    expect(endpoint.requests.slice(asked)).toEqual([])
  })

  it('a pull request whose template fails mode: validate is not told a release failed', async () => {
    const result = await runMain(job, {
      inputs: { ...good(), mode: 'validate', template: 'unversioned.pkr.hcl' },
      env: { GITHUB_REF: 'refs/pull/7/merge' }
    })
    expect(result.exitCode).toBe(1)
    expect(errors(result).join('\n')).toMatch(/declares no image_version variable/)
    expect(result.summary).toMatch(/^<h2>Failed<\/h2>/)
    expect(result.summary).not.toMatch(/Release/)
  })

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
