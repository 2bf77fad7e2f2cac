"use client";

import { signIn } from "next-auth/react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { signUpAction } from "@/lib/actions/auth/sign-up-action";
import { z } from "zod";
import { signUpSchema } from "@/lib/schemas/auth";

export function SignUpForm() {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[] | undefined>>({});
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      name: String(form.get("name") ?? ""),
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      workspaceName: String(form.get("workspaceName") ?? ""),
    };
    // Same schema as the server: instant feedback here, the server still checks everything.
    const parsed = signUpSchema.safeParse(input);
    if (!parsed.success) {
      setFieldErrors(z.flattenError(parsed.error).fieldErrors);
      return;
    }
    setPending(true);
    setError(null);
    setFieldErrors({});
    const result = await signUpAction(input);
    if (!result.ok) {
      setPending(false);
      setError(result.error);
      setFieldErrors(result.fieldErrors ?? {});
      return;
    }
    const signedIn = await signIn("credentials", {
      email: input.email,
      password: input.password,
      redirect: false,
    });
    if (!signedIn || signedIn.error) {
      setPending(false);
      setError("Your account was created, but signing in failed. Please sign in.");
      return;
    }
    toast.success("Welcome to Cadence! Your workspace is ready.");
    router.replace("/calendar");
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <div>
        <h1 className="text-xl font-semibold text-slate-900">Create your account</h1>
        <p className="mt-1 text-sm text-slate-600">Start planning your LinkedIn posts in minutes.</p>
      </div>
      {error && <Alert tone="error">{error}</Alert>}
      <Field label="Your name" name="name" autoComplete="name" required errors={fieldErrors.name} />
      <Field
        label="Work email"
        name="email"
        type="email"
        autoComplete="email"
        required
        errors={fieldErrors.email}
      />
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        hint="At least 10 characters."
        errors={fieldErrors.password}
      />
      <Field
        label="Workspace name"
        name="workspaceName"
        placeholder="Acme marketing"
        hint="Optional. You can rename it later."
        errors={fieldErrors.workspaceName}
      />
      <Button type="submit" className="w-full" loading={pending}>
        Create account
      </Button>
      <p className="text-center text-sm text-slate-600">
        Already have an account?{" "}
        <Link href="/sign-in" className="text-brand-600 font-medium hover:underline">
          Sign in
        </Link>
      </p>
    </form>
  );
}
