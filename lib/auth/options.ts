// next-auth configuration: email + password sessions as signed JWT cookies. Built lazily so the
// secret is read at request time, never during `next build`.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getLinkedInSignInProvider } from "@/lib/auth/linkedin-provider";
import { getEnv } from "@/lib/env";
import { signInSchema } from "@/lib/schemas/auth";
import { getSecrets } from "@/lib/secrets";
import { signInWithLinkedIn } from "@/lib/services/users/sign-in-with-linkedin";
import { verifyCredentials } from "@/lib/services/users/verify-credentials";

export function getAuthOptions(): NextAuthOptions {
  const linkedin = getLinkedInSignInProvider();
  return {
    secret: getSecrets().nextAuthSecret,
    session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    useSecureCookies: getEnv().appUrl.startsWith("https://"),
    providers: [
      CredentialsProvider({
        name: "Email",
        credentials: {
          email: { label: "Email", type: "email" },
          password: { label: "Password", type: "password" },
        },
        async authorize(credentials) {
          const parsed = signInSchema.safeParse(credentials);
          if (!parsed.success) return null;
          return verifyCredentials(parsed.data);
        },
      }),
      ...(linkedin ? [linkedin] : []),
    ],
    callbacks: {
      async jwt({ token, user, account, profile }) {
        if (account?.provider === "linkedin" && profile) {
          const oidc = profile as {
            sub?: string;
            name?: string;
            email?: string;
            email_verified?: boolean | string;
          };
          if (!oidc.sub) throw new Error("LinkedIn returned no subject");
          token.userId = await signInWithLinkedIn({
            // Subjects are pairwise per LinkedIn app: the client id is part of the identity.
            provider: `linkedin:${linkedin?.clientId ?? ""}`,
            subject: oidc.sub,
            name: oidc.name ?? "LinkedIn member",
            email: oidc.email ?? null,
            emailVerified: oidc.email_verified === true || oidc.email_verified === "true",
          });
        } else if (user) {
          token.userId = user.id;
        }
        return token;
      },
      session({ session, token }) {
        if (session.user && typeof token.userId === "string") session.user.id = token.userId;
        return session;
      },
    },
  };
}
