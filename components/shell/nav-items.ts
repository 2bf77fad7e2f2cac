import {
  BarChart3,
  CalendarDays,
  FileText,
  PenSquare,
  Settings,
  Share2,
  type LucideIcon,
} from "lucide-react";

export type NavItem = { href: string; label: string; icon: LucideIcon };

export const navItems: NavItem[] = [
  { href: "/calendar", label: "Calendar", icon: CalendarDays },
  { href: "/compose", label: "Compose", icon: PenSquare },
  { href: "/posts", label: "Posts", icon: FileText },
  { href: "/analytics", label: "Analytics", icon: BarChart3 },
  { href: "/channels", label: "Channels", icon: Share2 },
  { href: "/settings", label: "Settings", icon: Settings },
];
