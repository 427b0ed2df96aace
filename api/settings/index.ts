export { loadConversionSettings, loadPricingSettings } from "./pricing-settings.ts";
