/** Unit test setup: the same platform the CLI uses. */
import { setPlatform } from '../lib/platform';
import { nodePlatform } from '../lib/platform/node';

setPlatform(nodePlatform);
