// "Sign in with LinkedIn": the OpenID Connect subject finds its user; a first visit creates an
// account and workspace, or links to the existing account with the same email when LinkedIn
// says that email is verified (an unverified email could claim someone else's account).
import { getDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

export type LinkedInIdentity = {
  provider: string;
  subject: string;
  name: string;
  email: string | null;
  emailVerified: boolean;
};

export async function signInWithLinkedIn(identity: LinkedInIdentity): Promise<string> {
  const db = await getDb();
  const key = { provider_subject: { provider: identity.provider, subject: identity.subject } };
  const known = await db.userIdentity.findUnique({ where: key, select: { userId: true } });
  if (known) return known.userId;
  const email = identity.email?.trim().toLowerCase() || null;
  try {
    return await db.$transaction(async (tx) => {
      const existing =
        email && identity.emailVerified
          ? await tx.user.findUnique({ where: { email }, select: { id: true } })
          : null;
      const userId =
        existing?.id ??
        (
          await tx.user.create({
            data: {
              name: identity.name,
              // Without a verified email the account gets a placeholder nobody can receive mail at.
              email: email && identity.emailVerified ? email : `${identity.subject}@linkedin.invalid`,
              memberships: {
                create: {
                  role: "OWNER",
                  workspace: { create: { name: `${identity.name.split(" ")[0]}'s workspace` } },
                },
              },
            },
            select: { id: true },
          })
        ).id;
      await tx.userIdentity.create({
        data: { userId, provider: identity.provider, subject: identity.subject },
      });
      return userId;
    });
  } catch (error) {
    // Two first sign-ins racing: the other one created the identity; use it.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const raced = await db.userIdentity.findUnique({ where: key, select: { userId: true } });
      if (raced) return raced.userId;
    }
    throw error;
  }
}
