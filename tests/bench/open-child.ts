import { benchOpenWorkspace } from './workspace';

// Run by benchOpenWorkspaces in a fresh process (NODE_ENV=production): opens the workspace `repeats` times.
const [dir, repeats] = [process.argv[2], Number(process.argv[3])];
const opens = [];
for (let i = 0; i < repeats; i++) opens.push(await benchOpenWorkspace(dir));
console.log(JSON.stringify(opens));
