import { config } from '../../tsup.base.ts';

// Two entries: the isomorphic provider and the Node-only one (`./node`). `node:*` stays external; the
// Node entry's declarations need Node's types, hence tsconfig.node.json.
const base = config({
  platform: 'neutral',
  entry: { index: 'src/index.ts', node: 'src/node/index.ts' },
});

export default { ...(base as object), external: [/^node:/], tsconfig: 'tsconfig.node.json' };
