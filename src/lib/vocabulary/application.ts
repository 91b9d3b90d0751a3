/** How an entry is applied for (`application.method`), with the Korean labels people see. */
export const applicationMethods = ['online', 'visit', 'mail', 'email', 'phone'] as const;
export type ApplicationMethod = (typeof applicationMethods)[number];
export const applicationMethodLabels = {
  online: '온라인',
  visit: '방문',
  mail: '우편',
  email: '이메일',
  phone: '전화',
} as const satisfies Record<ApplicationMethod, string>;
