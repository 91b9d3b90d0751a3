/** Kinds of organization (`organizations/<id>.yaml` `kind`), with Korean labels for editors. */
export const organizationKinds = [
  'city',
  'district',
  'province',
  'national',
  'center',
  'agency',
  'company',
  'nonprofit',
] as const;
export type OrganizationKind = (typeof organizationKinds)[number];
export const organizationKindLabels = {
  city: '시청',
  district: '구청·군청',
  province: '도청',
  national: '중앙부처',
  center: '청년센터',
  agency: '공공기관',
  company: '기업',
  nonprofit: '비영리단체',
} as const satisfies Record<OrganizationKind, string>;
