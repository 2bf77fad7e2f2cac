"use server";
// Creates an account and its first workspace; the form then signs in through next-auth.
import { publicAction } from "@/lib/actions/action-client";
import { signUpSchema } from "@/lib/schemas/auth";
import { createUser } from "@/lib/services/users/create-user";

const signUp = publicAction("signUp", signUpSchema, async (input) => {
  const { user } = await createUser(input);
  return { email: user.email };
});

export async function signUpAction(input: Parameters<typeof signUp>[0]) {
  return signUp(input);
}
