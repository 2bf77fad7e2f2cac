import { Logo } from "@/components/ui/logo";

export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <main className="from-brand-50 flex min-h-screen flex-col items-center justify-center bg-gradient-to-b to-slate-50 px-4 py-12">
      <Logo className="mb-8 text-xl text-slate-900" />
      <div className="w-full max-w-sm rounded-2xl border border-slate-200 bg-white p-8 shadow-sm">
        {children}
      </div>
      <p className="mt-6 text-xs text-slate-500">Plan, publish and measure your LinkedIn presence.</p>
    </main>
  );
}
