import { config } from '../../tsup.base.ts';

// `./pairing` is a subpath of its own: the multi-device codecs stay out of bundles that only chat.
export default config({ platform: 'neutral', entry: { index: 'src/index.ts', pairing: 'src/pairing.ts' } });
