// Entry point of the authors' commands (package.json scripts framework:*).
import { invokedFrom } from './env.ts';
import { runFrameworkCommand } from './framework-command.ts';

const result = await runFrameworkCommand(process.argv.slice(2), invokedFrom);
for (const line of result.out) console.log(line);
process.exitCode = result.code;
