// The git commit and branch a run was made from, when the suite lives in a git work tree.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { GitInfo } from '../core/index.js';

const run = promisify(execFile);

async function git(cwd: string, args: string[]): Promise<string | undefined> {
  try {
    const { stdout } = await run('git', args, { cwd, timeout: 5_000, windowsHide: true });
    return stdout.trim();
  } catch {
    return undefined;
  }
}

/** Undefined outside a git work tree or without git. CI variables name the branch of a detached checkout. */
export async function readGitInfo(
  cwd: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<GitInfo | undefined> {
  const [commit, branch, status] = await Promise.all([
    git(cwd, ['rev-parse', 'HEAD']),
    git(cwd, ['rev-parse', '--abbrev-ref', 'HEAD']),
    git(cwd, ['status', '--porcelain', '--untracked-files=no']),
  ]);
  if (!commit) return undefined;
  const ciBranch = env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME || env.CI_COMMIT_REF_NAME || env.BRANCH_NAME;
  const info: GitInfo = { commit };
  const named = branch && branch !== 'HEAD' ? branch : ciBranch;
  if (named) info.branch = named;
  if (status !== undefined) info.dirty = status.length > 0;
  return info;
}
