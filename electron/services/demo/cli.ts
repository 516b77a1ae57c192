import path from 'node:path';
import { parseArgs } from 'node:util';
import { createServices } from '../index';
import { dispatch } from '../dispatch';

/** `npm run demo -- --workspace DIR`: fills a workspace with the demo authorities and workshops. */
const { values } = parseArgs({ options: { workspace: { type: 'string' } } });
if (!values.workspace) {
  console.error('Say which workspace folder to fill: npm run demo -- --workspace DIR');
  process.exit(2);
}
const workspaceDir = path.resolve(values.workspace);
const services = await createServices({ workspaceDir });
try {
  const result = await dispatch(services.handlers, 'demo:load', undefined);
  if (!result.ok) {
    console.error(result.error.message);
    process.exitCode = 1;
  } else {
    console.log(`Demo workspace ready in ${workspaceDir}: ${JSON.stringify(result.data)}`);
  }
} finally {
  await services.close();
}
