// Failures of the sources (one region × owner each), grouped: when a filter is wrong, every call
// fails the same way, and one message with the list of calls reads better than six.

export interface FailedSource<S> {
  status: S;
  code: string;
  message: string;
}

export interface ProblemGroup<S> {
  code: string;
  message: string;
  members: S[];
}

/** Groups failures with the same code and message, in the order they first appear. */
export function groupProblems<S>(failed: readonly FailedSource<S>[]): ProblemGroup<S>[] {
  const groups = new Map<string, ProblemGroup<S>>();
  for (const f of failed) {
    const key = `${f.code}\n${f.message}`;
    const group = groups.get(key) ?? { code: f.code, message: f.message, members: [] };
    group.members.push(f.status);
    groups.set(key, group);
  }
  return [...groups.values()];
}
