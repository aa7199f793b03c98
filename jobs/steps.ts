/**
 * The part of Inngest's step tools a workflow uses. Step results travel as JSON (Inngest stores
 * them between invocations), so a step must return plain JSON values: no Dates, no Maps.
 */
export interface Steps {
  run<T>(id: string, fn: () => Promise<T>): Promise<T>;
}

interface InngestStepTools {
  run(id: string, fn: () => Promise<unknown>): Promise<unknown>;
}

/** Inngest's step tools as Steps (Inngest types a result as its JSON form, which Steps promises). */
export function inngestSteps(step: InngestStepTools): Steps {
  return { run: <T>(id: string, fn: () => Promise<T>) => step.run(id, fn) as Promise<T> };
}

/** Runs each step once, in turn, giving back its result through JSON as Inngest would. */
export const inProcessSteps: Steps = {
  async run<T>(_id: string, fn: () => Promise<T>): Promise<T> {
    const result = await fn();
    return result === undefined ? (null as T) : (JSON.parse(JSON.stringify(result)) as T);
  },
};
