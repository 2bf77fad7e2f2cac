// Sign-up: the user, their first workspace and their owner membership, all or nothing.
import { hashPassword } from "@/lib/auth/password";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";

export type CreateUserOptions = { name: string; email: string; password: string; workspaceName?: string };

export async function createUser({ name, email, password, workspaceName }: CreateUserOptions) {
  const db = await getDb();
  // Hash outside the transaction: it is slow on purpose and PGlite runs one transaction at a time.
  const passwordHash = await hashPassword(password);
  const duplicate = () =>
    new AppError("CONFLICT", "An account with this email already exists. Sign in instead.", {
      fieldErrors: { email: ["An account with this email already exists."] },
    });
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) throw duplicate();
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { name, email, passwordHash },
        select: { id: true, email: true, name: true },
      });
      const workspace = await tx.workspace.create({
        data: {
          name: workspaceName ?? `${name.split(" ")[0] ?? name}'s workspace`,
          memberships: { create: { userId: user.id, role: "OWNER" } },
        },
        select: { id: true, name: true },
      });
      return { user, workspace };
    });
  } catch (error) {
    // Two sign-ups racing for one email: the unique index decides, the loser gets the same message.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw duplicate();
    throw error;
  }
}
