import { Building2, User } from "lucide-react";

/** The Page logo or member picture, with an icon when LinkedIn gave none. */
export function ChannelAvatar({
  name,
  logoUrl,
  kind,
}: {
  name: string;
  logoUrl: string | null;
  kind: "ORGANIZATION" | "MEMBER";
}) {
  if (logoUrl) {
    // Logos come from LinkedIn's (or the sandbox's) hosts, which next/image would have to proxy.
    return (
      // eslint-disable-next-line @next/next/no-img-element
      <img
        src={logoUrl}
        alt={`${name} logo`}
        className="size-10 shrink-0 rounded-lg border border-slate-200 bg-white object-cover"
      />
    );
  }
  const Icon = kind === "ORGANIZATION" ? Building2 : User;
  return (
    <span className="flex size-10 shrink-0 items-center justify-center rounded-lg bg-slate-100" aria-hidden>
      <Icon className="size-5 text-slate-500" />
    </span>
  );
}
