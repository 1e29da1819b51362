import type { Checklist as ChecklistModel } from '../lib/model/checklist';
import { CheckRow } from './CheckRow';

export function Checklist({ checklist, now }: { checklist: ChecklistModel; now: number }) {
  return (
    <ul class="checklist">
      {checklist.checks.map((check) => (
        <CheckRow key={check.id} check={check} now={now} />
      ))}
    </ul>
  );
}
