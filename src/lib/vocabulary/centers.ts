/**
 * Kinds of youth centre (`centers/<id>.md` `kind`). 온통청년's list mixes 청년센터 (counselling
 * and policy help) and 청년공간 (a room to meet and work in); a person looking for help
 * with an application wants the first.
 */
export const centerKinds = ['center', 'space'] as const;
export type CenterKind = (typeof centerKinds)[number];
export const centerKindLabels = {
  center: '청년센터',
  space: '청년공간',
} as const satisfies Record<CenterKind, string>;
