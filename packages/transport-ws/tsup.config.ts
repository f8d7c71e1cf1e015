import { config } from '../../tsup.base.ts';

// Two entries: the isomorphic carrier and the Node-only bridge (`./bridge`). `node:*` and `ws` stay
// external; the bridge's declarations need Node's types, hence the bridge tsconfig.
const base = config({
  platform: 'neutral',
  entry: { index: 'src/index.ts', bridge: 'src/bridge/index.ts' },
});

export default { ...(base as object), external: [/^node:/, 'ws'], tsconfig: 'tsconfig.bridge.json' };
