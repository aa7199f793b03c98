// Serves every fake source API on 127.0.0.1 for the end-to-end runs:
//   tsx e2e/fake-sources/serve.ts --port 4400
import { parseArgs } from "node:util";
import { startFakeSources } from "./index";

const { values } = parseArgs({ options: { port: { type: "string" } } });
const { server } = await startFakeSources({ port: Number(values.port ?? 4400) });
console.log(`e2e: fake sources at ${server.origin}`);
const stop = () => void server.close().then(() => process.exit(0));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
