import { describe, expect, it } from 'vitest';
import { formOf } from '../../lib/forms';
import {
  customerGatewayDraftSchema,
  formDraftSchema,
  tunnelDraftSchema,
  vpnDraftSchema,
} from '../../lib/model/draft';
import { resourceListsSchema } from '../../lib/model/resource-lists';
import { draftWith, gatewayDraftWith, listsWith, tunnelDraftWith } from './rules/rule-input';

describe('form drafts', () => {
  it('accept each form as its reader fills it, through the one schema for any form', () => {
    expect(tunnelDraftSchema.parse(tunnelDraftWith())).toEqual(tunnelDraftWith());
    expect(customerGatewayDraftSchema.parse(gatewayDraftWith())).toEqual(gatewayDraftWith());
    for (const draft of [
      draftWith(),
      { ...draftWith(), form: 'connection' as const },
      tunnelDraftWith(),
      gatewayDraftWith(),
    ]) {
      expect(formDraftSchema.parse(draft)).toEqual(draft);
    }
  });

  it('keep a connection draft without `form` valid, and tell the forms apart by it', () => {
    expect(vpnDraftSchema.safeParse(draftWith()).success).toBe(true);
    expect(formOf(draftWith())).toBe('connection');
    expect(formOf(tunnelDraftWith())).toBe('tunnel');
    expect(formOf(gatewayDraftWith())).toBe('customer-gateway');
    for (const junk of [undefined, null, 5, 'tunnel', { form: 'other' }, { form: 'constructor' }]) {
      expect(formOf(junk)).toBe('connection');
    }
  });

  it('never carry a pre-shared key, only its shape', () => {
    const withKey = { ...tunnelDraftWith(), psk: 'my-secret' };
    expect(tunnelDraftSchema.safeParse(withKey).success).toBe(false);
    expect(formDraftSchema.safeParse(withKey).success).toBe(false);
  });

  it('refuse counts that are not whole numbers and a form the schema does not know', () => {
    expect(
      customerGatewayDraftSchema.safeParse(
        gatewayDraftWith({ existingGateways: { count: -1, complete: true } }),
      ).success,
    ).toBe(false);
    expect(formDraftSchema.safeParse({ ...draftWith(), form: 'border-gateway' }).success).toBe(false);
  });
});

describe('resource lists', () => {
  it('accept the connection counts per border gateway, and refuse a list without a region', () => {
    expect(resourceListsSchema.parse(listsWith())).toEqual(listsWith());
    expect(
      resourceListsSchema.safeParse({ connectionsByBorderGateway: listsWith().connectionsByBorderGateway })
        .success,
    ).toBe(false);
    expect(resourceListsSchema.safeParse(listsWith({ 'bgw-main': 1.5 })).success).toBe(false);
  });
});
