// Secrets for signing sessions and encrypting tokens. With PostgreSQL they must come from the
// environment (several processes on several hosts must agree); embedded, they are generated
// once into the data directory so a fresh install needs no setup and restarts keep sessions.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { getEnv } from "@/lib/env";

const secretsFileSchema = z.object({
  nextAuthSecret: z.string().min(32),
  encryptionKey: z.string().refine((value) => Buffer.from(value, "base64").length === 32),
});

export type Secrets = { nextAuthSecret: string; encryptionKey: Buffer };

let cached: Secrets | undefined;

export function getSecrets(): Secrets {
  if (cached) return cached;
  const env = getEnv();
  if (env.NEXTAUTH_SECRET && env.CADENCE_ENCRYPTION_KEY) {
    cached = {
      nextAuthSecret: env.NEXTAUTH_SECRET,
      encryptionKey: Buffer.from(env.CADENCE_ENCRYPTION_KEY, "base64"),
    };
    return cached;
  }
  if (env.mode === "postgres") {
    throw new Error(
      "NEXTAUTH_SECRET and CADENCE_ENCRYPTION_KEY must be set when DATABASE_URL is set " +
        "(generate them with: openssl rand -base64 32).",
    );
  }
  const stored = readOrCreateSecretsFile(path.join(env.dataDir, "secrets.json"));
  cached = {
    nextAuthSecret: env.NEXTAUTH_SECRET ?? stored.nextAuthSecret,
    encryptionKey: Buffer.from(env.CADENCE_ENCRYPTION_KEY ?? stored.encryptionKey, "base64"),
  };
  return cached;
}

function readOrCreateSecretsFile(file: string): z.infer<typeof secretsFileSchema> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const fresh = {
    nextAuthSecret: randomBytes(32).toString("base64url"),
    encryptionKey: randomBytes(32).toString("base64"),
  };
  try {
    // "wx" fails if another process created it first; then we read theirs.
    fs.writeFileSync(file, JSON.stringify(fresh, null, 2), { flag: "wx", mode: 0o600 });
    return fresh;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  const parsed = secretsFileSchema.safeParse(JSON.parse(fs.readFileSync(file, "utf8")));
  if (!parsed.success)
    throw new Error(`${file} is damaged; remove it to generate new secrets (signs everyone out).`);
  return parsed.data;
}
