// Runs the worker tasks straight from TypeScript source (tests and the browser host), where
// there is no build: tsx compiles them as they load. The built app uses out/main/verify-worker.js.
import { register } from 'tsx/esm/api';

register();
const { default: handle } = await import('./tasks.ts');
export default handle;
