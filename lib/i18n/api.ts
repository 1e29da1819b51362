/** Texts for JD Cloud OpenAPI failures (keys from userMessageFor in lib/jdcloud-api/client.ts). */
export const apiCatalog: Record<'en' | 'zh-CN', Record<string, string>> = {
  en: {
    'api.error.signature-rejected':
      'JD Cloud did not accept the request signature. Check the AccessKey ID and secret, and that this computer’s clock is right.',
    'api.error.access-denied':
      'This AccessKey is not allowed to read this information. Give it read access to billing (asset) and account (user) data.',
    'api.error.rate-limited': 'JD Cloud is receiving too many requests from this key. Try again in a minute.',
    'api.error.server-error': 'JD Cloud had a problem on its side. Try again later.',
    'api.error.network': 'Could not reach the JD Cloud OpenAPI. Check the network connection.',
    'api.error.timeout': 'The JD Cloud OpenAPI did not answer in time. Try again later.',
    'api.error.malformed-response':
      'The JD Cloud OpenAPI sent an answer this extension does not understand (field {field}). The value was not used.',
    'api.error.malformed-response-body':
      'The JD Cloud OpenAPI sent an answer this extension does not understand. The values were not used.',
    'api.error.api-error': 'The JD Cloud OpenAPI refused the request ({code}).',
    'api.error.unknown': 'The JD Cloud OpenAPI could not be read.',
    'api.error.clock-skew':
      'Your computer’s clock is {offTerm} {directionTerm}, so JD Cloud refused the signed request. This is not a problem with the AccessKey: set the clock right (automatic time), and the next refresh tries again.',
    'api.clock.minutes': '{n} minutes',
    'api.clock.hours': '{n} hours',
    'api.clock.days': '{n} days',
    'api.clock.ahead': 'ahead of JD Cloud’s',
    'api.clock.behind': 'behind JD Cloud’s',
  },
  'zh-CN': {
    'api.error.signature-rejected':
      '京东云未接受请求签名。请检查 AccessKey ID 和 Secret 是否正确，以及本机时间是否准确。',
    'api.error.access-denied':
      '此 AccessKey 无权读取该信息。请为它授予费用（asset）和账号（user）信息的只读权限。',
    'api.error.rate-limited': '此密钥的请求过于频繁，请一分钟后再试。',
    'api.error.server-error': '京东云服务端出现问题，请稍后再试。',
    'api.error.network': '无法连接京东云 OpenAPI，请检查网络连接。',
    'api.error.timeout': '京东云 OpenAPI 响应超时，请稍后再试。',
    'api.error.malformed-response': '京东云 OpenAPI 返回的内容无法识别（字段 {field}），该数值未被采用。',
    'api.error.malformed-response-body': '京东云 OpenAPI 返回的内容无法识别，相关数值未被采用。',
    'api.error.api-error': '京东云 OpenAPI 拒绝了请求（{code}）。',
    'api.error.unknown': '无法读取京东云 OpenAPI。',
    'api.error.clock-skew':
      '本机时钟{directionTerm} {offTerm}，京东云因此拒绝了签名请求。这不是 AccessKey 的问题：请校准本机时间（自动设置时间），下次刷新时会重试。',
    'api.clock.minutes': '{n} 分钟',
    'api.clock.hours': '{n} 小时',
    'api.clock.days': '{n} 天',
    'api.clock.ahead': '比京东云快',
    'api.clock.behind': '比京东云慢',
  },
};
