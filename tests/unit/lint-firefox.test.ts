import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  explainedWarnings,
  judgeLint,
  type LintMessage,
  type LintReport,
  parseLintOutput,
  REVIEWER_NOTES,
} from '../../scripts/lint-firefox';

const importWarning = (file: string): LintMessage => ({
  code: 'UNSAFE_VAR_ASSIGNMENT',
  file,
  message: 'Unsafe call to import for argument 0',
});
const innerHtmlWarning = (file: string): LintMessage => ({
  code: 'UNSAFE_VAR_ASSIGNMENT',
  file,
  message: 'Unsafe assignment to innerHTML',
});
const report = (warnings: LintMessage[], errors: LintMessage[] = []): LintReport => ({
  summary: { errors: errors.length, warnings: warnings.length, notices: 0 },
  errors,
  warnings,
  notices: [],
});

describe('the linter warnings the reviewer notes explain', () => {
  const explained = explainedWarnings(readFileSync(REVIEWER_NOTES, 'utf8'));

  it('are read from the notes’ table: code, built file and message', () => {
    expect(explained).toContainEqual({
      code: 'UNSAFE_VAR_ASSIGNMENT',
      file: 'detector.js',
      message: 'Unsafe call to import for argument 0',
    });
    expect(explained).toContainEqual({
      code: 'UNSAFE_VAR_ASSIGNMENT',
      file: 'chunks/*.js',
      message: 'Unsafe assignment to innerHTML',
    });
    // No eval is explained away: the build leaves none.
    expect(explained.map((row) => row.code)).not.toContain('DANGEROUS_EVAL');
  });

  it('pass the page modules’ imports and Preact’s innerHTML branch, whatever the chunk’s hash', () => {
    const judgement = judgeLint(
      report([
        importWarning('detector.js'),
        importWarning('preflight.js'),
        importWarning('account-preflight.js'),
        innerHtmlWarning('chunks/PageReport-CWyfX22h.js'),
      ]),
      explained,
    );
    expect(judgement.unexplained).toEqual([]);
    expect(judgement.errors).toEqual([]);
    expect(judgement.explained).toHaveLength(4);
    expect(judgement.unused).toEqual([]);
  });

  it('fail a warning of another file, another message or another code, and every error', () => {
    const unexplained = [
      importWarning('background.js'),
      importWarning('chunks/options-abc.js'),
      innerHtmlWarning('preflight.js'),
      innerHtmlWarning('chunks/nested/x.js'),
      { code: 'DANGEROUS_EVAL', file: 'background.js', message: 'The Function constructor is eval.' },
    ];
    const error = { code: 'MANIFEST_FIELD_INVALID', file: 'manifest.json', message: 'bad' };
    const judgement = judgeLint(report(unexplained, [error]), explained);
    expect(judgement.unexplained).toEqual(unexplained);
    expect(judgement.errors).toEqual([error]);
  });

  it('say which explanations no warning needs any more', () => {
    const judgement = judgeLint(report([importWarning('detector.js')]), explained);
    expect(judgement.unused.map((row) => row.file)).toEqual(
      expect.arrayContaining(['preflight.js', 'account-preflight.js', 'chunks/*.js']),
    );
  });
});

describe("web-ext lint's output", () => {
  it('is read after anything printed before its JSON', () => {
    const json = JSON.stringify(report([importWarning('detector.js')]));
    expect(parseLintOutput(`Running lint\n${json}`).warnings).toHaveLength(1);
  });

  it('is refused, saying what came out, when it is not the JSON report', () => {
    expect(() => parseLintOutput('Error: no manifest.json')).toThrow(/did not print its JSON report/);
    expect(() => parseLintOutput('{"ok":true}')).toThrow(/without summary/);
  });
});
