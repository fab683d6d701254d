import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import * as fs from 'node:fs'
import * as net from 'node:net'
import * as os from 'node:os'
import * as path from 'node:path'
import { tempDir } from './fixtures.js'

/** A throwaway OpenSSH server on 127.0.0.1: the "instance" that Packer and Ansible provision. */
export interface Sshd {
  port: number
  user: string
  /** Private key that logs in as `user`. */
  privateKeyFile: string
  /** The user's home folder on the target, where playbooks write. */
  home: string
  dir: string
  pid: number
  stop(): void
}

export async function freePort(): Promise<number> {
  const server = net.createServer()
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as net.AddressInfo
  await new Promise<void>(resolve => server.close(() => resolve()))
  return port
}

const TARGET_USER = 'packer-target'

/** As root: a dedicated key-only user. Otherwise sshd can only log in its own user. */
function targetUser(): { user: string; home: string } {
  if (process.getuid?.() !== 0) return { user: os.userInfo().username, home: os.homedir() }
  const exists = () => {
    try {
      execFileSync('id', [TARGET_USER], { stdio: 'ignore' })
      return true
    } catch {
      return false
    }
  }
  if (!exists()) {
    try {
      execFileSync('useradd', ['-m', '-s', '/bin/sh', TARGET_USER], { stdio: 'pipe' })
    } catch (error) {
      // Another test worker may have created it at the same moment.
      if (!exists()) throw error
    }
  }
  // useradd leaves the account locked, and with UsePAM no sshd refuses locked accounts.
  execFileSync('usermod', ['-p', '*', TARGET_USER])
  return { user: TARGET_USER, home: `/home/${TARGET_USER}` }
}

async function waitForPort(port: number, child: ChildProcess, log: () => string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`sshd exited: ${log()}`)
    const open = await new Promise<boolean>(resolve => {
      const socket = net.connect(port, '127.0.0.1')
      socket.once('connect', () => (socket.destroy(), resolve(true)))
      socket.once('error', () => resolve(false))
    })
    if (open) return
    await new Promise(resolve => setTimeout(resolve, 50))
  }
  throw new Error(`sshd did not listen on ${port}: ${log()}`)
}

export async function startSshd(): Promise<Sshd> {
  const dir = tempDir('sshd')
  fs.chmodSync(dir, 0o755)
  const { user, home } = targetUser()
  const hostKey = path.join(dir, 'host_ed25519')
  const clientKey = path.join(dir, 'client_ed25519')
  execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', hostKey])
  execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', clientKey])
  const authorized = path.join(dir, 'authorized_keys')
  fs.copyFileSync(`${clientKey}.pub`, authorized)
  fs.chmodSync(authorized, 0o644)
  fs.mkdirSync('/run/sshd', { recursive: true })
  const port = await freePort()
  const config = path.join(dir, 'sshd_config')
  fs.writeFileSync(
    config,
    [
      'ListenAddress 127.0.0.1',
      `Port ${port}`,
      `HostKey ${hostKey}`,
      `PidFile ${path.join(dir, 'sshd.pid')}`,
      `AuthorizedKeysFile ${authorized}`,
      'PasswordAuthentication no',
      'KbdInteractiveAuthentication no',
      'PubkeyAuthentication yes',
      `AllowUsers ${user}`,
      'UsePAM no',
      'StrictModes no',
      'Subsystem sftp /usr/lib/openssh/sftp-server',
      ''
    ].join('\n')
  )
  execFileSync('/usr/sbin/sshd', ['-t', '-f', config])
  const child = spawn('/usr/sbin/sshd', ['-D', '-e', '-f', config], {
    stdio: ['ignore', 'ignore', 'pipe']
  })
  let log = ''
  child.stderr?.on('data', (c: Buffer) => (log += c.toString()))
  await waitForPort(port, child, () => log)
  const pid = child.pid as number
  return {
    port,
    user,
    privateKeyFile: clientKey,
    home,
    dir,
    pid,
    stop() {
      try {
        process.kill(pid, 'SIGTERM')
      } catch {
        // already gone
      }
      fs.rmSync(dir, { recursive: true, force: true })
    }
  }
}
