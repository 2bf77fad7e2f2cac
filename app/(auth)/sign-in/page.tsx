import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getLinkedInSignInProvider } from "@/lib/auth/linkedin-provider";
import { getSessionUserId } from "@/lib/auth/session";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string; error?: string }>;
}) {
  if (await getSessionUserId()) redirect("/calendar");
  const { callbackUrl, error } = await searchParams;
  // Only same-site paths: an open redirect after sign-in would be a phishing aid.
  const next = callbackUrl?.startsWith("/") && !callbackUrl.startsWith("//") ? callbackUrl : "/calendar";
  // next-auth sends OAuth failures back here as ?error=…; say it in words.
  const oauthError =
    error && error !== "CredentialsSignin"
      ? "Signing in with LinkedIn did not work. Please try again."
      : null;
  return (
    <SignInForm
      callbackUrl={next}
      linkedInEnabled={getLinkedInSignInProvider() !== null}
      initialError={oauthError}
    />
  );
}
