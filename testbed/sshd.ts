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
  // Two workers racing in useradd can leave the home folder to a uid that lost the race.
  const home = `/home/${TARGET_USER}`
  fs.mkdirSync(home, { recursive: true })
  execFileSync('chown', ['-R', `${TARGET_USER}:${TARGET_USER}`, home])
  return { user: TARGET_USER, home }
}

/** sshd lost the race for its port to another process: try another one. */
const BIND_FAILED = /Address already in use|Cannot bind any address/

/**
 * Waits for sshd's own word that it listens: a connect alone could reach whoever else took the
 * port between freePort() and sshd's bind. Resolves false when sshd could not bind.
 */
function listening(child: ChildProcess, port: number, log: () => string): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const done = (finish: () => void) => {
      clearTimeout(timer)
      child.stderr?.off('data', onData)
      child.off('close', onExit)
      finish()
    }
    const onData = () => {
      if (log().includes(`Server listening on 127.0.0.1 port ${port}`)) done(() => resolve(true))
    }
    const onExit = () =>
      done(() =>
        BIND_FAILED.test(log()) ? resolve(false) : reject(new Error(`sshd exited: ${log()}`))
      )
    const timer = setTimeout(
      () => done(() => reject(new Error(`sshd did not listen on ${port}: ${log()}`))),
      10_000
    )
    child.stderr?.on('data', onData)
    child.once('close', onExit)
    onData()
  })
}

function sshdConfig(dir: string, port: number, user: string, hostKey: string, authorized: string) {
  return [
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
}

export interface SshdOptions {
  /** Picks the port of each attempt; by default a free one. */
  pickPort?: () => Promise<number>
  /** Attempts before giving up when sshd cannot bind; default 5. */
  attempts?: number
}

export async function startSshd(options: SshdOptions = {}): Promise<Sshd> {
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
  const config = path.join(dir, 'sshd_config')
  const attempts = options.attempts ?? 5
  // freePort() closes its probe before sshd binds: another process may take the port meanwhile.
  for (let attempt = 1; ; attempt++) {
    const port = await (options.pickPort ?? freePort)()
    fs.writeFileSync(config, sshdConfig(dir, port, user, hostKey, authorized))
    execFileSync('/usr/sbin/sshd', ['-t', '-f', config])
    const child = spawn('/usr/sbin/sshd', ['-D', '-e', '-f', config], {
      stdio: ['ignore', 'ignore', 'pipe']
    })
    let log = ''
    child.stderr?.on('data', (c: Buffer) => (log += c.toString()))
    let up: boolean
    try {
      up = await listening(child, port, () => log)
    } catch (error) {
      child.kill('SIGTERM')
      fs.rmSync(dir, { recursive: true, force: true })
      throw error
    }
    if (!up) {
      if (attempt < attempts) continue
      fs.rmSync(dir, { recursive: true, force: true })
      throw new Error(`sshd could not bind a port in ${attempts} attempts: ${log}`)
    }
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
}
