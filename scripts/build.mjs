// `npm run build`: the production build (Prisma client first, then Next).
import { spawnSync } from "node:child_process";

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
for (const [command, args] of [
  ["node", ["scripts/prisma-generate.mjs"]],
  ["node", ["node_modules/next/dist/bin/next", "build"]],
]) {
  const result = spawnSync(command, args, { stdio: "inherit", env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
