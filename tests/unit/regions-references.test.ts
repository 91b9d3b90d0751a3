import { describe, expect, it } from 'vitest';
import { type ContentTree, findReferenceProblems, formatReferenceProblems } from '../../src/lib/references';
import { isNationwide, RegionTree } from '../../src/lib/regions';
import { regionList } from './fixtures';

const tree = new RegionTree(regionList);

describe('RegionTree', () => {
  it('knows which places lie in which areas', () => {
    expect(tree.contains('gwangju', 'gwangju-seogu')).toBe(true);
    expect(tree.contains('kr', 'gunsan')).toBe(true);
    expect(tree.contains('gwangju-seogu', 'gwangju-seogu')).toBe(true);
    expect(tree.contains('gwangju-seogu', 'gwangju')).toBe(false);
    expect(tree.contains('jeonbuk', 'gwangju-seogu')).toBe(false);
  });

  it('lists every region whose residents may use an entry, in code order', () => {
    expect(tree.residentRegions(['gwangju'])).toEqual(['gwangju', 'gwangju-seogu', 'gwangju-namgu']);
    expect(tree.residentRegions(['gwangju-namgu', 'gunsan'])).toEqual(['gwangju-namgu', 'gunsan']);
    expect(tree.residentRegions(['kr'])).toHaveLength(regionList.length);
  });

  it('names an entry’s regions on one line and finds the 시·도', () => {
    expect(tree.names(['gwangju-seogu', 'gunsan', 'nowhere'])).toBe('광주 서구, 군산시, nowhere');
    expect(tree.provinces().map((region) => region.id)).toEqual(['gwangju', 'jeonbuk']);
    expect(isNationwide(['gwangju', 'kr'])).toBe(true);
    expect(isNationwide(['gwangju'])).toBe(false);
  });

  it('makes a district resident a resident of the city and of the whole country', () => {
    expect(tree.selfAndAncestors('gwangju-seogu').map((r) => r.id)).toEqual(['gwangju-seogu', 'gwangju', 'kr']);
    expect(tree.isResidentEligible('gwangju-seogu', ['gwangju'])).toBe(true);
    expect(tree.isResidentEligible('gwangju-seogu', ['kr'])).toBe(true);
  });

  it('does not make a district resident eligible for another district or another city', () => {
    expect(tree.isResidentEligible('gwangju-seogu', ['gwangju-namgu'])).toBe(false);
    expect(tree.isResidentEligible('gwangju-seogu', ['gunsan'])).toBe(false);
  });

  it('does not make a city-level resident eligible for a district-only entry', () => {
    expect(tree.isResidentEligible('gwangju', ['gwangju-seogu'])).toBe(false);
    expect(tree.isWithin('gwangju', ['gwangju-seogu'])).toBe(true);
    expect(tree.isWithin('gwangju', ['gunsan'])).toBe(false);
  });

  it('lists children and descendants and knows depths', () => {
    expect(tree.children('gwangju').map((r) => r.id)).toEqual(['gwangju-seogu', 'gwangju-namgu']);
    expect(tree.descendants('kr')).toHaveLength(5);
    expect([tree.depth('kr'), tree.depth('jeonbuk'), tree.depth('gunsan')]).toEqual([0, 1, 2]);
  });

  it('names unknown ids by their id instead of failing', () => {
    expect(tree.name('gwangju-seogu')).toBe('광주 서구');
    expect(tree.name('nowhere')).toBe('nowhere');
    expect(tree.isResidentEligible('nowhere', ['kr'])).toBe(false);
  });
});

function validTree(): ContentTree {
  return {
    regions: regionList,
    organizations: [
      { id: 'gwangju-city', data: { region: 'gwangju' } },
      { id: 'gunsan-partner', data: {} },
    ],
    centers: [
      { id: 'gunsan-youth-center', filePath: 'content/centers/gunsan-youth-center.mdx', data: { region: 'gunsan' } },
    ],
    policies: [
      {
        id: 'gwangju/rent',
        filePath: 'content/policies/gwangju/rent.mdx',
        data: { provider: 'gwangju-city', regions: ['gwangju'] },
      },
    ],
    programs: [
      {
        id: 'gunsan/battery',
        filePath: 'content/programs/gunsan/battery.mdx',
        data: { center: 'gunsan-youth-center', partners: ['gunsan-partner'], regions: ['gunsan'] },
      },
    ],
  };
}

describe('findReferenceProblems', () => {
  it('finds nothing wrong in a consistent tree', () => {
    expect(findReferenceProblems(validTree())).toEqual([]);
  });

  it('reports every broken reference at once, with file and field', () => {
    const broken = validTree();
    broken.policies = [
      {
        id: 'gwangju/rent',
        filePath: 'content/policies/gwangju/rent.mdx',
        data: { provider: 'gwangju-cty', regions: ['gwangju', 'seoul'] },
      },
    ];
    broken.programs = [
      {
        id: 'gunsan/battery',
        filePath: 'content/programs/gunsan/battery.mdx',
        data: { center: 'gunsan-center', partners: ['nobody'], regions: ['gunsan'] },
      },
    ];
    const problems = findReferenceProblems(broken);
    expect(problems.map((p) => `${p.file} ${p.field}`)).toEqual([
      'content/policies/gwangju/rent.mdx provider',
      'content/policies/gwangju/rent.mdx regions[1]',
      'content/programs/gunsan/battery.mdx center',
      'content/programs/gunsan/battery.mdx partners[0]',
    ]);
    expect(problems[0]?.message).toBe(
      "기관 'gwangju-cty'을(를) 찾을 수 없습니다. organizations 폴더에 있는 id로 고치세요.",
    );
    expect(formatReferenceProblems(problems)).toContain('content/programs/gunsan/battery.mdx  center  청년센터');
  });

  it('checks the regions of organizations and centers', () => {
    const broken = validTree();
    broken.centers = [{ id: 'x', filePath: 'content/centers/x.mdx', data: { region: 'busan' } }];
    expect(findReferenceProblems(broken)).toContainEqual({
      file: 'content/centers/x.mdx',
      field: 'region',
      message: "지역 'busan'을(를) 찾을 수 없습니다. regions.yaml에 있는 id로 고치세요.",
    });
  });

  it('refuses a region tree without kr, with an orphan or with a cycle', () => {
    const broken = validTree();
    broken.regions = [
      { id: 'a', name: 'A', code: '11', parent: 'b' },
      { id: 'b', name: 'B', code: '12', parent: 'a' },
      { id: 'c', name: 'C', code: '13' },
    ];
    broken.organizations = [];
    broken.centers = [];
    broken.policies = [];
    broken.programs = [];
    const fields = findReferenceProblems(broken).map((p) => p.field);
    expect(fields).toEqual(expect.arrayContaining(['kr', 'a.parent', 'b.parent', 'c.parent']));
  });

  it('refuses two regions with one current code, and allows a former code on several successors', () => {
    const broken = validTree();
    broken.regions = [
      ...broken.regions,
      { id: 'a', name: 'A', code: '29140', parent: 'kr', formerCodes: ['28260'] },
      { id: 'b', name: 'B', code: '28275', parent: 'kr', formerCodes: ['28260'] },
    ];
    expect(findReferenceProblems(broken)).toEqual([
      expect.objectContaining({ field: 'a.code', message: expect.stringContaining('"29140"') }),
    ]);
  });

  it('refuses file names that are not lowercase ASCII ids', () => {
    const broken = validTree();
    broken.policies = [
      {
        id: 'gwangju/Rent_2026',
        filePath: 'content/policies/gwangju/Rent_2026.mdx',
        data: { provider: 'gwangju-city', regions: ['gwangju'] },
      },
    ];
    expect(findReferenceProblems(broken)).toEqual([
      expect.objectContaining({ file: 'content/policies/gwangju/Rent_2026.mdx', field: '(파일 이름)' }),
    ]);
  });
});

describe('regions with pages and pickers', () => {
  it('gives pages to 전국, every 시·도 and each named region with the regions enclosing it', () => {
    expect([...tree.withPages(['gwangju-namgu'])].sort()).toEqual(['gwangju', 'gwangju-namgu', 'jeonbuk', 'kr']);
    expect(tree.withPages([]).has('gwangju-seogu')).toBe(false);
  });

  it('sends a region without a page to the nearest enclosing region that has one', () => {
    const withPages = tree.withPages(['gwangju-namgu']);
    expect(tree.pageOf('gwangju-seogu', withPages)).toBe('gwangju');
    expect(tree.pageOf('gwangju-namgu', withPages)).toBe('gwangju-namgu');
    expect(tree.pageOf('gunsan', withPages)).toBe('jeonbuk');
  });

  it('lists a region’s subtree with each region followed by those below it', () => {
    const deep = new RegionTree([
      ...regionList,
      { id: 'union', name: '통합시', code: '12', parent: 'kr' },
      { id: 'old-city', name: '옛 시', code: '29', parent: 'union' },
      { id: 'old-city-east', name: '옛 시 동구', code: '12210', parent: 'old-city' },
      { id: 'old-province', name: '옛 도', code: '46', parent: 'union' },
      { id: 'county', name: '군', code: '12710', parent: 'old-province' },
    ]);
    expect(deep.subtree('union').map((region) => region.id)).toEqual([
      'old-city',
      'old-city-east',
      'old-province',
      'county',
    ]);
  });

  it('groups picker choices by 시·도, with every region below it, 전국 first', () => {
    expect(tree.groupedChoices()).toEqual([
      { value: 'kr', label: '전국' },
      { value: 'gwangju', label: '광주광역시 전체', group: '광주광역시' },
      { value: 'gwangju-seogu', label: '광주 서구', group: '광주광역시' },
      { value: 'gwangju-namgu', label: '광주 남구', group: '광주광역시' },
      { value: 'jeonbuk', label: '전북특별자치도 전체', group: '전북특별자치도' },
      { value: 'gunsan', label: '군산시', group: '전북특별자치도' },
    ]);
  });
});

describe('region order', () => {
  it('lists regions in 법정동 code order whatever the order of the file', () => {
    const shuffled = new RegionTree([...regionList].reverse());
    expect(shuffled.children('gwangju').map((r) => r.name)).toEqual(['광주 서구', '광주 남구']);
    expect(shuffled.all()[0]?.id).toBe('kr');
  });
});
