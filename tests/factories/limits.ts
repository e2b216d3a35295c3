import { LIMITS, type LimitName } from '@/lib/limits';

/** Runs `fn` with these limits' variables set (each limit is read when it is counted), then restores them. */
export async function withLimits<T>(points: Partial<Record<LimitName, number>>, fn: () => Promise<T>): Promise<T> {
  const saved = new Map<string, string | undefined>();
  for (const [name, value] of Object.entries(points) as Array<[LimitName, number]>) {
    const variable = LIMITS[name].env;
    saved.set(variable, process.env[variable]);
    process.env[variable] = String(value);
  }
  try {
    return await fn();
  } finally {
    for (const [variable, value] of saved) {
      if (value === undefined) delete process.env[variable];
      else process.env[variable] = value;
    }
  }
}
