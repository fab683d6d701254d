import * as fs from 'node:fs'
import * as path from 'node:path'
import { describe, expect, it } from 'vitest'
import { ownImages, tagsOf } from '../../testbed/release-bed.js'
import { EAST, PARAMETER, WEST, tag, useReleaseBed } from '../helpers/release-bed.js'
import { errors } from '../../testbed/runner.js'
import { startNotesRace } from '../helpers/notes-race.js'
import { killTree, when } from '../helpers/steps.js'

/**
 * A stream's history is never rewritten: a re-run of an older tag, a rebuild, a template that
 * no longer copies to a region or a killed attempt leave every release whole and the deploy
 * pointer at the newest, and a lookup never outputs an AMI that is no whole release. Through the
 * bundle as the runner runs it (ACTION_DIST runs an older bundle instead); the comment above each
 * test says how the bundle from before the fix failed it.
 */
const { bed, inputsFor, parameterIn } = useReleaseBed()

const idsIn = (region: string) =>
  ownImages(bed.endpoint, region)
    .map(i => i.id)
    .sort()

describe('re-running an older tag’s job', () => {
  // Old bundle (observed): the re-run deregisters 2.0.0 in both regions and moves the parameter back to 1.0.0's AMIs.
  it('reuses it, retires nothing newer, and leaves the parameter at the newest release', async () => {
    const template = bed.template('history-rerun/app.pkr.hcl', {
      builds: [{ name: 'app', amiRegions: [WEST] }]
    })
    const inputs = inputsFor(template, { 'ssm-parameter': PARAMETER })
    const amis: Record<string, Record<string, string>> = {}
    for (const [version, run] of [
      ['release-1.0.0', '10'],
      ['release-2.0.0', '20'],
      ['release-3.0.0', '30']
    ] as const) {
      const result = await bed.main({ ref: tag(version), inputs, env: { GITHUB_RUN_ID: run } })
      expect(errors(result)).toEqual([])
      amis[version] = JSON.parse(result.outputs['amis'] ?? '{}') as Record<string, string>
    }
    const before = { east: idsIn(EAST), west: idsIn(WEST) }
    expect(before.east).toHaveLength(3)
    expect(parameterIn(EAST)).toBe(amis['release-3.0.0']?.[EAST])

    const rerun = await bed.main({
      ref: tag('release-1.0.0'),
      inputs: { ...inputs, 'keep-generations': '2' },
      env: { GITHUB_RUN_ID: '10', GITHUB_RUN_ATTEMPT: '2' }
    })
    expect(errors(rerun)).toEqual([])
    expect(rerun.outputs).toMatchObject({ reused: 'true', 'ami-id': amis['release-1.0.0']?.[EAST] })
    // Nothing newer than 1.0.0 is retired: 2.0.0 and 3.0.0 keep every image in every region.
    expect(idsIn(EAST)).toEqual(before.east)
    expect(idsIn(WEST)).toEqual(before.west)
    expect(parameterIn(EAST)).toBe(amis['release-3.0.0']?.[EAST])
    expect(parameterIn(WEST)).toBe(amis['release-3.0.0']?.[WEST])
    expect(rerun.summary).toContain(
      'the parameter is left as it is (release-3.0.0 is newer than release-1.0.0)'
    )
  })
})

describe('re-running an older tag’s job after a newer release disabled it', () => {
  // Old bundle (observed): the re-run said the action 'cannot prove it made' 1.0.0's AMIs and told the user to deregister them with their snapshots.
  it('fails saying the release was retired and how to release it again, and touches nothing', async () => {
    const template = bed.template('history-disabled/app.pkr.hcl', {
      builds: [{ name: 'app', amiRegions: [WEST] }]
    })
    const inputs = inputsFor(template, { 'keep-generations': '1', retire: 'disable' })
    const first = await bed.main({
      ref: tag('release-1.0.0'),
      inputs,
      env: { GITHUB_RUN_ID: '10' }
    })
    const second = await bed.main({
      ref: tag('release-2.0.0'),
      inputs,
      env: { GITHUB_RUN_ID: '20' }
    })
    expect(errors(first)).toEqual([])
    expect(errors(second)).toEqual([])
    const before = { east: idsIn(EAST), west: idsIn(WEST) }
    const old = JSON.parse(first.outputs['amis'] ?? '{}') as Record<string, string>

    const rerun = await bed.main({
      ref: tag('release-1.0.0'),
      inputs,
      env: { GITHUB_RUN_ID: '10', GITHUB_RUN_ATTEMPT: '2' }
    })
    expect(rerun.exitCode).toBe(1)
    expect(rerun.outputs['ami-id']).toBeUndefined()
    const [error = ''] = errors(rerun)
    expect(error).toContain(
      `release-1.0.0 was retired: ${old[EAST] ?? ''} in us-east-1, ${old[WEST] ?? ''} in us-west-2 are disabled`
    )
    expect(error).not.toMatch(/cannot prove|deregister/)
    expect({ east: idsIn(EAST), west: idsIn(WEST) }).toEqual(before)
    for (const region of [EAST, WEST])
      expect(ownImages(bed.endpoint, region).find(i => i.id === old[region])?.state).toBe(
        'disabled'
      )

    // A deploy job's lookup of it says why it cannot take it, and what makes it deployable.
    const lookup = await bed.main({
      ref: tag('release-1.0.0'),
      inputs: { ...inputs, mode: 'lookup', 'image-version': 'release-1.0.0' }
    })
    expect(lookup.exitCode).toBe(1)
    const [refused = ''] = errors(lookup)
    expect(refused).toContain(
      `it was retired with retire: disable: ${old[EAST] ?? ''} (amazon-ebs.app) cannot be launched until enabled (EnableImage)`
    )
    expect(refused).toContain('To deploy or roll back to release-1.0.0, enable its AMIs')
    expect(refused).not.toContain('Check ')
  })
})

/** An AMI name per build, as a rebuild needs. */
const STAMPED = '"app-${var.image_version}-${formatdate("hhmmss", timestamp())}${uuidv4()}"'

describe('a new run of an older tag whose images were all retired', () => {
  // Old bundle (observed): the new run counts 1.0.0 as the newest release: it deregisters 2.0.0 in both regions and moves the parameter back to 1.0.0.
  it('builds it again as the older release it is: 2.0.0 stays whole and current', async () => {
    const template = bed.template('history-new-run/app.pkr.hcl', {
      builds: [{ name: 'app', amiRegions: [WEST] }]
    })
    const inputs = inputsFor(template, { 'ssm-parameter': PARAMETER, 'keep-generations': '1' })
    const one = await bed.main({ ref: tag('release-1.0.0'), inputs, env: { GITHUB_RUN_ID: '10' } })
    const two = await bed.main({ ref: tag('release-2.0.0'), inputs, env: { GITHUB_RUN_ID: '20' } })
    expect([...errors(one), ...errors(two)]).toEqual([])
    const newer = JSON.parse(two.outputs['amis'] ?? '{}') as Record<string, string>
    // 2.0.0's retention retired every image of 1.0.0.
    expect([idsIn(EAST), idsIn(WEST)]).toEqual([[newer[EAST]], [newer[WEST]]])

    // workflow_dispatch on the old tag: a new run, not a re-run.
    const again = await bed.main({
      ref: tag('release-1.0.0'),
      inputs,
      env: { GITHUB_RUN_ID: '30' }
    })
    expect(errors(again)).toEqual([])
    const rebuilt = JSON.parse(again.outputs['amis'] ?? '{}') as Record<string, string>
    expect(idsIn(EAST)).toEqual([rebuilt[EAST], newer[EAST]].sort())
    expect(idsIn(WEST)).toEqual([rebuilt[WEST], newer[WEST]].sort())
    expect([parameterIn(EAST), parameterIn(WEST)]).toEqual([newer[EAST], newer[WEST]])
    expect(again.summary).toContain(
      'the parameter is left as it is (release-2.0.0 is newer than release-1.0.0)'
    )
    expect(tagsOf(bed.endpoint, EAST, rebuilt[EAST] ?? '')['ImageVersion:released']).toMatch(
      /#10\.1$/
    )
  })
})

describe('an outage while the first release of a version is marked', () => {
  it('releases nothing and says so; the re-run releases what was built, without building', async () => {
    const template = bed.template('history-mark-outage/app.pkr.hcl')
    const inputs = inputsFor(template)
    const isMark = (p: Record<string, string>) =>
      p['KeyName']?.startsWith('packer-ami-released-') === true
    bed.endpoint.failNext('CreateKeyPair', 50, 'unavailable', isMark)
    const first = await bed.main({
      ref: tag('release-1.0.0'),
      inputs,
      env: { GITHUB_RUN_ID: '10' }
    })
    bed.endpoint.clearFaults()
    expect(errors(first).join('\n')).toMatch(
      /recorded complete, but whether release-1\.0\.0 was released before could not be read .*Re-run the job to release them without building/
    )
    expect(first.outputs['ami-id']).toBeUndefined()
    const [built] = idsIn(EAST)
    expect(tagsOf(bed.endpoint, EAST, built ?? '')['ImageVersion']).toBeUndefined()
    // The post step keeps it: it is recorded complete, for the re-run.
    const post = await bed.post({ state: first.state })
    expect(errors(post)).toEqual([])
    expect(idsIn(EAST)).toEqual([built])

    const rerun = await bed.main({
      ref: tag('release-1.0.0'),
      inputs,
      env: { GITHUB_RUN_ID: '10', GITHUB_RUN_ATTEMPT: '2' }
    })
    expect(errors(rerun)).toEqual([])
    expect(rerun.outputs['ami-id']).toBe(built)
    expect(idsIn(EAST)).toEqual([built])
  })
})

describe('rebuilding a version whose image is in use', () => {
  // Old bundle (observed): the rebuild deregisters the old release's us-west-2 copy (only the used us-east-1 AMI stays); lookup then fails 'not whole'.
  it('keeps the old release whole, and lookup and reuse output the new one', async () => {
    const template = bed.template('history-rebuild/app.pkr.hcl', {
      builds: [{ name: 'app', amiName: STAMPED, amiRegions: [WEST] }]
    })
    const inputs = inputsFor(template)
    const first = await bed.main({
      ref: tag('release-1.0.0'),
      inputs,
      env: { GITHUB_RUN_ID: '10' }
    })
    expect(errors(first)).toEqual([])
    const old = JSON.parse(first.outputs['amis'] ?? '{}') as Record<string, string>
    bed.endpoint.seed.instance(EAST, { imageId: old[EAST] ?? '' })

    const rebuilt = await bed.main({
      ref: tag('release-1.0.0'),
      inputs: { ...inputs, 'on-existing': 'rebuild' },
      env: { GITHUB_RUN_ID: '11' }
    })
    expect(errors(rebuilt)).toEqual([])
    const fresh = JSON.parse(rebuilt.outputs['amis'] ?? '{}') as Record<string, string>
    expect(fresh[EAST]).not.toBe(old[EAST])
    expect(fresh[WEST]).not.toBe(old[WEST])
    // The old release is in use in us-east-1: it is kept whole, its copy too.
    expect(idsIn(EAST)).toEqual([old[EAST], fresh[EAST]].sort())
    expect(idsIn(WEST)).toEqual([old[WEST], fresh[WEST]].sort())

    // A deploy job looks the version up by its template; another run of the tag reuses it.
    const lookup = await bed.main({
      ref: 'refs/heads/main',
      inputs: bed.inputs({ mode: 'lookup', template, 'image-version': 'release-1.0.0' })
    })
    expect(errors(lookup)).toEqual([])
    expect(lookup.outputs['ami-id']).toBe(fresh[EAST])
    expect(JSON.parse(lookup.outputs['amis'] ?? '{}')).toEqual(fresh)
    const reuse = await bed.main({
      ref: tag('release-1.0.0'),
      inputs,
      env: { GITHUB_RUN_ID: '12' }
    })
    expect(errors(reuse)).toEqual([])
    expect(reuse.outputs).toMatchObject({ reused: 'true', 'ami-id': fresh[EAST] })
    expect(JSON.parse(reuse.outputs['amis'] ?? '{}')).toEqual(fresh)
  })
})

describe('a generation in use in a region the template no longer copies to', () => {
  // Old bundle (observed): 2.0.0's run deregisters 1.0.0's us-east-1 AMI although its us-west-2 copy is in use.
  it('is kept in every region', async () => {
    const file = 'history-dropped-region/app.pkr.hcl'
    bed.template(file, { builds: [{ name: 'app', amiRegions: [WEST] }] })
    const inputs = inputsFor(file, { 'keep-generations': '1' })
    const first = await bed.main({
      ref: tag('release-1.0.0'),
      inputs,
      env: { GITHUB_RUN_ID: '10' }
    })
    expect(errors(first)).toEqual([])
    const old = JSON.parse(first.outputs['amis'] ?? '{}') as Record<string, string>
    bed.endpoint.seed.instance(WEST, { imageId: old[WEST] ?? '' })

    // The template stops copying to us-west-2 (same file: the same lineage).
    bed.template(file)
    const second = await bed.main({
      ref: tag('release-2.0.0'),
      inputs,
      env: { GITHUB_RUN_ID: '20' }
    })
    expect(errors(second)).toEqual([])
    expect(JSON.parse(second.outputs['amis'] ?? '{}')).toEqual({ [EAST]: second.outputs['ami-id'] })
    expect(idsIn(EAST)).toEqual([old[EAST], second.outputs['ami-id']].sort())
    expect(idsIn(WEST)).toEqual([old[WEST]])
    // Each of its images is listed as kept, for the copy an instance uses.
    expect(second.summary).toContain(old[EAST])
    expect(second.summary).toContain(`kept: ${old[WEST] ?? ''} in ${WEST}: instance`)
  })
})

describe('a lookup never succeeds with no AMI', () => {
  // Old bundle (observed): builds and releases the self-tagging template (exit 0, ami-id output), and the lineage-only lookup exits 0.
  it('refuses a template that tags its own AMIs with the version, and finds no release in an image that only carries it', async () => {
    const template = bed.template('history-self-tag/app.pkr.hcl', {
      builds: [{ name: 'app', extra: ['tags = { ImageVersion = var.image_version }'] }]
    })
    const refused = await bed.main({ ref: tag('release-1.0.0'), inputs: inputsFor(template) })
    expect(refused.exitCode).toBe(1)
    const line =
      fs
        .readFileSync(path.join(bed.job.workspace, template), 'utf8')
        .split('\n')
        .findIndex(l => l.includes('ImageVersion = var.image_version')) + 1
    expect(errors(refused).join('\n')).toContain(
      `app.pkr.hcl:${line}: source amazon-ebs.app sets the tag ImageVersion in tags.`
    )
    expect(bed.endpoint.requests.some(r => r.action === 'RunInstances')).toBe(false)
    expect(ownImages(bed.endpoint, EAST)).toEqual([])
    expect(refused.outputs['ami-id']).toBeUndefined()

    // A deploy job without a checkout looks release-1.0.0 up by its lineage alone: an image
    // carrying the version but no release record (what such a template made) is no release.
    const seeded = bed.endpoint.seed.image(EAST, {
      name: 'web-release-1.0.0',
      tags: {
        ImageVersion: 'release-1.0.0',
        'ImageVersion:lineage': 'web',
        'ImageVersion:build': 'amazon-ebs.app',
        'ImageVersion:copies': ''
      }
    })
    bed.write('deploy/README.md', 'no template here\n')
    const lookup = await bed.main({
      ref: 'refs/heads/main',
      inputs: bed.inputs({
        mode: 'lookup',
        template: 'deploy/',
        lineage: 'web',
        'image-version': 'release-1.0.0'
      })
    })
    expect(lookup.exitCode).toBe(1)
    expect(errors(lookup).join('\n')).toMatch(
      /^No whole release of release-1\.0\.0 in lineage 'web' in us-east-1/
    )
    expect(lookup.outputs['ami-id']).toBeUndefined()
    expect(lookup.outputs['amis']).toBeUndefined()
    expect(JSON.stringify(lookup.outputs)).not.toContain(seeded)
  })
})

describe('a re-run after an attempt killed mid-build', () => {
  // Old bundle (observed): attempt 2 logs '<ami> of release-1.0.0 is being built or released by another run: waiting for it' until killed at 90 s.
  it('does not wait for itself: it takes the claim over and releases', async () => {
    // CreateImage takes a few seconds: the runner kills the whole tree while Packer waits for
    // the AMI (its instance stopped), and no post step runs.
    bed.endpoint.configure({ imageAvailableAfterMs: 6_000 })
    const template = bed.template('history-killed/app.pkr.hcl', {
      builds: [{ name: 'app', amiName: STAMPED }]
    })
    const inputs = inputsFor(template)
    const killed = await bed.main({
      ref: tag('release-1.0.0'),
      inputs,
      detached: true,
      onSpawn: when('Waiting for AMI to become ready', child =>
        setTimeout(() => killTree(child), 1_000)
      ),
      timeoutMs: 60_000
    })
    expect(killed.signal).toBe('SIGKILL')
    expect(bed.endpoint.inspect.instances(EAST).map(i => i.state)).toEqual(['stopped'])
    bed.endpoint.configure({ imageAvailableAfterMs: 0 })

    const started = Date.now()
    const rerun = await bed.main({
      ref: tag('release-1.0.0'),
      inputs,
      env: { GITHUB_RUN_ATTEMPT: '2' },
      timeoutMs: 90_000
    })
    expect(rerun.signal).toBeNull()
    expect(Date.now() - started).toBeLessThan(45_000)
    expect(errors(rerun)).toEqual([])
    expect(rerun.stdout).not.toContain('waiting')
    expect(rerun.stdout).toContain('(earlier attempt), which never gave the claim up')
    expect(rerun.outputs['ami-id']).toMatch(/^ami-/)
    expect(
      ownImages(bed.endpoint, EAST).find(i => i.id === rerun.outputs['ami-id'])?.tags[
        'ImageVersion'
      ]
    ).toBe('release-1.0.0')
    // The claim is dropped once released.
    expect(
      bed.endpoint.inspect.keyPairs(EAST).filter(k => k.name.startsWith('packer-ami-release-'))
    ).toEqual([])
  })
})

describe('two jobs of a matrix writing release-notes at once', () => {
  // Old bundle (observed): the first writer's section is lost (web-amd64's; only web-arm64's is left under 'What changed.').
  it('keep each other’s section', async () => {
    bed.github.seed.release('acme', 'images', { tag: 'release-1.0.0', body: 'What changed.' })
    const race = await startNotesRace(bed.github.url)
    try {
      const job = (arch: string) =>
        bed.main({
          ref: tag('release-1.0.0'),
          inputs: inputsFor(
            bed.template(`history-notes/${arch}.pkr.hcl`, { builds: [{ name: arch }] }),
            {
              lineage: `web-${arch}`,
              'release-notes': 'true',
              'github-token': 'ghs_test'
            }
          ),
          env: { GITHUB_API_URL: race.url }
        })
      const [amd64, arm64] = await Promise.all([job('amd64'), job('arm64')])
      expect(errors(amd64)).toEqual([])
      expect(errors(arm64)).toEqual([])
      // Both read the notes before either wrote: one write landed on the other's.
      expect(race.log.slice(0, 3)).toEqual(['GET', 'GET', 'PATCH'])
      const [release] = bed.github.inspect.releases('acme', 'images')
      const body = release?.body ?? ''
      expect(body).toMatch(/^What changed\./)
      expect(body).toContain('Lineage `web-amd64`')
      expect(body).toContain('Lineage `web-arm64`')
      expect(body).toContain(amd64.outputs['ami-id'] ?? 'no ami-id')
      expect(body).toContain(arm64.outputs['ami-id'] ?? 'no ami-id')
    } finally {
      await race.close()
    }
  })
})
