import { notCenterRows } from '../import/centers/records';
import type { OntongApi } from './ontong-fetch';

/**
 * 온통청년's 청년센터 API (getSpace). Its key may be its own (ONTONG_CENTER_API_KEY) or the
 * policy key. A page of policy-shaped rows (a mixed-up key or endpoint) stops the fetch.
 */
export const defaultCenterApiUrl = 'https://www.youthcenter.go.kr/go/ythip/getSpace';

export const centerApi: OntongApi = {
  name: '청년센터 API(getSpace)',
  keyVariable: 'ONTONG_CENTER_API_KEY',
  params: {},
  wrongRows: notCenterRows,
};
