export interface Platform {
  /** HashiCorp's name: linux, darwin, windows. */
  os: string
  /** HashiCorp's name: amd64, arm64, 386, arm. */
  arch: string
  /** Node's arch name, used as the tool cache's arch. */
  nodeArch: string
}

const OS: Record<string, string> = { linux: 'linux', darwin: 'darwin', win32: 'windows' }
const ARCH: Record<string, string> = { x64: 'amd64', arm64: 'arm64', ia32: '386', arm: 'arm' }

/** The runner's platform in HashiCorp's release names. */
export function hashicorpPlatform(platform: string, arch: string): Platform {
  const os = OS[platform]
  const hcArch = ARCH[arch]
  if (os === undefined || hcArch === undefined) {
    throw new Error(
      `HashiCorp ships no Packer for ${platform}/${arch}; runners on linux, darwin or windows with x64, arm64, ia32 or arm are supported`
    )
  }
  return { os, arch: hcArch, nodeArch: arch }
}
