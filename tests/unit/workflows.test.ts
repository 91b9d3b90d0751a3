import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// The CI workflows run code from pull requests: keep them least-privileged and pinned.
const folder = '.github/workflows';
const workflows = readdirSync(folder)
  .filter((file) => file.endsWith('.yml'))
  .map((file) => ({ file, text: readFileSync(`${folder}/${file}`, 'utf8') }))
  .map(({ file, text }) => ({ file, text, workflow: parse(text) as Record<string, unknown> }));

type Job = { permissions?: Record<string, string>; steps: { uses?: string; run?: string }[] };
const jobsOf = (workflow: Record<string, unknown>) => Object.values(workflow.jobs as Record<string, Job>);

describe.each(workflows)('$file', ({ text, workflow }) => {
  it('pins every action it uses to a full commit SHA', () => {
    const uses = jobsOf(workflow).flatMap((job) => job.steps.flatMap((step) => (step.uses ? [step.uses] : [])));
    for (const action of uses) expect(action).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
  });

  it('grants at most read access by default, never runs on pull_request_target and keeps no git credentials', () => {
    expect([{ contents: 'read' }, {}]).toContainEqual(workflow.permissions);
    expect(text).not.toContain('pull_request_target');
    for (const job of jobsOf(workflow)) {
      const checkout = job.steps.find((step) => step.uses?.startsWith('actions/checkout@')) as
        | { with?: Record<string, unknown> }
        | undefined;
      if (checkout) expect(checkout.with?.['persist-credentials']).toBe(false);
    }
  });

  it('gives code from pull requests no secrets', () => {
    if (Object.keys(workflow.on as object).includes('pull_request')) expect(text).not.toMatch(/\$\{\{\s*secrets\./);
  });
});

describe('pull request checks', () => {
  const checks = workflows.find(({ file }) => file === 'pr-checks.yml')?.workflow ?? {};
  it('validate content, type-check, test and build on every pull request', () => {
    expect(Object.keys(checks.on as object)).toContain('pull_request');
    const commands = jobsOf(checks).flatMap((job) => job.steps.flatMap((step) => (step.run ? [step.run] : [])));
    expect(commands).toEqual(
      expect.arrayContaining(['npm run validate', 'npm run check', 'npm run test:unit', 'npm run build']),
    );
  });
});

describe('weekly link check', () => {
  const links = workflows.find(({ file }) => file === 'link-check.yml');
  it('runs npm run check:links weekly and may only write issues', () => {
    expect(links?.text).toContain('npm run --silent check:links');
    expect(links?.text).toContain('gh issue create');
    expect((links?.workflow.on as { schedule?: unknown[] } | undefined)?.schedule).toHaveLength(1);
    expect(jobsOf(links?.workflow ?? {}).map((job) => job.permissions)).toEqual([
      { contents: 'read', issues: 'write' },
    ]);
  });
});

describe('weekly 온통청년 import', () => {
  const weekly = workflows.find(({ file }) => file === 'ontong-import.yml');
  const runs = jobsOf(weekly?.workflow ?? {}).flatMap((job) =>
    job.steps.flatMap((step) => (step.run ? [step.run] : [])),
  );
  it('runs weekly and on demand, and never for pull requests', () => {
    const on = weekly?.workflow.on as Record<string, unknown>;
    expect(Object.keys(on).sort()).toEqual(['schedule', 'workflow_dispatch']);
    expect(on.schedule).toHaveLength(1);
  });

  it('fetches, imports and validates, then opens a pull request from its own branch, never pushing to main', () => {
    expect(runs.join('\n')).toContain('npm run --silent import:weekly');
    expect(runs.join('\n')).toContain('gh pr create');
    const pushes = runs.join('\n').match(/git push .*/g) ?? [];
    expect(pushes).toHaveLength(1);
    expect(pushes[0]).toContain('HEAD:refs/heads/$branch');
    expect(runs.join('\n')).toMatch(/branch="ontong-import\//);
    expect(jobsOf(weekly?.workflow ?? {}).map((job) => job.permissions)).toEqual([
      { contents: 'write', 'pull-requests': 'write' },
    ]);
  });
});
