import type { Provider } from "next-auth/providers";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import type { Config } from "../env";

export function oauthProviders(config: Config): Provider[] {
  return config.providers.map((provider) => {
    switch (provider.id) {
      case "github":
        return GitHub({ clientId: provider.clientId, clientSecret: provider.clientSecret });
      case "google":
        return Google({ clientId: provider.clientId, clientSecret: provider.clientSecret });
      case "oidc":
        return {
          id: "oidc",
          name: provider.name,
          type: "oidc",
          issuer: provider.issuer,
          clientId: provider.clientId,
          clientSecret: provider.clientSecret,
        };
    }
  });
}
