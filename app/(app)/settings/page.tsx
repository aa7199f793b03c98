import type { Metadata } from "next";
import { Card } from "@/app/_components/ui";
import { getServerCaller } from "@/server/trpc/server";
import { AccountForm } from "./account-form";
import { DeleteAccount } from "./delete-account";
import { HomePlaceForm } from "./home-place-form";
import { SignOutButton } from "./sign-out-button";

export const metadata: Metadata = { title: "Settings" };

const METHOD_NAMES: Record<string, string> = { local: "Local account", github: "GitHub", google: "Google", oidc: "Single sign-on" };

export default async function SettingsPage() {
  const account = await (await getServerCaller()).account.get();
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-4">
      <h1 className="text-2xl font-semibold tracking-tight">Settings</h1>
      <Card title="Account">
        <AccountForm name={account.name ?? ""} />
        <dl className="mt-4 grid grid-cols-[8rem_1fr] gap-y-2 text-sm">
          {account.email && (
            <>
              <dt className="text-stone-500">Email</dt>
              <dd>{account.email}</dd>
            </>
          )}
          <dt className="text-stone-500">Signs in with</dt>
          <dd>{account.signInMethods.map((method) => METHOD_NAMES[method] ?? method).join(", ")}</dd>
        </dl>
        <div className="mt-4">
          <SignOutButton />
        </div>
      </Card>
      <Card title="Home city">
        <HomePlaceForm homePlace={account.homePlace} timeZone={account.timeZone} />
      </Card>
      <Card title="Delete account">
        <DeleteAccount />
      </Card>
    </div>
  );
}
