import { config } from '../../tsup.base.ts';

export default config({
  platform: 'neutral',
  entry: { index: 'src/index.ts', testing: 'src/testing/index.ts' },
});
