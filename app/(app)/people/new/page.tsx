import type { Metadata } from "next";
import { Link } from "@/app/_components/link";
import { ContactForm } from "../_components/contact-form";

export const metadata: Metadata = { title: "New contact" };

export default function NewContactPage() {
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-4">
      <Link href="/people" className="text-sm text-stone-500 hover:underline">
        ← People
      </Link>
      <h1 className="text-2xl font-semibold tracking-tight">New contact</h1>
      <ContactForm />
    </div>
  );
}
