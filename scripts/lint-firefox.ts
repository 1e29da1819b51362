/**
 * `npm run lint:firefox`: addons.mozilla.org's linter (`web-ext lint`) on the Firefox build, as a reviewer
 * there runs it. Fails on any error, and on any warning that docs/store/reviewer-notes.md does not explain in
 * its table of linter warnings (code, file and message), so every warning a reviewer sees has its answer
 * written down.
 *
 *   npm run lint:firefox                      (builds .output/firefox-mv3 first)
 *   tsx scripts/lint-firefox.ts <built extension folder>
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const REVIEWER_NOTES = 'docs/store/reviewer-notes.md';

export interface LintMessage {
  code: string;
  file?: string;
  message: string;
}

export interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

/** A warning the reviewer notes explain: its code, the built file it is in (`*` for a build hash), its message. */
export interface ExplainedWarning {
  code: string;
  file: string;
  message: string;
}

/**
 * The rows of the reviewer notes' tables that name a warning: `| \`CODE\` | \`file\` | message | why |`.
 */
export function explainedWarnings(markdown: string): ExplainedWarning[] {
  const rows: ExplainedWarning[] = [];
  for (const line of markdown.split('\n')) {
    const cells = line
      .trim()
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim());
    const code = /^`([A-Z][A-Z0-9_]+)`$/.exec(cells[0] ?? '')?.[1];
    const file = /^`([^`]+)`$/.exec(cells[1] ?? '')?.[1];
    const message = cells[2];
    if (code && file && message && cells.length >= 4) rows.push({ code, file, message });
  }
  return rows;
}

function fileMatches(pattern: string, file: string | undefined): boolean {
  if (file === undefined) return false;
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*');
  return new RegExp(`^${escaped}$`).test(file);
}

export interface LintJudgement {
  errors: LintMessage[];
  explained: LintMessage[];
  unexplained: LintMessage[];
  /** Explanations no warning needed any more: the notes can be trimmed. */
  unused: ExplainedWarning[];
}

export function judgeLint(report: LintReport, explanations: readonly ExplainedWarning[]): LintJudgement {
  const explains = (warning: LintMessage) => (explanation: ExplainedWarning) =>
    explanation.code === warning.code &&
    explanation.message === warning.message &&
    fileMatches(explanation.file, warning.file);
  const explained = report.warnings.filter((warning) => explanations.some(explains(warning)));
  return {
    errors: report.errors,
    explained,
    unexplained: report.warnings.filter((warning) => !explained.includes(warning)),
    unused: explanations.filter((explanation) =>
      report.warnings.every((warning) => !explains(warning)(explanation)),
    ),
  };
}

/** Parses web-ext's JSON output; anything else is an error that says what came out instead. */
export function parseLintOutput(stdout: string): LintReport {
  const start = stdout.indexOf('{');
  let parsed: unknown;
  try {
    parsed = JSON.parse(start === -1 ? stdout : stdout.slice(start));
  } catch {
    throw new Error(`web-ext lint did not print its JSON report:\n${stdout.slice(0, 2000)}`);
  }
  const report = parsed as Partial<LintReport>;
  if (!report.summary || !Array.isArray(report.errors) || !Array.isArray(report.warnings)) {
    throw new Error('web-ext lint printed JSON without summary, errors and warnings');
  }
  return { notices: [], ...report } as LintReport;
}

const describeMessage = (message: LintMessage) =>
  `${message.code} in ${message.file ?? '(no file)'}: ${message.message}`;

function main() {
  const dir = resolve(process.argv[2] ?? '.output/firefox-mv3');
  const run = spawnSync(
    resolve('node_modules/.bin/web-ext'),
    ['lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (run.error) throw run.error;
  const report = parseLintOutput(run.stdout);
  const judgement = judgeLint(report, explainedWarnings(readFileSync(REVIEWER_NOTES, 'utf8')));
  const { summary } = report;
  console.log(
    `web-ext lint ${dir}: ${summary.errors} errors, ${summary.warnings} warnings ` +
      `(${judgement.explained.length} explained in ${REVIEWER_NOTES}), ${summary.notices} notices`,
  );
  for (const warning of judgement.explained) console.log(`  explained: ${describeMessage(warning)}`);
  for (const notice of report.notices) console.log(`  notice: ${describeMessage(notice)}`);
  for (const unused of judgement.unused) {
    console.log(
      `  note: ${REVIEWER_NOTES} explains ${unused.code} in ${unused.file}, which no longer occurs`,
    );
  }
  const failures = [
    ...judgement.errors.map((error) => `error: ${describeMessage(error)}`),
    ...judgement.unexplained.map(
      (warning) => `warning not explained in ${REVIEWER_NOTES}: ${describeMessage(warning)}`,
    ),
  ];
  for (const failure of failures) console.error(`  ${failure}`);
  process.exit(failures.length > 0 ? 1 : 0);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.dirname, 'lint-firefox.ts')) {
  try {
    main();
  } catch (error: unknown) {
    console.error(`lint:firefox: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  }
}
