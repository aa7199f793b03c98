import { z } from "zod";

export const tieInput = z.object({ contactId: z.string().max(100) });
