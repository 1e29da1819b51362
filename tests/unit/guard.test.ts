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

  it.each([
    [
      'Element UI letter-spacing',
      '<button type="button"><span>取 消</span></button><button type="button"><span>确 定</span></button>',
      '确 定',
    ],
    [
      'a nested span',
      '<button type="button"><span>取消</span></button><button type="button" class="el-button--primary"><span>确定</span></button>',
      '确定',
    ],
    ['创 建', '<button><span>取 消</span></button><button><span>创 建</span></button>', '创 建'],
    [
      '立即创建 on a route',
      '<button type="button">取消</button><button type="button">立即 创建</button>',
      '立即 创建',
    ],
    [
      'an icon beside the text',
      '<button><i class="el-icon-loading"></i><span>确 定</span></button>',
      '确 定',
    ],
    ['Confirm (en)', '<button>Cancel</button><button><span>Confirm</span></button>', 'Confirm'],
    ['Create (en)', '<button>Cancel</button><button> Create </button>', ' Create '],
    [
      'an <input type="button">',
      '<input type="button" value="取 消"><input type="button" value="确 定">',
      '确 定',
    ],
  ])('finds the confirm button whatever the spacing or nesting: %s', (_what, html, text) => {
    const button = findConfirmButton(form(html));
    const label = button instanceof HTMLInputElement ? button.value : button?.textContent;
    expect(label).toBe(text);
  });

  it('never takes 取 消 or Cancel', () => {
    expect(findConfirmButton(form('<button type="button"><span>取 消</span></button>'))).toBeNull();
    expect(findConfirmButton(form('<button type="button">Cancel</button>'))).toBeNull();
  });

  it('falls back to a submit button and finds nothing when there is none', () => {
    expect(findConfirmButton(form('<button type="submit">Go</button>'))?.textContent).toBe('Go');
    expect(findConfirmButton(form('<button>取消</button>'))).toBeNull();
  });
});
