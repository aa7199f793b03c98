"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { buttonClass } from "@/app/_components/ui";

/** Loads the page's figures again, for a measure that was still being calculated. */
export function CheckAgain() {
  const router = useRouter();
  const [checking, startChecking] = useTransition();
  return (
    <button type="button" disabled={checking} onClick={() => startChecking(() => router.refresh())} className={buttonClass("secondary", "self-start px-3")}>
      {checking ? "Checking…" : "Check again"}
    </button>
  );
}
