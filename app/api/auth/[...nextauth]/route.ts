// next-auth's endpoints (sign-in, sign-out, session, CSRF). Options are built per request so
// secrets are read at run time, not at build time.
import NextAuth from "next-auth";
import { getAuthOptions } from "@/lib/auth/options";

type Context = { params: Promise<{ nextauth: string[] }> };

function handler(request: Request, context: Context) {
  return NextAuth(request as never, context as never, getAuthOptions());
}

export { handler as GET, handler as POST };
