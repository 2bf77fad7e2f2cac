// next-auth configuration: email + password sessions as signed JWT cookies. Built lazily so the
// secret is read at request time, never during `next build`.
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getEnv } from "@/lib/env";
import { signInSchema } from "@/lib/schemas/auth";
import { getSecrets } from "@/lib/secrets";
import { verifyCredentials } from "@/lib/services/users/verify-credentials";

export function getAuthOptions(): NextAuthOptions {
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
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) token.userId = user.id;
        return token;
      },
      session({ session, token }) {
        if (session.user && typeof token.userId === "string") session.user.id = token.userId;
        return session;
      },
    },
  };
}
