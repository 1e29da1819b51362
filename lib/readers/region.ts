/** Region codes from what the console shows: shared by the VPN form and the coupons table. */

const REGION_WORDS: readonly [readonly string[], string][] = [
  [['北京', 'beijing'], 'cn-north-1'],
  [['宿迁', 'suqian'], 'cn-east-1'],
  [['上海', 'shanghai'], 'cn-east-2'],
  [['广州', 'guangzhou'], 'cn-south-1'],
];

/** A region code from `cn-north-1` or a display name such as 华北-北京 / North China-Beijing. */
export function parseRegion(text: string): string | undefined {
  if (text.length > 64) return undefined;
  // Lowercased here rather than matched with the `i` flag: a case-blind character class is costly to
  // compile, and every fresh page compiles it again.
  const lower = text.toLowerCase();
  // "除华北-北京外" names the one region it is not.
  if (/除|非|以外|之外|不|except|excluding|\bnot\b/.test(lower)) return undefined;
  const code = /(?:^|[^a-z0-9-])(cn-[a-z]+-\d{1,2})(?![a-z0-9-])/.exec(lower);
  if (code?.[1]) return code[1];
  for (const [words, region] of REGION_WORDS) if (words.some((word) => lower.includes(word))) return region;
  return undefined;
}
