import { useMemo, useState } from 'preact/hooks';
import type { Settings } from '../../lib/model/settings';
import { useTranslate } from '../i18n';
import { type AccountsLoad, reasonOf, type SectionStatus } from './AccountsSettings';
import { ownValue, productLinesToAsk, withEdits } from './account-overview';
import { fieldId } from './FormField';

type Answers = Settings['couponProductLines'];

/** The anchor of the section: a checklist row links to options.html#coupon-product-lines. */
export const COUPON_PRODUCT_LINES_ANCHOR = 'coupon-product-lines';

const CHOICES = ['covers', 'excludes', 'unsure'] as const;
type Choice = (typeof CHOICES)[number];

function choiceOf(answer: boolean | undefined): Choice {
  return answer === undefined ? 'unsure' : answer ? 'covers' : 'excludes';
}

function answerOf(choice: Choice): boolean | undefined {
  return choice === 'unsure' ? undefined : choice === 'covers';
}

interface CouponProductLinesProps {
  accounts: AccountsLoad;
  /** `couponProductLines` as saved when the section mounts. */
  answers: Answers;
  /**
   * Writes `couponProductLines`: `edit` gets it as stored at save time and returns it changed; resolves to
   * what was written.
   */
  save: (edit: (stored: Answers) => Answers) => Promise<Answers>;
  now?: () => number;
}

/**
 * The options page's Coupon product lines section: for each product line a coupon's scope names and the
 * extension cannot map, whether it covers VPN, not sure being no answer. The answer is a fact about JD's
 * catalogue, so one answer holds for every account. It owns `couponProductLines` and writes only the
 * answers the person changed, into the settings as stored at save time.
 */
export function CouponProductLines(props: CouponProductLinesProps) {
  const t = useTranslate();
  const [saved, setSaved] = useState(props.answers);
  // The lines stay those the section opened with: "not sure" does not pull a line from under the cursor.
  const [listedAnswers] = useState(props.answers);
  const [chosen, setChosen] = useState<ReadonlyMap<string, Choice>>(() => new Map());
  const [status, setStatus] = useState<SectionStatus | undefined>();
  const [busy, setBusy] = useState(false);

  const lines = useMemo(
    () =>
      props.accounts.status === 'loading'
        ? []
        : productLinesToAsk(
            props.accounts.status === 'loaded' ? props.accounts.stored : undefined,
            listedAnswers,
            (props.now ?? Date.now)(),
          ),
    [props.accounts, listedAnswers],
  );

  const choiceFor = (line: string) => chosen.get(line) ?? choiceOf(ownValue(saved, line));

  const choose = (line: string, choice: Choice) => {
    setChosen((current) => new Map(current).set(line, choice));
    setStatus(undefined);
  };

  async function submit(event: Event) {
    event.preventDefault();
    if (busy) return;
    const edits = new Map<string, boolean | undefined>();
    for (const [line, choice] of chosen) {
      const answer = answerOf(choice);
      if (answer !== ownValue(saved, line)) edits.set(line, answer);
    }
    const sent = chosen;
    setBusy(true);
    setStatus(undefined);
    try {
      const next = await props.save((stored) => withEdits(stored, edits));
      setSaved(next);
      setChosen((current) => new Map([...current].filter(([line, choice]) => sent.get(line) !== choice)));
      setStatus({ kind: 'saved' });
    } catch (error) {
      setStatus({ kind: 'failed', reason: reasonOf(error) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section
      id={COUPON_PRODUCT_LINES_ANCHOR}
      class="section coupon-lines"
      aria-labelledby="coupon-lines-title"
      data-testid="coupon-lines-section"
    >
      <h2 id="coupon-lines-title" class="section__title">
        {t('couponLines.title')}
      </h2>
      <p class="field__hint">{t('couponLines.why')}</p>
      {props.accounts.status === 'loading' && (
        <p data-testid="coupon-lines-loading">{t('couponLines.loading')}</p>
      )}
      {props.accounts.status === 'failed' && (
        <p class="notice notice--error" role="alert" data-testid="coupon-lines-load-error">
          {t('couponLines.loadFailed', { reason: props.accounts.reason })}
        </p>
      )}
      {props.accounts.status !== 'loading' && lines.length === 0 && (
        <p class="coupon-lines__empty" data-testid="coupon-lines-empty">
          {t('couponLines.empty')}
        </p>
      )}
      {lines.length > 0 && (
        <form class="coupon-lines__form" noValidate onSubmit={submit}>
          {lines.map(({ line, seen }) => {
            const group = `couponProductLines.${line}`;
            const hintId = `${fieldId(group)}-hint`;
            return (
              <fieldset
                key={line}
                class="choices coupon-line"
                data-testid="coupon-line"
                data-line={line}
                aria-describedby={seen ? undefined : hintId}
              >
                <legend>{t('couponLines.question', { line })}</legend>
                <div class="coupon-line__choices">
                  {CHOICES.map((choice) => {
                    const id = fieldId(`${group}.${choice}`);
                    return (
                      <span key={choice} class="coupon-line__choice">
                        <input
                          id={id}
                          type="radio"
                          name={group}
                          value={choice}
                          checked={choiceFor(line) === choice}
                          onChange={() => choose(line, choice)}
                        />
                        <label for={id}>{t(`couponLines.${choice}`)}</label>
                      </span>
                    );
                  })}
                </div>
                {!seen && (
                  <p id={hintId} class="field__hint">
                    {t('couponLines.answeredOnly')}
                  </p>
                )}
              </fieldset>
            );
          })}
          <div class="options__buttons">
            <button
              type="submit"
              class="button button--primary"
              data-action="coupon-lines-save"
              disabled={busy}
            >
              {t('couponLines.save')}
            </button>
          </div>
          <p
            role="status"
            class={`options__status${status?.kind === 'failed' ? ' options__status--failed' : ''}`}
            data-testid="coupon-lines-status"
            data-status={status?.kind}
          >
            {status === undefined
              ? ''
              : status.kind === 'saved'
                ? t('couponLines.saved')
                : t('couponLines.saveFailed', { reason: status.reason })}
          </p>
        </form>
      )}
    </section>
  );
}
