import { config } from '../../tsup.base.ts';

export default config({ platform: 'neutral' });
