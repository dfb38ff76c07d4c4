/**
 * Links into the savings calculator, following the brief's link contract
 * (org, budget, services, method, years, rate). Every page that offers "see
 * what you could save" builds its link here so the contract has one author.
 */
export interface CalculatorPreset {
  org?: string;
  services?: string[];
  method?: string;
  budget?: number;
}

export function calculatorHref(preset: CalculatorPreset = {}): string {
  const params = new URLSearchParams();
  if (preset.org) params.set('org', preset.org);
  if (preset.budget !== undefined) params.set('budget', String(Math.round(preset.budget)));
  if (preset.services?.length) params.set('services', preset.services.join(','));
  if (preset.method) params.set('method', preset.method);
  const query = params.toString();
  // URLSearchParams encodes the comma; the contract writes it plainly, and it is safe in a query.
  return `/savings-calculator/${query ? `?${query.replace(/%2C/g, ',')}` : ''}`;
}
