// The one module that reads process.env: every setting is parsed and validated here, once.
import path from "node:path";
import { z } from "zod";

const booleanString = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((value) => value === "true" || value === "1" || value === "yes");

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** postgres://… selects the scaled mode; unset means embedded PGlite in CADENCE_DATA_DIR. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must start with postgres:// or postgresql://")
    .optional(),
  CADENCE_DATA_DIR: z.string().min(1).default("./data"),
  /** Run the job worker inside the web process. Default: on when embedded, off with PostgreSQL. */
  CADENCE_EMBEDDED_WORKER: booleanString.optional(),
  /** Public URL of this deployment (used for OAuth redirect URLs and links in notifications). */
  NEXTAUTH_URL: z.url().optional(),
  NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters").optional(),
  /** 32 random bytes, base64: the AES-256-GCM key for LinkedIn tokens at rest. */
  CADENCE_ENCRYPTION_KEY: z
    .string()
    .refine(
      (value) => Buffer.from(value, "base64").length === 32,
      "CADENCE_ENCRYPTION_KEY must be 32 bytes, base64",
    )
    .optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
});

export type Env = z.infer<typeof envSchema> & {
  mode: "embedded" | "postgres";
  dataDir: string;
  embeddedWorker: boolean;
  appUrl: string;
};

let cached: Env | undefined;

export function getEnv(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${problems.join("\n")}`);
  }
  const env = parsed.data;
  const mode = env.DATABASE_URL ? "postgres" : "embedded";
  cached = {
    ...env,
    mode,
    dataDir: path.resolve(env.CADENCE_DATA_DIR),
    embeddedWorker: env.CADENCE_EMBEDDED_WORKER ?? mode === "embedded",
    appUrl: (env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, ""),
  };
  return cached;
}

/** For tests that change settings between cases. */
export function resetEnvCache(): void {
  cached = undefined;
}
