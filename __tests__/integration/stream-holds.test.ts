import type { ChildProcess } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { EAST, PARAMETER, WEST, tag, useReleaseBed } from '../helpers/release-bed.js'
import { errors, type StepResult } from '../../testbed/runner.js'
import { amisOf, holdAt } from '../helpers/steps.js'

const { bed, inputsFor, exists, parameterIn, everyImage } = useReleaseBed()

describe('releases that race, share and meet outages', () => {
  it('a generation shared with another account only in its copy region is kept whole', async () => {
    const template = bed.template('attack-h1/app.pkr.hcl', {
      builds: [{ name: 'app', amiRegions: [WEST] }]
    })
    const inputs = inputsFor(template, { 'keep-generations': '1' })
    const one = await bed.main({ ref: tag('release-1.0.0'), inputs, env: { GITHUB_RUN_ID: '10' } })
    const old = amisOf(one)
    const image = bed.endpoint.world.region(WEST).images.get(old[WEST] ?? '')
    if (!image) throw new Error('no copy')
    image.launchPermissions.userIds.push('210987654321')
    const two = await bed.main({ ref: tag('release-2.0.0'), inputs, env: { GITHUB_RUN_ID: '20' } })
    expect(errors(two)).toEqual([])
    expect(exists(EAST, old[EAST])).toBe(true)
    expect(exists(WEST, old[WEST])).toBe(true)
  })

  it('three runs of one version at once: one release, the same outputs', async () => {
    const template = bed.template('attack-h3/app.pkr.hcl', {
      builds: [{ name: 'app', amiRegions: [WEST] }]
    })
    const inputs = inputsFor(template, { 'ssm-parameter': PARAMETER })
    const run = (id: string) =>
      bed.main({ ref: tag('release-1.0.0'), inputs, env: { GITHUB_RUN_ID: id } })
    const results = await Promise.all([run('50'), run('51'), run('52')])
    for (const r of results) expect(errors(r)).toEqual([])
    expect(new Set(results.map(r => r.outputs['amis'])).size).toBe(1)
    expect(results.filter(r => r.outputs['reused'] === 'false')).toHaveLength(1)
    expect(everyImage()).toHaveLength(2)
    expect(parameterIn(EAST)).toBe(results[0]?.outputs['ami-id'])
  })

  it('two tags racing with keep 1, then a re-run of the older: the newer stays whole and current', async () => {
    const template = bed.template('attack-h6/app.pkr.hcl', {
      builds: [{ name: 'app', amiRegions: [WEST] }]
    })
    const inputs = inputsFor(template, { 'keep-generations': '1', 'ssm-parameter': PARAMETER })
    const [, b] = await Promise.all([
      bed.main({ ref: tag('release-1.0.0'), inputs, env: { GITHUB_RUN_ID: '40' } }),
      bed.main({ ref: tag('release-1.0.1'), inputs, env: { GITHUB_RUN_ID: '41' } })
    ])
    const rerun = await bed.main({
      ref: tag('release-1.0.0'),
      inputs,
      env: { GITHUB_RUN_ID: '40', GITHUB_RUN_ATTEMPT: '2' }
    })
    const latest = amisOf(b)
    expect(exists(EAST, latest[EAST])).toBe(true)
    expect(exists(WEST, latest[WEST])).toBe(true)
    expect(parameterIn(EAST)).toBe(latest[EAST])
    expect(parameterIn(WEST)).toBe(latest[WEST])
    // 1.0.0's run may exit 0 before 1.0.1's retires its images; the newer's and the re-run's
    // outputs exist.
    for (const r of [b, rerun])
      if (r.exitCode === 0)
        for (const [region, id] of Object.entries(amisOf(r))) expect(exists(region, id)).toBe(true)
  })

  it('a PutParameter outage in the copy region: re-run converges, nothing retired meanwhile', async () => {
    const template = bed.template('attack-h9/app.pkr.hcl', {
      builds: [{ name: 'app', amiRegions: [WEST] }]
    })
    const inputs = inputsFor(template, { 'keep-generations': '1', 'ssm-parameter': PARAMETER })
    const one = await bed.main({ ref: tag('release-1.0.0'), inputs, env: { GITHUB_RUN_ID: '10' } })
    const old = amisOf(one)
    bed.ssm.failNext('PutParameter', 50, 'unavailable', (_, region) => region === WEST)
    const two = await bed.main({ ref: tag('release-2.0.0'), inputs, env: { GITHUB_RUN_ID: '20' } })
    expect(two.exitCode).toBe(1)
    expect(exists(WEST, old[WEST])).toBe(true)
    expect(exists(EAST, old[EAST])).toBe(true)
    bed.ssm.reset()
    const rerun = await bed.main({
      ref: tag('release-2.0.0'),
      inputs,
      env: { GITHUB_RUN_ID: '20', GITHUB_RUN_ATTEMPT: '2' }
    })
    expect(errors(rerun)).toEqual([])
    const latest = amisOf(rerun)
    expect(parameterIn(EAST)).toBe(latest[EAST])
    expect(parameterIn(WEST)).toBe(latest[WEST])
    expect(everyImage()).toHaveLength(2)
  })

  it('a GetParameter outage during retention retires nothing; the re-run retires', async () => {
    const template = bed.template('attack-h10/app.pkr.hcl', {
      builds: [{ name: 'app', amiRegions: [WEST] }]
    })
    const inputs = inputsFor(template, { 'keep-generations': '1', 'ssm-parameter': PARAMETER })
    const one = await bed.main({ ref: tag('release-1.0.0'), inputs, env: { GITHUB_RUN_ID: '10' } })
    const old = amisOf(one)
    let published = false
    bed.ssm.failNext('GetParameter', 50, 'unavailable', () => published)
    bed.ssm.failNext('PutParameter', 1, 'unavailable', () => {
      published = true
      return false
    })
    const two = await bed.main({ ref: tag('release-2.0.0'), inputs, env: { GITHUB_RUN_ID: '20' } })
    expect(errors(two).join('\n')).toMatch(/GetParameter|parameter/)
    expect(exists(WEST, old[WEST])).toBe(true)
    expect(exists(EAST, old[EAST])).toBe(true)
    published = false
    const rerun = await bed.main({
      ref: tag('release-2.0.0'),
      inputs,
      env: { GITHUB_RUN_ID: '20', GITHUB_RUN_ATTEMPT: '2' }
    })
    expect(errors(rerun)).toEqual([])
    expect(everyImage()).toHaveLength(2)
  })
})

describe('three tags of one stream at once', () => {
  it('with keep 1, the newest is whole and current', async () => {
    const template = bed.template('attack-h13/app.pkr.hcl', {
      builds: [{ name: 'app', amiRegions: [WEST] }]
    })
    const inputs = inputsFor(template, { 'keep-generations': '1', 'ssm-parameter': PARAMETER })
    const [, , c] = await Promise.all(
      [
        ['release-1.0.0', '40'],
        ['release-1.0.1', '41'],
        ['release-1.0.2', '42']
      ].map(([v, id]) => bed.main({ ref: tag(v ?? ''), inputs, env: { GITHUB_RUN_ID: id } }))
    )
    const latest = amisOf(c as StepResult)
    expect(exists(EAST, latest[EAST])).toBe(true)
    expect(exists(WEST, latest[WEST])).toBe(true)
    expect(parameterIn(EAST)).toBe(latest[EAST])
    expect(parameterIn(WEST)).toBe(latest[WEST])
  })
})

describe('a kill while publishing, and a lookup during a rebuild', () => {
  it('a job killed while it writes the parameter (one region written): the re-run converges', async () => {
    const template = bed.template('attack-h14/app.pkr.hcl', {
      builds: [{ name: 'app', amiRegions: [WEST] }]
    })
    const inputs = inputsFor(template, { 'keep-generations': '1', 'ssm-parameter': PARAMETER })
    const one = await bed.main({ ref: tag('release-1.0.0'), inputs, env: { GITHUB_RUN_ID: '10' } })
    expect(errors(one)).toEqual([])
    let job: ChildProcess | undefined
    let armed = true
    bed.ssm.failNext('PutParameter', 1, 'unavailable', (_, region) => {
      if (!armed || region !== EAST) return false
      armed = false
      process.kill(-(job?.pid as number), 'SIGKILL')
      return true
    })
    const killed = await bed.main({
      ref: tag('release-2.0.0'),
      inputs,
      env: { GITHUB_RUN_ID: '20' },
      detached: true,
      onSpawn: child => (job = child)
    })
    await bed.post({ state: killed.state })
    const rerun = await bed.main({
      ref: tag('release-2.0.0'),
      inputs,
      env: { GITHUB_RUN_ID: '20', GITHUB_RUN_ATTEMPT: '2' }
    })
    expect(errors(rerun)).toEqual([])
    const latest = amisOf(rerun)
    expect(parameterIn(EAST)).toBe(latest[EAST])
    expect(parameterIn(WEST)).toBe(latest[WEST])
    expect(everyImage()).toHaveLength(2)
  })

  it('a lookup while a rebuild of the version is between its release and its retention gives the new release', async () => {
    const STAMPED = '"app-${var.image_version}-${formatdate("hhmmss", timestamp())}${uuidv4()}"'
    const template = bed.template('attack-h15/app.pkr.hcl', {
      builds: [{ name: 'app', amiName: STAMPED, amiRegions: [WEST] }]
    })
    const inputs = inputsFor(template)
    const one = await bed.main({ ref: tag('release-1.0.0'), inputs, env: { GITHUB_RUN_ID: '10' } })
    expect(errors(one)).toEqual([])
    const rebuilder = holdAt('Retire older images')
    const rebuild = bed.main({
      ref: tag('release-1.0.0'),
      inputs: { ...inputs, 'on-existing': 'rebuild' },
      env: { GITHUB_RUN_ID: '11' },
      onSpawn: rebuilder.onSpawn
    })
    let lookup: StepResult
    try {
      await Promise.race([rebuilder.isHeld, rebuild])
      lookup = await bed.main({
        ref: 'refs/heads/main',
        inputs: bed.inputs({ mode: 'lookup', template, 'image-version': 'release-1.0.0' })
      })
    } finally {
      rebuilder.resume()
    }
    const rebuilt = await rebuild
    expect(errors(rebuilt)).toEqual([])
    expect(amisOf(lookup)).toEqual(amisOf(rebuilt))
  })
})
