// Sign-up and sign-in input, shared by the forms, the server actions and next-auth.
import { z } from "zod";

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "Enter your email address.")
  .max(254, "That email address is too long.")
  .pipe(z.email("Enter a valid email address, like name@company.com."));

export const passwordSchema = z
  .string()
  .min(10, "Use at least 10 characters for your password.")
  .max(200, "Use at most 200 characters for your password.");

export const signUpSchema = z.object({
  name: z.string().trim().min(1, "Enter your name.").max(100, "Use at most 100 characters for your name."),
  email: emailSchema,
  password: passwordSchema,
  workspaceName: z
    .string()
    .trim()
    .max(100, "Use at most 100 characters for the workspace name.")
    .optional()
    .transform((value) => value || undefined),
});

export type SignUpInput = z.input<typeof signUpSchema>;

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, "Enter your password.").max(200),
});
