import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import {
  allPins,
  describeUnpinned,
  requirementPins,
  unpinnedDependencies,
  type Pin
} from '../../src/install/galaxy-requirements.js'

// The upstream format (ansible-core's `_parse_requirements_file`), read as YAML, and what the
// action decides for each entry: cached only when every entry names exactly one thing.

/** What is on "disk": the files and folders the decision may ask about. */
const probe = {
  isFile: (p: string) =>
    ['/src/stamp.tar.gz', 'roles/local.tar.gz', '/src/acme-tools-1.0.0.tar.gz'].includes(p),
  isDir: (p: string) => p === '/src/acme/tools'
}
const pins = (text: string) => {
  const parsed = requirementPins(parse(text), probe)
  return parsed && allPins(parsed)
}
const kinds = (text: string) => pins(text)?.map(({ entry, pin }) => [entry, pin.kind])
const VERSION: Pin['kind'] = 'version'

describe('which requirements are pinned', () => {
  it('roles: a Galaxy name with a version, in every form ansible-galaxy reads', () => {
    expect(
      kinds(
        [
          '- geerlingguy.docker,6.1.0',
          '- geerlingguy.java,2.3.1,java',
          '- src: geerlingguy.nginx',
          '  version: "3.1.4"',
          '- name: geerlingguy.git',
          '  version: v1.0',
          '- role: acme.base',
          '  version: 2.0.0'
        ].join('\n')
      )
    ).toEqual([
      ['geerlingguy.docker', VERSION],
      ['java (geerlingguy.java)', VERSION],
      ['geerlingguy.nginx', VERSION],
      ['geerlingguy.git', VERSION],
      ['acme.base', VERSION]
    ])
  })

  it('roles without a version, a range, a URL, a branch, or an include are not pinned', () => {
    const file = [
      'roles:',
      '  - geerlingguy.docker',
      '  - name: geerlingguy.java',
      '  - name: acme.range',
      '    version: ">=1.0"',
      '  - src: https://example.com/roles/web.tar.gz',
      '  - src: https://github.com/acme/role-web',
      '    version: main',
      '  - src: git+https://git.example.com/acme/db.git',
      '  - include: more.yml'
    ].join('\n')
    expect(pins(file)?.map(p => p.pin.kind)).toEqual(Array(7).fill('unpinned'))
    expect(describeUnpinned(pins(file) ?? [])).toBe(
      'Not pinned, so installed on every run: geerlingguy.docker (no exact version), ' +
        'geerlingguy.java (no exact version), acme.range (no exact version), ' +
        'https://example.com/roles/web.tar.gz (a URL, whose content may change), ' +
        'https://github.com/acme/role-web (a git ref that is no commit or version tag), ' +
        'https://git.example.com/acme/db.git (a git ref that is no commit or version tag), ' +
        'include: more.yml (another file included). Pin every entry (an exact version, or a local file) ' +
        "and the runner's tool cache keeps them for the next run."
    )
  })

  it('a Galaxy role at a branch (`master`, which ansible-galaxy takes unchecked, or any name of a role without versions) is not pinned', () => {
    // GalaxyRole.install: `version: master` skips the check against the role's versions, and a
    // role without versions takes any name; both download github.com/<user>/<repo>/archive/<name>.
    const file = [
      '- name: geerlingguy.java',
      '  version: master',
      '- geerlingguy.docker,develop',
      '- src: acme.base',
      '  version: main'
    ].join('\n')
    expect(pins(file)?.map(p => p.pin.kind)).toEqual(Array(3).fill('unpinned'))
  })

  it('roles from git at a commit or a version tag, and local tarballs by their content', () => {
    const file = [
      '- src: git+https://git.example.com/acme/db.git',
      '  version: 0123456789abcdef0123456789abcdef01234567',
      '- src: https://github.com/acme/role-web',
      '  version: v2.1.0',
      '- git+https://git.example.com/acme/app.git,1.4.2',
      '- hg+https://hg.example.com/acme/tools,v1.0.0',
      '- name: stamp',
      '  src: file:///src/stamp.tar.gz',
      '- src: roles/local.tar.gz'
    ].join('\n')
    // A version tag is a pin once the repository says it is a tag (galaxy.ts asks it).
    expect(pins(file)?.map(p => p.pin)).toEqual([
      { kind: 'version' },
      { kind: 'git-tag', repository: 'https://github.com/acme/role-web', tag: 'v2.1.0' },
      { kind: 'git-tag', repository: 'https://git.example.com/acme/app.git', tag: '1.4.2' },
      { kind: 'version' },
      { kind: 'content', path: '/src/stamp.tar.gz' },
      { kind: 'content', path: 'roles/local.tar.gz' }
    ])
  })

  it('collections: one exact version from Galaxy (any server), or local sources by content', () => {
    const file = [
      'collections:',
      '  - name: amazon.aws',
      '    version: 7.2.0',
      '  - name: community.general',
      '    version: "==8.1.0"',
      '    source: https://galaxy.example.com/api/',
      '  - name: /src/acme-tools-1.0.0.tar.gz',
      '    type: file',
      '  - /src/acme-tools-1.0.0.tar.gz',
      '  - name: /src/acme/tools',
      '    type: dir',
      '  - name: git+https://git.example.com/acme/c.git',
      '    type: git',
      '    version: 1.2.3',
      '  - git+https://git.example.com/acme/m.git#/acme/tools,v1.0.0'
    ].join('\n')
    expect(pins(file)?.map(p => p.pin)).toEqual([
      { kind: 'version' },
      { kind: 'version' },
      { kind: 'content', path: '/src/acme-tools-1.0.0.tar.gz' },
      { kind: 'content', path: '/src/acme-tools-1.0.0.tar.gz' },
      { kind: 'content', path: '/src/acme/tools' },
      { kind: 'git-tag', repository: 'https://git.example.com/acme/c.git', tag: '1.2.3' },
      { kind: 'git-tag', repository: 'https://git.example.com/acme/m.git', tag: 'v1.0.0' }
    ])
  })

  it('collections by name alone, a range, `*`, a URL or a git branch are not pinned', () => {
    const file = [
      'collections:',
      '  - amazon.aws',
      '  - name: community.general',
      '    version: ">=8.0.0"',
      '  - name: ansible.posix',
      "    version: '*'",
      '  - name: ansible.utils',
      '    version: 2.0.0,<3.0.0',
      '  - name: https://example.com/acme-c-1.0.0.tar.gz',
      '    type: url',
      '  - name: git+https://git.example.com/acme/c.git,main',
      '  - name: git@git.example.com:acme/d.git',
      '    type: git'
    ].join('\n')
    expect(pins(file)?.map(p => p.pin.kind)).toEqual(Array(7).fill('unpinned'))
  })

  it('a file ansible-galaxy refuses is not decided: it says why itself', () => {
    expect(pins('other: []')).toBeUndefined()
    expect(pins('roles: acme.base')).toBeUndefined()
    expect(pins('just text')).toBeUndefined()
    expect(kinds('roles:\ncollections:\n')).toEqual([])
  })

  it('everything pinned says nothing', () => {
    expect(describeUnpinned(pins('collections:\n  - name: a.b\n    version: 1.0.0\n') ?? [])).toBe(
      undefined
    )
  })
})

describe('what ansible-galaxy installed beyond the entries', () => {
  const entries = (text: string) =>
    requirementPins(parse(text), probe) ?? { roles: [], collections: [] }
  const file = [
    'roles:',
    '  - name: stamp',
    '    src: file:///src/stamp.tar.gz',
    '  - geerlingguy.docker,6.1.0',
    'collections:',
    '  - name: amazon.aws',
    '    version: 7.2.0',
    '  - name: /src/acme-tools-1.0.0.tar.gz',
    '    type: file'
  ].join('\n')

  it('the entries themselves, a local tarball standing for the collection it holds', () => {
    const installed = {
      roles: ['stamp', 'geerlingguy.docker'],
      collections: ['amazon.aws', 'acme.tools']
    }
    expect(unpinnedDependencies(entries(file), installed)).toBeUndefined()
  })

  it("a collection's or a role's dependency that no entry pins", () => {
    const installed = {
      roles: ['stamp', 'geerlingguy.docker', 'geerlingguy.pip'],
      collections: ['amazon.aws', 'acme.tools', 'community.general']
    }
    expect(unpinnedDependencies(entries(file), installed)).toBe(
      'Installed as dependencies, at versions ansible-galaxy chose, so installed on every run: ' +
        'geerlingguy.pip, acme.tools, community.general. Pin them in the requirements file ' +
        "(an exact version) and the runner's tool cache keeps them for the next run."
    )
  })

  it('a namespace folder accounts for each collection it holds, and for none when it holds none', () => {
    const holding = { ...probe, collections: (p: string) => (p === '/src/acme' ? 2 : 0) }
    const namespaces = requirementPins(
      parse(
        'collections:\n  - name: /src/acme\n    type: subdirs\n  - name: /src/empty\n    type: subdirs\n'
      ),
      holding
    ) ?? { roles: [], collections: [] }
    const installed = { roles: [], collections: ['acme.tools', 'acme.more'] }
    expect(unpinnedDependencies(namespaces, installed)).toBeUndefined()
    installed.collections.push('community.general')
    expect(unpinnedDependencies(namespaces, installed)).toMatch(
      /^Installed as dependencies, .*: acme\.tools, acme\.more, community\.general\./
    )
  })

  it('a dependency pinned by its own entry is one of the entries', () => {
    const pinned = `${file}\n  - name: community.general\n    version: 8.1.0\n`
    const installed = { roles: [], collections: ['amazon.aws', 'acme.tools', 'community.general'] }
    expect(unpinnedDependencies(entries(pinned), installed)).toBeUndefined()
  })
})
