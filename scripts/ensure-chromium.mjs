// Makes sure Debian's Chromium is installed for the browser test project, installing it with
// apt-get when missing (CI machines start without it). Fails loudly instead of letting the browser
// tests be skipped.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = '/usr/bin/chromium';

function run(cmd, args) {
  execFileSync(cmd, args, {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

if (!existsSync(CHROMIUM)) {
  console.log(`[ensure-chromium] ${CHROMIUM} is missing: installing Debian's chromium with apt-get`);
  const sudo = process.getuid?.() === 0 ? [] : ['sudo', '-n'];
  try {
    const [cmd, ...pre] = [...sudo, 'apt-get'];
    run(cmd, [...pre, 'update', '-qq']);
    run(cmd, [...pre, 'install', '-y', '-qq', 'chromium']);
  } catch (err) {
    console.error(`[ensure-chromium] could not install chromium: ${err.message}`);
    console.error(
      '[ensure-chromium] the browser tests need it; install it with: apt-get install -y chromium',
    );
    process.exit(1);
  }
  if (!existsSync(CHROMIUM)) {
    console.error(`[ensure-chromium] apt-get finished but ${CHROMIUM} is still missing`);
    process.exit(1);
  }
}
const version = execFileSync(CHROMIUM, ['--version'], {
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'ignore'],
}).trim();
console.log(`[ensure-chromium] using ${version}`);
