// One page of every template, for the checks that must hold on all of them (axe, HTML
// validity, CSP, zoom). Add a template here when you add a page kind.
export const templates = {
  home: '/',
  'policy list': '/policies/',
  'policy list, page 2': '/policies/page/2/',
  'program list': '/programs/',
  'policy detail': '/policies/gwangju/rent-deposit-interest/',
  'program detail': '/programs/gunsan/battery-performance-evaluator/',
  'center list': '/centers/',
  center: '/centers/gunsan-youth-center/',
  'region list': '/regions/',
  region: '/regions/gwangju-seogu/',
  category: '/categories/housing/',
  'finder with results': '/finder/?age=27&region=gwangju-seogu&category=housing',
  'saved list': '/saved/',
  'search with results': '/search/?q=월세',
  'embed list': '/embed/policies/?region=gwangju-seogu',
  'embed policy card': '/embed/policies/gwangju/rent-deposit-interest/',
  'embed builder': '/embed/',
  feeds: '/feeds/',
  about: '/about/',
  'not found (404)': '/this-page-does-not-exist/',
} as const;
