// The one place the authors' commands read the environment: pnpm runs a package's script in the package's folder
// and says in INIT_CWD where the author typed the command, so file names are taken from there.
export const invokedFrom: string = process.env.INIT_CWD ?? process.cwd();
