import { describe, expect, it } from 'vitest';
import { decideGuard, findConfirmButton } from '../../lib/guard';

describe('decideGuard', () => {
  it.each([
    ['ready', 'warn', 'allow'],
    ['warning', 'warn', 'ask'],
    ['unknown', 'warn', 'ask'],
    ['blocked', 'warn', 'ask'],
    ['ready', 'block', 'allow'],
    ['warning', 'block', 'ask'],
    ['unknown', 'block', 'ask'],
    ['blocked', 'block', 'block'],
    ['blocked', 'off', 'allow'],
    ['unknown', 'off', 'allow'],
  ] as const)('%s in %s mode → %s', (readiness, mode, decision) => {
    expect(decideGuard(readiness, mode)).toBe(decision);
  });

  it('asks when no verdict has arrived yet, rather than letting an unknown through', () => {
    expect(decideGuard(undefined, 'warn')).toBe('ask');
    expect(decideGuard(undefined, 'block')).toBe('ask');
    expect(decideGuard(undefined, 'off')).toBe('allow');
  });
});

describe('findConfirmButton', () => {
  const form = (html: string) => {
    const root = document.createElement('div');
    root.innerHTML = html;
    return root;
  };

  it('finds the confirm button by its zh or en label, not the cancel button', () => {
    expect(findConfirmButton(form('<button>取消</button><button> 确定 </button>'))?.textContent).toBe(
      ' 确定 ',
    );
    expect(findConfirmButton(form('<button>Cancel</button><button>OK</button>'))?.textContent).toBe('OK');
    expect(findConfirmButton(form('<span role="button">立即创建</span>'))?.textContent).toBe('立即创建');
  });

  it('falls back to a submit button and finds nothing when there is none', () => {
    expect(findConfirmButton(form('<button type="submit">Go</button>'))?.textContent).toBe('Go');
    expect(findConfirmButton(form('<button>取消</button>'))).toBeNull();
  });
});
