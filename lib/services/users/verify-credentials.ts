// Checks an email and password for next-auth's credentials provider.
import { verifyPassword } from "@/lib/auth/password";
import { getDb } from "@/lib/db";

/** A hash of a random password: unknown emails cost as much time as wrong passwords. */
const DUMMY_HASH =
  "scrypt$16384$8$1$c2FsdHNhbHRzYWx0c2FsdA$MjDl5lK0Vvu2bq8X1s4n0cT3YtIW6cR3zHqNyb1m1q6L0n8mS1b2wQxqfQ8r4m3hWQzYb9kq3bq8X1s4n0cT3Q";

export async function verifyCredentials({ email, password }: { email: string; password: string }) {
  const db = await getDb();
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true },
  });
  const valid = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !user.passwordHash || !valid) return null;
  return { id: user.id, email: user.email, name: user.name };
}
