// Prisma CLI configuration. Only `prisma generate` runs here (migrations are applied by
// lib/db/migrate.ts and created by scripts/db-migration.ts, which work offline).
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
