import type { Metadata } from "next";
import { Link } from "@/app/_components/link";
import { ContactForm } from "../../_components/contact-form";
import { loadContact } from "../../_lib/load-contact";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const contact = await loadContact((await params).id);
  return { title: `Edit ${contact.displayName}` };
}

export default async function EditContactPage({ params }: { params: Promise<{ id: string }> }) {
  const contact = await loadContact((await params).id);
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-4">
      <Link href={`/people/${contact.id}`} className="text-sm text-stone-500 hover:underline">
        ← {contact.displayName}
      </Link>
      <h1 className="text-2xl font-semibold tracking-tight">Edit {contact.displayName}</h1>
      <ContactForm contact={contact} />
    </div>
  );
}
